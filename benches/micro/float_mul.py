"""Micro-benchmark: float multiplications (BINARY_MULTIPLY on floats)

usage: float_mul.py [N]   runs N loop iterations of ten operations each
"""
import sys


def run(n):
    x = 1.0
    k = 1.0000001
    for i in xrange(n):
        x = x * k
        x = x * k
        x = x * k
        x = x * k
        x = x * k
        x = x * k
        x = x * k
        x = x * k
        x = x * k
        x = x * k
    return repr(x)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    print 'float_mul', n, run(n)


main()
