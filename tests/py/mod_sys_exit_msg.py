# sys.exit('message'): the message goes to stderr and the status is 1.
import sys


def leave(msg):
    try:
        sys.exit(msg)
    finally:
        print 'finally in leave()'


try:
    sys.exit(['a', 'list'])
except SystemExit as e:
    print 'caught list code', e.code
print 'exiting with a message'
leave('fatal: something went wrong')
print 'not reached'
