# int/long boundary, long arithmetic, conversions, repr 'L' suffix.
import sys

m = sys.maxint
print m, repr(m), type(m).__name__, -m - 1, type(-m - 1).__name__
print m + 1, repr(m + 1), type(m + 1).__name__, type(m + 1 - 1).__name__
print repr(-m - 2), repr((-m - 1) * -1), repr(abs(-m - 1)), repr(-(-m - 1))
print repr(m * 2), repr(m * m), repr(m << 1), repr((m + 1) >> 1), repr(m // 1)
print repr(int(m + 1)), repr(int(2 ** 62)), repr(long(5)), repr(int(5L)), repr(int('9' * 25))
print 1L, repr(1L), str(1L), repr(0L), repr(-0L), 1L == 1, hash(1L) == hash(1)
print 10 ** 18, repr(10 ** 18), repr(10 ** 19), repr(10 ** 18 * 10)
big = 2 ** 200 - 1
print big, repr(big)[-5:], big + 1, big * big % (10 ** 9), -big // 2 ** 100
print long('123456789012345678901234567890'), long('-0x1F', 16), long('777', 8), int('z' * 13, 36)
print hex(2 ** 70), oct(2 ** 70), hex(-2 ** 70), hex(255L), oct(8L), bin(2 ** 70) if True else ''
print (2 ** 70).bit_length(), (255).bit_length(), (-1).bit_length(), (0).bit_length(), (2 ** 63).bit_length()
print float(2 ** 70), float(-2 ** 100), int(1e19), repr(int(1e19)), long(1.5), long(-1.5)
print 2 ** 64 % 1000, -(2 ** 64) % 1000, 2 ** 64 % -1000, (2 ** 64) & 0xFFFF, (2 ** 64 + 5) | 3
print cmp(2 ** 70, 2 ** 70 + 1), cmp(2 ** 70, 1), cmp(-2 ** 70, 1.0), 2 ** 70 == 2.0 ** 70
print sum([m] * 5), sum(xrange(m - 3, m + 1)) if False else 'skip', max(m, m + 1), min(-m, -m - 10)
print str(7 ** 150)
x = 1
for i in range(100):
    x = x * 3 + 1
print x
print x % (2 ** 32), x >> 100, x.__class__.__name__, (x - x).__class__.__name__
print divmod(2 ** 128, 2 ** 64 + 1), pow(3, 2 ** 70, 2 ** 61 - 1)
print abs(-2 ** 70), -(-2 ** 70), +(2 ** 70), ~(2 ** 70), ~(-2 ** 70)
print int('  42  '), int('-0'), int('+7'), long('  -99L'.replace('L', '')), int(' 0x10 ', 16), int('0b101', 0), int('017', 0)
print 0x7fffffffffffffff, 0xffffffffffffffff, 0o17 if True else 0, 017, 0b1111, 1e3 == 1000L
