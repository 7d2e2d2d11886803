# Classic division, floor division, modulo signs, divmod for int/long/float.

nums = [7, -7, 7L, -7L, 7.0, -7.0, 0, 2 ** 65, -(2 ** 65), 3.5]
dens = [2, -2, 2L, -2L, 2.0, -2.0, 3, -3, 0.5, 2 ** 64]
for a in nums:
    for b in dens:
        print '%r/%r' % (a, b), repr(a / b), repr(a // b), repr(a % b), repr(divmod(a, b))
print -1 % 10, -1 % -10, 1 % -10, -11 // 10, 11 // -10, -0.5 // 1, -0.5 % 1
print 5.0 % -0.0 if False else 'skip', -0.0 % 5, 0.0 % -5, repr(-6.0 % 3), repr(6.0 % -3)
print 1e300 % 7, -1e300 % 7, 3 % 1e300, -3 % 1e300
print divmod(-2 ** 70, 3), divmod(2 ** 70, -3), divmod(10 ** 30, 10 ** 15 + 1)
print -9223372036854775808 / -1, -9223372036854775808 // -1, -9223372036854775808 % -1
print type(-9223372036854775808 / -1).__name__, type(9223372036854775807 // 1).__name__
print 7 / 2, 7.0 / 2, 7 / 2.0, -7 / 2, 1 / 3, 2 / 3 * 3, 2 * 3 / 3
print (2 ** 100) / (2 ** 50), (2 ** 100) / 3.0, 10 ** 400 / 10 ** 399
try:
    10 ** 400 / 1.0
except OverflowError, e:
    print 'OverflowError:', e
print 10 ** 400 // 3 % 1000, (-10) ** 400 // 7 % 1000
