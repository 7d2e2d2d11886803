"""Micro-benchmark: list indexing (BINARY_SUBSCR of a list by a constant int)

usage: list_index.py [N]   runs N loop iterations of ten operations each
"""
import sys


def run(n):
    l = range(10)
    x = 0
    for i in xrange(n):
        x = l[0]
        x = l[1]
        x = l[2]
        x = l[3]
        x = l[4]
        x = l[5]
        x = l[6]
        x = l[7]
        x = l[8]
        x = l[9]
    return x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    print 'list_index', n, run(n)


main()
