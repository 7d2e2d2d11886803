"""Pancake flipping over every permutation (the "fannkuch" problem):
list element swaps, nested while loops, permutation generation.

For each permutation of 0..N-1 (in the order of Heap's algorithm), count the
prefix reversals needed until 0 comes first, where each reversal flips the
first p[0] + 1 elements.  Reports the maximum count and a signed checksum.

usage: fannkuch.py [N]   permutation length (default 9)
"""
import sys


def count_flips(perm, work):
    n = len(perm)
    for i in range(n):
        work[i] = perm[i]
    flips = 0
    first = work[0]
    while first:
        i = 0
        j = first
        while i < j:
            t = work[i]
            work[i] = work[j]
            work[j] = t
            i += 1
            j -= 1
        flips += 1
        first = work[0]
    return flips


def fannkuch(n):
    perm = range(n)
    work = [0] * n
    counters = [0] * n
    index = 0
    best = 0
    checksum = 0

    def visit(index):
        flips = count_flips(perm, work)
        return flips, (flips if index % 2 == 0 else -flips)

    flips, signed = visit(index)
    best = max(best, flips)
    checksum += signed
    i = 1
    while i < n:
        if counters[i] < i:
            if i % 2 == 0:
                perm[0], perm[i] = perm[i], perm[0]
            else:
                c = counters[i]
                perm[c], perm[i] = perm[i], perm[c]
            index += 1
            flips, signed = visit(index)
            if flips > best:
                best = flips
            checksum += signed
            counters[i] += 1
            i = 1
        else:
            counters[i] = 0
            i += 1
    return index + 1, best, checksum


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    count, best, checksum = fannkuch(n)
    print 'n = %d: %d permutations' % (n, count)
    print 'max flips: %d' % best
    print 'checksum: %d' % checksum


main()
