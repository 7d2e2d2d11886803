# Two levels down: relative imports reaching the parent package.
print 'importing _pkg.deep.leaf, __name__ =', __name__
from ..sub import sub_func
from .. import sibling
LEAF = 'leaf sees ' + sibling.SIB + ' / ' + sub_func()
