"""Naive recursive Fibonacci: call overhead, small-int arithmetic, comparisons.

usage: fib.py [N]   computes fib(N-2), fib(N-1) and fib(N) (default N=30)
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in xrange(n):
        a, b = b, a + b
    return a


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    for k in (n - 2, n - 1, n):
        value = fib(k)
        if value != fib_iter(k):
            print 'MISMATCH at', k
        print 'fib(%d) = %d' % (k, value)


main()
