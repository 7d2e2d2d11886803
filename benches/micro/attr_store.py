"""Micro-benchmark: attribute stores (STORE_ATTR of an existing instance attribute)

usage: attr_store.py [N]   runs N loop iterations of ten operations each
"""
import sys


class C(object):
    def __init__(self):
        self.a = 0


def run(n):
    o = C()
    for i in xrange(n):
        o.a = i
        o.a = i
        o.a = i
        o.a = i
        o.a = i
        o.a = i
        o.a = i
        o.a = i
        o.a = i
        o.a = i
    return o.a


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    print 'attr_store', n, run(n)


main()
