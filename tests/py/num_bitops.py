# Bitwise operations and shifts on ints and longs, including negatives.

vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 63 - 1, -(2 ** 63), 2 ** 70, -(2 ** 70) + 3]
for a in vals:
    print a, a & 0xFF, a | 0x100, a ^ -1, ~a, a >> 1, a >> 3, a << 1, a << 65
for a in [12, -12, 12L]:
    for b in [10, -10, 10L]:
        print a & b, a | b, a ^ b,
    print
print 1 << 62, 1 << 63, 1 << 64, 1 << 100, -1 << 63, -1 << 64
print type(1 << 62).__name__, type(1 << 63).__name__, type(1 << 0).__name__
print 2 ** 100 >> 98, -2 ** 100 >> 98, 1 >> 100, -1 >> 100, 5 >> 0, 2 ** 100 >> 200, -2 ** 100 >> 200
print 0xF0 & 0x3C, 0xF0 | 0x3C, 0xF0 ^ 0x3C, ~0xF0
print bin(5), bin(-5), bin(0), bin(2 ** 65), hex(-1), oct(-8), hex(0), oct(0)
print True & False, True | False, True ^ True, ~True, True << 3, type(True & True).__name__
try:
    1 << -1
except ValueError, e:
    print 'ValueError:', e
try:
    1 >> -1
except ValueError, e:
    print 'ValueError:', e
try:
    1.0 & 1
except TypeError, e:
    print 'TypeError:', e
try:
    1 << 1.0
except TypeError, e:
    print 'TypeError:', e


def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


print [popcount(i) for i in range(17)], popcount(2 ** 100 - 1)
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print x, hex(x), x & ~(x >> 1)
y = 0xDEADBEEF
y ^= 0xFFFFFFFF
y <<= 4
y >>= 2
y &= 0xFFFFF
print y
print 1 << 2 + 3, (1 << 2) + 3, 1 | 2 & 3, 1 ^ 3 | 4, ~1 & 7, -1 & 2 ** 64 - 1
