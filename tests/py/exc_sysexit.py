# sys.exit with an integer status after printing; finally blocks still run.
import sys


def work():
    print 'working'
    try:
        print 'about to exit'
        sys.exit(3)
    finally:
        print 'finally runs during SystemExit'


try:
    sys.exit(0)
except SystemExit, e:
    print 'caught SystemExit', e.code, repr(e.args)
try:
    sys.exit()
except SystemExit, e:
    print 'caught SystemExit with no arg', repr(e.code)
try:
    raise SystemExit(5)
except BaseException, e:
    print 'BaseException catches', type(e).__name__, e.code
try:
    sys.exit(1)
except Exception:
    print 'never: SystemExit is not an Exception'
except SystemExit:
    print 'SystemExit is not under Exception'
print issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException)
work()
print 'not reached'
