# Comparisons: chained, mixed int/float/long, strings, lists, tuples, None, is.

vals = [0, 1, -1, 2.5, 3L, 2 ** 70]
for a in vals:
    line = ''
    for b in vals:
        line = line + str(a < b)[0] + str(a == b)[0] + str(a >= b)[0] + ' '
    print a, line

print 1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0
print 1 < 2 <= 2 < 3 != 4 > -1
x = 5
print 0 < x < 10, 0 < x < 3, x == 5.0, x == 5L, 5.0 == 5L
print 1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53
print 'abc' == 'abc', 'abc' != 'abd', 'abc' < 'abd', 'B' < 'a', 'abc' >= 'ab'
print (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9), () < (0,), (1, 'a') == (1, 'a')
print [1, 2] < [1, 2, 3], [3] > [2, 9], [] == [], [[1]] == [[1]]
print None is None, None == None, None is not None, x is None, x is not None
print 1 is 1, 'a' == 'a', [] is [], [] == []
print 0 == False, 1 == True, 2 == True, True + True


def cmp3(a, b):
    if a < b:
        return -1
    elif a == b:
        return 0
    else:
        return 1


for a in [1, 2, 3]:
    for b in [1, 2, 3]:
        print cmp3(a, b),
print


def between(lo, x, hi):
    return lo <= x <= hi


print between(1, 2, 3), between(1, 5, 3), between('a', 'm', 'z'), between(1.5, 1, 2)
print 2 ** 100 > 2 ** 99, -2 ** 100 < -2 ** 99, 2 ** 64 == 18446744073709551616
print 10 ** 20 > 1e19, 10 ** 20 < 1e21, 10 ** 400 > 1e308, -(10 ** 400) < -1e308
print 0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1e-320 > 0, -0.0 == 0.0
n = float('nan')
print n == n, n != n, n < 1, n > 1, n is n
print 'a' * 3 == 'aaa', [0] * 3 == [0, 0, 0], (1,) * 2 == (1, 1)
