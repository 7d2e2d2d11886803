# Submodule of _pkg.
print 'importing _pkg.sub, __name__ =', __name__
from . import sibling
from .sibling import SIB


def sub_func():
    return 'sub_func sees ' + SIB + ' and ' + sibling.helper()
