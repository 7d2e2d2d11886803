"""Sieve of Eratosthenes: integer arithmetic, while loops, list indexing.

usage: sieve.py [LIMIT]   primes below LIMIT (default 6000000)
"""
import sys


def sieve(limit):
    """Return a list of flags: flags[k] is True iff k is prime (0 <= k < limit)."""
    flags = [True] * limit
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p < limit:
        if flags[p]:
            k = p * p
            while k < limit:
                flags[k] = False
                k += p
        p += 1
    return flags


def summarize(flags):
    count = 0
    total = 0
    last = 0
    gaps = 0
    widest = 0
    k = 2
    n = len(flags)
    while k < n:
        if flags[k]:
            count += 1
            total += k
            if last and k - last > widest:
                widest = k - last
            if last and k - last == 2:
                gaps += 1
            last = k
        k += 1
    return count, total, last, gaps, widest


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 6000000
    count, total, last, twins, widest = summarize(sieve(limit))
    print 'primes below %d: %d' % (limit, count)
    print 'sum: %d  largest: %d' % (total, last)
    print 'twin pairs: %d  widest gap: %d' % (twins, widest)


main()
