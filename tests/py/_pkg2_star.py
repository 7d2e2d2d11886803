# imported by imp_pkg2: a star import from a subpackage, at module level
from _pkg2.sub import *
