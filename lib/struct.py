# The struct module re-exports the native _struct (its functions, Struct,
# error and docstring), as CPython 2.7's struct.py does.
from _struct import *
from _struct import _clearcache
from _struct import __doc__
