# Helper package for imp_pkg2: __all__, relative imports, a subpackage, a circular pair, a shadowing 'string' module.
print 'importing _pkg2, __name__ =', __name__, '__package__ =', __package__
CONST = 'pkg2 constant'
hidden = 'not exported by star'
_private = 'never exported'
__all__ = ['CONST', 'alpha', 'greet', 'sub']


def greet(who):
    return 'pkg2 greets ' + who


from . import alpha
print '_pkg2/__init__ done; alpha loaded:', alpha.__name__
