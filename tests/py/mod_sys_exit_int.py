# sys.exit(n) with an integer: output so far is flushed, status n, nothing on stderr.
import sys

print 'before exit'
sys.stdout.write('partial line without newline')
try:
    sys.exit(7)
except SystemExit as e:
    print
    print 'caught', type(e).__name__, e.code, e.args
try:
    sys.exit(2 ** 40 + 3)
except SystemExit as e:
    print 'big code', e.code
print 'now exiting for real with 42'
sys.exit(42)
print 'not reached'
