# Deep recursion through compiled code: the recursion limit raises
# RuntimeError without exhausting the native stack, and recovers.
import sys


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def forever(n):
    return forever(n + 1)


print depth(900)
print ackermann(2, 3), ackermann(3, 3)
try:
    forever(0)
except RuntimeError as e:
    print 'RuntimeError:', e
print depth(500)
sys.setrecursionlimit(3000)
print depth(2900)
try:
    depth(5000)
except RuntimeError as e:
    print 'RuntimeError:', e
sys.setrecursionlimit(1000)


class Node(object):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def count(self):
        n = 1
        if self.left is not None:
            n += self.left.count()
        if self.right is not None:
            n += self.right.count()
        return n


def build(d):
    if d == 0:
        return None
    return Node(build(d - 1), build(d - 1))


print build(12).count()
