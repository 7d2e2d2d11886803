"""Spectral norm of an infinite matrix, by power iteration: float division,
nested loops, function calls in the inner loop.

A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1); the norm of the N x N
leading block is sqrt(v.(A^T A)v / v.v) after ten iterations.

usage: spectral_norm.py [N]   matrix order (default 300)
"""
import sys
import math


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_a(v, out):
    n = len(v)
    for i in xrange(n):
        acc = 0.0
        for j in xrange(n):
            acc += entry(i, j) * v[j]
        out[i] = acc


def mul_at(v, out):
    n = len(v)
    for i in xrange(n):
        acc = 0.0
        for j in xrange(n):
            acc += entry(j, i) * v[j]
        out[i] = acc


def mul_ata(v, out, tmp):
    mul_a(v, tmp)
    mul_at(tmp, out)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_ata(u, v, tmp)
        mul_ata(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in xrange(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print 'n = %d' % n
    print 'spectral norm: %.9f' % math.sqrt(vbv / vv)


main()
