"""Micro-benchmark: global loads (LOAD_GLOBAL of a module-level int)

usage: global_load.py [N]   runs N loop iterations of ten operations each
"""
import sys

G = 7


def run(n):
    x = 0
    for i in xrange(n):
        x = G
        x = G
        x = G
        x = G
        x = G
        x = G
        x = G
        x = G
        x = G
        x = G
    return x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    print 'global_load', n, run(n)


main()
