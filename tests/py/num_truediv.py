# from __future__ import division: / is true division, // still floors.
from __future__ import division

print 7 / 2, -7 / 2, 7 // 2, -7 // 2, 8 / 2, type(8 / 2).__name__
print 1 / 3, 2 / 3, 10 / 4, 0 / 5, -0 / 5
print 7L / 2, 2 ** 70 / 2 ** 69, 2 ** 70 / 3, 10 ** 20 / 10 ** 19
print 1 / 3.0, 7.5 / 2, 7 / 2.5
print (2 ** 1000) / (2 ** 999), (10 ** 400) / (10 ** 399), 1 / (2 ** 1100)
x = 9
x /= 2
print x
y = 9
y //= 2
print y
try:
    1 / 0
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    1L / 0
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    1.0 / 0
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    10 ** 400 / 1
except OverflowError, e:
    print 'OverflowError:', e


class T(object):
    def __div__(self, o):
        return 'classic __div__'

    def __truediv__(self, o):
        return 'true __truediv__'

    def __rtruediv__(self, o):
        return 'reflected __rtruediv__'


print T() / 1, 1 / T()
t = T()
t /= 2
print t
print 12345678901234567890 / 10, 2 ** 53 + 1, (2 ** 53 + 1) / 1
print 1e308 / 1e-10 if False else 'skip', 3 / True, True / 2
