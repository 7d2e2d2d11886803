# Mixing int, long and float in arithmetic.

ints = [3, -3, 7]
longs = [3L, -4L, 2 ** 65]
floats = [1.5, -0.25, 1e10]
for a in ints + longs + floats:
    for b in ints + longs + floats:
        r = a + b
        q = a * b
        print repr(a), repr(b), repr(r), repr(q), repr(a - b)

for a in [7, 7L, 7.0, -7, -7L, -7.0]:
    for b in [2, 2L, 2.0, -2, -2L, -2.0]:
        print repr(a / b), repr(a // b), repr(a % b),
    print

print 2 ** 70 / 2.0, 2 ** 70 * 1.5, 2 ** 70 + 0.5, 10 ** 20 / 3
print 1 + 2L, 1L * 1, 2 ** 3.0, 2L ** 3, 2.0 ** 3L, (2 ** 64) ** 2
print 3 * 1.1, 1.1 * 3L, 2 ** -2, 2L ** -2, (-8) ** 2, (-8.0) ** 2
print 100 * 1.0 / 3, 100 / 3 * 1.0, 100 // 3.0, 100 % 3.0
print 1e3 == 1000, 1000L == 1e3, repr(1000L + 0.0)
x = 1
for i in range(10):
    x = x * 10 + 0.5
print x, repr(x)
y = 0
for i in range(5):
    y = y + 2 ** 62
print y, repr(y), y / 5, y % 1000
print 5 / 2, -5 / 2, 5.0 / 2, 5 / 2.0, 5L / 2, 5 // 2.0
print int(7.9) + 1, float(7) / 2, 0.1 + 1, 1 - 0.9
print 9007199254740993 + 0.0, repr(9007199254740993 + 0.0)
