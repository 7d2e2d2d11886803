print 'importing _pkg.deep'
from .. import PKG_CONST as parent_const
