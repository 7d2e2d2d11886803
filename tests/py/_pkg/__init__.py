# Package helper.
print 'importing _pkg, __name__ =', __name__
PKG_CONST = 'package constant'
from . import sub
from .sub import sub_func as exported
