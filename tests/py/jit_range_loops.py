# `for x in range(...)` in compiled code iterates without building the
# list when the callee is the builtin range and the arguments are ints;
# everything else (longs, floats, a rebound or shadowed range, errors)
# must behave exactly as range() followed by iter().
import sys


def total(n, a, b, c):
    t = 0
    for i in range(n):
        t += i
    for i in range(a, b):
        t += i * 3
    for i in range(a, b, c):
        t ^= i
    return t


def run(args_list, reps):
    out = []
    for k in xrange(reps):
        for args in args_list:
            out.append(total(*args))
    return out[-len(args_list):]


cases = [(10, 0, 10, 3), (0, 5, 5, 1), (3, -4, 9, -2), (7, 9, -4, -3),
         (1, -10, 10, 7), (-5, 3, 1, 1), (2, 2 ** 40, 2 ** 40 + 5, 2)]
print run(cases, 300)

# ints beyond the small-int range, longs, bools
print run([(2, 2 ** 60, 2 ** 60 + 3, 1), (2L, 1L, 4L, 1L), (True, False, True, True)], 3)
print run([(3, -2 ** 62, -2 ** 62 + 2, 1)], 2)

# errors: zero step, floats, strings, too many items
for bad in [(1, 0, 5, 0), (1.5, 0, 1, 1), (1, 'a', 3, 1), (1, 0, 2 ** 45, 1),
            (1, 0, 2 ** 70, 1), (3, 0, 3, None)]:
    try:
        print run([bad], 1)
    except (ValueError, TypeError, OverflowError, MemoryError) as e:
        tb = sys.exc_info()[2]
        while tb.tb_next is not None:
            tb = tb.tb_next
        print type(e).__name__, e, tb.tb_lineno


# the loop variable and break/continue/else
def scan(n):
    found = []
    for i in range(n):
        if i % 7 == 3:
            continue
        if i > 40:
            break
        found.append(i)
    else:
        found.append('no break')
    return found


for k in xrange(2000):
    r = scan(k % 50)
print r, scan(10)


# a rebound global range, then the builtin again
def squares(n):
    return [i * i for i in range(n)] + [j for j in range(n, 0, -2)]


for k in xrange(2000):
    squares(5)
print squares(6)
real_range = range


def range(*args):
    print 'my range', args
    return real_range(*args)[::-1]


print squares(4)
del range
print squares(4)
import __builtin__
__builtin__.range = lambda *a: [100] + list(xrange(*a))
print squares(3)
__builtin__.range = real_range
print squares(3)


# range shadowed by a local in another function
def local_range(n):
    range = xrange
    return [i for i in range(n)]


print local_range(4)


# exceptions inside range loops, nested loops
def nested(n):
    acc = 0
    for i in range(n):
        for j in range(i, n):
            try:
                acc += 10 // (j - 3)
            except ZeroDivisionError:
                acc -= 1
    return acc


for k in xrange(300):
    v = nested(8)
print v, nested(5)
