# Packages: import _pkg.sub, relative imports inside the package, nested packages.
import _pkg.sub
print _pkg.sub.sub_func()
print _pkg.PKG_CONST, _pkg.exported(), _pkg.sub.__name__, _pkg.__name__


def tail(path, n):
    return '/'.join(path.replace('\\', '/').split('/')[-n:])


print tail(_pkg.__path__[0], 1), tail(_pkg.__file__, 2), tail(_pkg.sub.__file__, 2), len(_pkg.__path__)
print _pkg.__package__, _pkg.sub.__package__
import _pkg.deep.leaf
print _pkg.deep.leaf.LEAF, _pkg.deep.parent_const
from _pkg.deep import leaf
print leaf is _pkg.deep.leaf
from _pkg import sibling, sub as s2
print sibling.SIB, s2 is _pkg.sub
import _pkg.sibling as sib
print sib is sibling
from _pkg.sub import sub_func
print sub_func()
import sys
print sorted(k for k in sys.modules if k.startswith('_pkg'))
print [k for k in sorted(sys.modules) if k.startswith('_pkg') and sys.modules[k] is None]
try:
    import _pkg.missing
except ImportError, e:
    print 'ImportError:', e
