# Helper with __all__ for `from _star import *`.
print 'importing _star'
__all__ = ['public_a', 'public_b']
public_a = 'A'
public_b = 'B'
public_c = 'C (not in __all__)'
_under = 'underscore'
