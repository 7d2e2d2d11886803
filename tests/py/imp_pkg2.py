# Package _pkg2: import x.y as z, __all__ with star import, relative imports (., .., .sub), subpackages,
# a circular import between submodules, implicit relative vs absolute_import, and ImportError messages.
import sys


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '->', r


import _pkg2.sub as s
print s.__name__, s.SUB_VALUE, s.A_LATE, s.HELP, s.parent_const, s is sys.modules['_pkg2.sub']
print 'sub' in dir(sys.modules['_pkg2']), '_pkg2' in dir(), 's' in dir()
from _pkg2 import *
print CONST, greet('main'), alpha.__name__, sub is s
for name in ['hidden', '_private', 'beta', 'implicit']:
    print name, name in globals()
print alpha.alpha_func(), alpha.beta.SEEN_EARLY
import _pkg2.sub.leaf
leaf = _pkg2.sub.leaf
print leaf.describe()
show('too_far', leaf.too_far)
show('missing_name', leaf.missing_name)
show('missing_module', leaf.missing_module)
import _pkg2.implicit
import _pkg2.absolute
print _pkg2.implicit.WHICH, _pkg2.implicit.NAME
print _pkg2.absolute.WHICH, _pkg2.absolute.NAME, _pkg2.absolute.LOCAL
print sorted(k for k in sys.modules if k.startswith('_pkg2') and sys.modules[k] is not None)
print sorted(k for k in sys.modules if k.startswith('_pkg2') and sys.modules[k] is None)
print _pkg2.__package__, _pkg2.sub.__package__, _pkg2.sub.leaf.__package__, _pkg2.alpha.__package__
print _pkg2.__all__, hasattr(_pkg2, '__path__'), hasattr(_pkg2.alpha, '__path__'), _pkg2.sub.__path__[0].replace('\\', '/').split('/')[-2:]
show('import _pkg2.nosuch', lambda: __import__('_pkg2.nosuch'))
show('import _pkg2.sub.nosuch', lambda: __import__('_pkg2.sub.nosuch'))
show('from _pkg2 import nosuch', lambda: __import__('_pkg2', fromlist=['nosuch']).nosuch)


def from_import_missing():
    from _pkg2 import nosuch_name
    return nosuch_name


show('from _pkg2 import nosuch_name', from_import_missing)


def import_alias():
    import _pkg2.sub.helper as h
    return h.helper('alias'), h.__name__


show('import _pkg2.sub.helper as h', import_alias)
show('import _pkg2.alpha.beta', lambda: __import__('_pkg2.alpha.beta'))
import _pkg2_star
ns = vars(_pkg2_star)
print sorted(k for k in ns if not k.startswith('__'))
m = reload(_pkg2.sub.helper)
print m is _pkg2.sub.helper, m.helper('reloaded')
