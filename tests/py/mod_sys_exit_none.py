# sys.exit() and sys.exit(None) exit with status 0 and print nothing to stderr; sys.exit(0) too.
import sys

try:
    sys.exit(None)
except SystemExit as e:
    print 'caught None', repr(e.code), e.args
try:
    sys.exit(0)
except SystemExit as e:
    print 'caught 0', repr(e.code)
try:
    sys.exit(True)
except SystemExit as e:
    print 'caught True', repr(e.code)
print 'exiting via sys.exit() with no argument'
sys.exit()
