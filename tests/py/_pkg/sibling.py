# Sibling module used through relative imports.
print 'importing _pkg.sibling, __name__ =', __name__
SIB = 'sibling value'


def helper():
    return 'sibling.helper'
