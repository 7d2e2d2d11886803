"""Micro-benchmark: small-int additions (BINARY_ADD on ints)

usage: int_add.py [N]   runs N loop iterations of ten operations each
"""
import sys


def run(n):
    x = 0
    for i in xrange(n):
        x = x + i
        x = x + i
        x = x + i
        x = x + i
        x = x + i
        x = x + i
        x = x + i
        x = x + i
        x = x + i
        x = x + i
    return x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    print 'int_add', n, run(n)


main()
