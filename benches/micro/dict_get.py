"""Micro-benchmark: dict lookups (BINARY_SUBSCR of a dict by a str key)

usage: dict_get.py [N]   runs N loop iterations of ten operations each
"""
import sys


def run(n):
    d = dict.fromkeys('0123456789', 1)
    x = 0
    for i in xrange(n):
        x = d['0']
        x = d['1']
        x = d['2']
        x = d['3']
        x = d['4']
        x = d['5']
        x = d['6']
        x = d['7']
        x = d['8']
        x = d['9']
    return x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    print 'dict_get', n, run(n)


main()
