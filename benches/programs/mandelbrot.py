"""Mandelbrot set membership on a grid: float multiply/add in a bounded
inner loop with early exit.

usage: mandelbrot.py [N]   N x N grid over [-2, 0.5] x [-1.25, 1.25] (default 300)
"""
import sys

MAX_ITER = 100


def escape_time(cr, ci):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < MAX_ITER:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return MAX_ITER


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    inside = 0
    checksum = 0
    histogram = [0] * 10
    for y in range(size):
        ci = -1.25 + 2.5 * y / size
        row = 0
        for x in range(size):
            cr = -2.0 + 2.5 * x / size
            n = escape_time(cr, ci)
            if n == MAX_ITER:
                inside += 1
            else:
                histogram[n * 10 // MAX_ITER] += 1
            row = (row * 31 + n) % 1000003
        checksum = (checksum * 17 + row) % 1000000007
    print 'grid %dx%d, %d iterations max' % (size, size, MAX_ITER)
    print 'inside: %d  checksum: %d' % (inside, checksum)
    print 'escape histogram: %s' % ' '.join([str(h) for h in histogram])


main()
