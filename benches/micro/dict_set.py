"""Micro-benchmark: dict stores (STORE_SUBSCR of an existing str key)

usage: dict_set.py [N]   runs N loop iterations of ten operations each
"""
import sys


def run(n):
    d = dict.fromkeys('0123456789', 0)
    for i in xrange(n):
        d['0'] = i
        d['1'] = i
        d['2'] = i
        d['3'] = i
        d['4'] = i
        d['5'] = i
        d['6'] = i
        d['7'] = i
        d['8'] = i
        d['9'] = i
    return sorted(d.items())


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    print 'dict_set', n, run(n)


main()
