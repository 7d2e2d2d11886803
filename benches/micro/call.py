"""Micro-benchmark: function calls (CALL_FUNCTION of a Python function, two positional args)

usage: call.py [N]   runs N loop iterations of ten operations each
"""
import sys


def f(a, b):
    return a


def run(n):
    x = 0
    for i in xrange(n):
        x = f(i, x)
        x = f(i, x)
        x = f(i, x)
        x = f(i, x)
        x = f(i, x)
        x = f(i, x)
        x = f(i, x)
        x = f(i, x)
        x = f(i, x)
        x = f(i, x)
    return x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    print 'call', n, run(n)


main()
