# Exponentiation: int, long, float, negative exponents, 3-argument pow, errors.

for b in [2, -2, 3, 0, 1, -1, 10]:
    print b, [b ** e for e in range(6)], repr(b ** -1) if b else 'n/a', repr(b ** -2) if b else 'n/a'
print 2 ** 62, 2 ** 63, 2 ** 64, type(2 ** 62).__name__, type(2 ** 63).__name__
print (-2) ** 63, type((-2) ** 63).__name__, -2 ** 63, type(-2 ** 63).__name__
print 3 ** 39, 3 ** 40, 3 ** 41, 7 ** 22, 7 ** 23
print 2.0 ** 0.5, 2 ** 0.5, 9 ** 0.5, 8 ** (1 / 3.0), 1e10 ** 2, (-8.0) ** 3
print 0 ** 0, 0.0 ** 0, 0 ** 1, 0.0 ** 0.5, 1 ** 1e308, (-1) ** 2 ** 70
print pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000007), pow(-3, 3, 7), pow(3, 3, -7)
print pow(2L, 100, 10 ** 9 + 7), pow(12345678901234567890, 98765, 1000000007), pow(2, 0, 1)
print pow(7, -1) if True else 0, pow(2.5, 2), pow(-2, -3), repr(pow(-2.0, -3))
try:
    pow(2, -1, 5)
except (TypeError, ValueError), e:
    print type(e).__name__, e
try:
    pow(2.0, 3, 5)
except TypeError, e:
    print 'TypeError:', e
try:
    pow(2, 3, 0)
except ValueError, e:
    print 'ValueError:', e
try:
    0 ** -1
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    (-8) ** 0.5
except ValueError, e:
    print 'ValueError:', e
try:
    10.0 ** 400
except OverflowError, e:
    print 'OverflowError:', e
print len(str(2 ** 10000)), str(3 ** 1000)[:30], str(3 ** 1000)[-10:]
print 10 ** -1, 10 ** -5, 2 ** -1074, 2 ** -1075, 2.0 ** 1023, 2.0 ** -1022
print 1.5 ** 2, (-1.5) ** 3, 4 ** 0.5 == 2, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2
x = 3
x **= 4
print x
x **= 0.25
print x
print 1e-300 ** 2, 1j ** 2, (1 + 1j) ** 2, pow(1j, 4)
