"""Micro-benchmark: attribute loads (LOAD_ATTR of an instance attribute)

usage: attr_load.py [N]   runs N loop iterations of ten operations each
"""
import sys


class C(object):
    def __init__(self):
        self.a = 1


def run(n):
    o = C()
    x = 0
    for i in xrange(n):
        x = o.a
        x = o.a
        x = o.a
        x = o.a
        x = o.a
        x = o.a
        x = o.a
        x = o.a
        x = o.a
        x = o.a
    return x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    print 'attr_load', n, run(n)


main()
