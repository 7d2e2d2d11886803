"""Micro-benchmark: method calls (LOAD_ATTR + CALL_FUNCTION of a method on an instance)

usage: method_call.py [N]   runs N loop iterations of ten operations each
"""
import sys


class C(object):
    def m(self, a):
        return a


def run(n):
    o = C()
    x = 0
    for i in xrange(n):
        x = o.m(i)
        x = o.m(i)
        x = o.m(i)
        x = o.m(i)
        x = o.m(i)
        x = o.m(i)
        x = o.m(i)
        x = o.m(i)
        x = o.m(i)
        x = o.m(i)
    return x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    print 'method_call', n, run(n)


main()
