"""Digits of pi by an unbounded spigot: arbitrary-precision (long) integer
multiply, add and floor division on ever-growing numbers.

The state is a linear fractional transformation x -> (q*x + r) / t built
from the series pi = sum_k (k! ** 2 * 2 ** (k + 1)) / (2k + 1)!.  Each term
composes (k*x + 4k + 2) / (2k + 1) into the state; a digit d is emitted
when the state maps both 3 and 4 to the same floor d, after which the
state is multiplied by 10 and shifted by -d.

usage: pidigits.py [N]   number of digits (default 3000)
"""
import sys


def pi_digits(count):
    q, r, t = 1, 0, 1
    k = 0
    digits = []
    while len(digits) < count:
        k += 1
        odd = 2 * k + 1
        r = (2 * q + r) * odd
        q *= k
        t *= odd
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            digits.append(d)
            q *= 10
            r = 10 * (r - d * t)
    return digits, k


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    digits, terms = pi_digits(n)
    text = ''.join([str(d) for d in digits])
    for start in range(0, min(n, 50), 10):
        print '%s\t:%d' % (text[start:start + 10], start + 10)
    if n > 50:
        print '...'
        last = (n - 1) // 10 * 10
        print '%s\t:%d' % (text[last:], n)
    print 'digit sum: %d  series terms: %d' % (sum(digits), terms)


main()
