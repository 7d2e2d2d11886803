print 'importing _pkg2.sub.helper'
HELP = 'help text'


def helper(x):
    return 'helper(%s)' % x
