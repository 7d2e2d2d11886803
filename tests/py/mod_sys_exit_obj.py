# sys.exit with a non-int, non-string object: its str() goes to stderr, status 1; also exit inside nested calls.
import sys


class Reason(object):
    def __str__(self):
        return 'Reason: disk full'


def inner():
    print 'inner about to exit'
    sys.exit(Reason())


def outer():
    try:
        inner()
    except Exception:
        print 'never: SystemExit is not an Exception'
    finally:
        print 'outer finally'


try:
    sys.exit((1, 2))
except SystemExit as e:
    print 'tuple code', e.code
outer()
