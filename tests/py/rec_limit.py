# Recursion limit: default value, RuntimeError message, raising the limit.
import sys

print sys.getrecursionlimit()


def down(n):
    return down(n + 1)


try:
    down(0)
except RuntimeError, e:
    print 'RuntimeError:', e


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print depth(900)
try:
    depth(2000)
except RuntimeError, e:
    print 'RuntimeError at 2000:', e
sys.setrecursionlimit(6000)
print sys.getrecursionlimit(), depth(5000)


class Deep(object):
    def __repr__(self):
        return repr(self)


try:
    repr(Deep())
except RuntimeError, e:
    print 'RuntimeError:', e


def mutual_a(n):
    return mutual_b(n)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RuntimeError, e:
    print 'mutual RuntimeError:', e
sys.setrecursionlimit(1000)
try:
    depth(1500)
except RuntimeError, e:
    print 'back to 1000:', e
try:
    sys.setrecursionlimit(0)
except ValueError, e:
    print 'ValueError:', e
print sys.getrecursionlimit()
