# Exceptions raised inside hot (compiled) loops, caught inside and outside
# the loop, with tracebacks and finally blocks.
import sys


def parse_all(items):
    good, bad = 0, 0
    for s in items:
        try:
            good += int(s)
        except ValueError:
            bad += 1
    return good, bad


def divide_all(xs):
    out = []
    for x in xs:
        try:
            out.append(100 // x)
        except ZeroDivisionError as e:
            out.append(str(e))
        finally:
            out.append('.')
    return out


def find_first_negative(xs):
    i = 0
    while True:
        if xs[i] < 0:
            return i
        i += 1


def raise_in_loop(n):
    total = 0
    for i in xrange(n):
        total += i
        if i == n - 3:
            raise KeyError('stop at %d' % i)
    return total


print parse_all([str(i) for i in range(2000)] + ['x', 'y', '12', 'z'] * 50)
print divide_all([5, 0, 3, 0, 1, 7])[:12]
print find_first_negative([3] * 5000 + [-1])
try:
    find_first_negative([1] * 3000)
except IndexError as e:
    print 'IndexError', e
try:
    raise_in_loop(5000)
except KeyError as e:
    print 'KeyError', e, sys.exc_info()[0].__name__
for n in (10, 2000):
    try:
        raise_in_loop(n)
    except KeyError as e:
        tb = sys.exc_info()[2]
        depth = 0
        while tb is not None:
            depth += 1
            last = tb.tb_lineno
            tb = tb.tb_next
        print n, e, depth, last


def cleanup_order(n):
    log = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                log.append(i)
            finally:
                log.append(-i)
        except ValueError as e:
            log.append(('caught', e.args[0]))
    return log


print cleanup_order(2000)[-9:]
# an uncaught exception from compiled code keeps CPython's traceback
raise_in_loop(3000)
