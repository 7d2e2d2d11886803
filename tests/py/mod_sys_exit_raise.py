# raise SystemExit with several args, then an uncaught SystemExit(3) raised from a handler.
import sys

try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print 'two args: code', e.code, 'args', e.args
try:
    raise SystemExit
except SystemExit as e:
    print 'bare class: code', repr(e.code)
try:
    try:
        raise KeyError('k')
    except KeyError:
        print 'handling KeyError, then exit(3)'
        sys.stdout.flush()
        raise SystemExit(3)
finally:
    print 'outer finally runs'
