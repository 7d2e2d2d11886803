# Exceptions leaving compiled frames that have no try block (only loops):
# each frame still adds its traceback entry (line of the raising or
# calling instruction), and locals and loop state are released.
import sys


class Tracked(object):
    alive = 0

    def __init__(self):
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1


def leaf(i):
    t = Tracked()
    if i % 1000 == 999:
        raise ValueError('leaf %d' % i)
    return i


def middle(n):
    total = 0
    for i in xrange(n):
        keep = Tracked()
        total += leaf(i)
    return total


def top(n):
    while True:
        return middle(n) + 1


for rounds in range(3):
    for n in (500, 1000, 1500):
        try:
            print top(n)
        except ValueError as e:
            tb = sys.exc_info()[2]
            entries = []
            while tb is not None:
                entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            print e, entries
print 'alive', Tracked.alive
