# Other half of the circular pair.
print 'importing _pkg2.beta'
import sys
try:
    from . import alpha
except ImportError as e:
    print 'beta: from . import alpha fails while alpha is half-loaded:', e
import _pkg2.alpha
print 'beta: package attribute alpha set yet?', hasattr(_pkg2, 'alpha'), '/ in sys.modules?', '_pkg2.alpha' in sys.modules
SEEN_EARLY = sys.modules['_pkg2.alpha'].A_EARLY
print 'beta: A_LATE visible yet?', hasattr(sys.modules['_pkg2.alpha'], 'A_LATE')


def beta_func():
    return 'beta_func sees ' + _pkg2.alpha.A_LATE
