"""Keywords (from "graminit.c")

The reserved words of the Python 2.7 grammar, and a test for them.
"""

__all__ = ["iskeyword", "kwlist"]

# The keywords in alphabetical order (as CPython lists them).
kwlist = ('and as assert break class continue def del elif else except exec '
          'finally for from global if import in is lambda not or pass print '
          'raise return try while with yield').split()

iskeyword = frozenset(kwlist).__contains__
