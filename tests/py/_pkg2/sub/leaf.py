# Deepest module: relative imports reaching up one and two levels.
print 'importing _pkg2.sub.leaf, __name__ =', __name__
from . import helper
from .helper import helper as helper_func
from .. import alpha
from ..beta import beta_func
from .. import greet


def describe():
    return [helper_func(1), alpha.A_EARLY, beta_func(), greet('leaf'), helper.HELP]


def too_far():
    from ... import anything
    return anything


def missing_name():
    from .helper import no_such_name
    return no_such_name


def missing_module():
    from . import no_such_module
    return no_such_module
