# Float repr (shortest round trip), str (12 significant digits) and print.

vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3.0, 2 / 3.0, 1e16, 1e15, 1e17, 1e-5, 1e-4,
        1e22, 1e21, 1e-7, 2.5e-7, 123456789.123, 1234567890123.0,
        12345678901234567.0, -0.0, 0.0, 1.0, -1.0, 100.0, 1.5, 3.14159,
        float('inf'), float('-inf'), 1e300 * 1e10, 0.000123, 5e-324,
        1.7976931348623157e308, 2.0 ** 0.5, 10.0 / 7, 1e100, 123.456,
        9999999999999999.0, 0.30000000000000004, 4.35, 2.675, 1e-10, 3.0e8]
for v in vals:
    print repr(v), str(v), v

print 'nan', float('nan'), repr(float('nan')), str(-float('nan'))
print 'ops'
a = 7.5
b = -2.0
print a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** 3
print -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -7.5 / 2
print 0.1 * 3, 0.1 * 3 == 0.3, 1.1 + 2.2, 3.3 * 3
print 2.0 ** 10, 2.0 ** -2, 10.0 ** 20, 10.0 ** -20, 4 ** 0.5
print 1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0
print 1.0 / 3, 1 / 3.0 * 3, 5 % 2.5, 5.5 % 2
print -0.0, 0.0 * -1, -0.0 + 0.0, repr(-0.0 * 1)
print 7.0 // 0.1, 7.0 % 0.1
print 1e308 * 10, -1e308 * 10, 1e-308 / 1e10
x = 0.0
for i in range(10):
    x = x + 0.1
print x, repr(x), x == 1.0
s = 0.0
i = 1
while i <= 100:
    s = s + 1.0 / (i * i)
    i = i + 1
print s, repr(s)
print float(1), float(-3), float('1.5'), float('  2.25  '), float('1e3'), float(2 ** 70)
print int(3.7), int(-3.7), int(1e20), int(-0.5), repr(int(1e20))
print '%f %.3f %.0f %.1f %e' % (3.14159, 2.0 / 3, 2.5, 0.05, 12345.678)
