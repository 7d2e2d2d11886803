# Subpackage of _pkg2.
print 'importing _pkg2.sub, __name__ =', __name__, '__package__ =', __package__
from .. import CONST as parent_const
from ..alpha import A_LATE
from .helper import HELP
SUB_VALUE = 'sub value / ' + parent_const
