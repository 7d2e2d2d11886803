# Deep but legal recursion, recursion through generators, and recovery after hitting the limit.
import sys

sys.setrecursionlimit(10000)


def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)


print sum_to(5000), sum_to(9000)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print ackermann(2, 3), ackermann(3, 3)


def nest(n):
    if n == 0:
        return []
    return [nest(n - 1)]


deep = nest(500)
s = str(deep)
print len(s), s[:10], s[-10:]


def gen_depth(n):
    if n > 0:
        for x in gen_depth(n - 1):
            yield x
    yield n


print sum(gen_depth(300))
sys.setrecursionlimit(200)


def boom(n):
    return boom(n + 1) + 1


for attempt in range(3):
    try:
        boom(0)
    except RuntimeError, e:
        print 'attempt', attempt, e
print 'recovered, depth ok:', sum_to(150)
