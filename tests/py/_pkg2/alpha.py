# Half of a circular pair: alpha imports beta, which imports alpha back.
print 'importing _pkg2.alpha (start)'
A_EARLY = 'alpha early'
from . import beta
A_LATE = 'alpha late'
print 'importing _pkg2.alpha (end), beta sees alpha early =', beta.SEEN_EARLY


def alpha_func():
    return 'alpha_func + ' + beta.beta_func()
