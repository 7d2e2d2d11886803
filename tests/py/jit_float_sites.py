# Arithmetic and comparison sites that only saw floats while the
# interpreter profiled them are compiled for two floats; other operands
# (ints, mixed, longs, strings, objects with methods) still take the
# generic path with CPython's results.


def arith(a, b):
    return a + b, a - b, a * b, a / b


def cmp(a, b):
    r = []
    if a < b:
        r.append('lt')
    if a <= b:
        r.append('le')
    if a == b:
        r.append('eq')
    if a != b:
        r.append('ne')
    if a > b:
        r.append('gt')
    if a >= b:
        r.append('ge')
    return r, a < b, a == b


class Num(object):
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return 'add'

    __sub__ = __mul__ = __div__ = __add__

    def __lt__(self, o):
        return True

    __le__ = __eq__ = __ne__ = __gt__ = __ge__ = __lt__


def loop(n):
    t = 0.0
    x = 0.5
    i = 0.0
    while i < n:
        t = t + x * 1.5 - x / 4.0
        i = i + 1.0
    return t


warm = 0.0
for k in range(3000):
    s, d, p, q = arith(k + 0.5, 2.25)
    warm += s + d + p + q
    cmp(k + 0.5, 100.25)
print warm
print loop(5000.0)
print loop(5000)
print arith(7, 2), arith(7.0, 2), arith(7, 2.0)
print arith(2 ** 70, 3), arith(1.5, 2 ** 70)
print arith(True, 2.0)
print arith(Num(1), 2.0)
print arith(float('inf'), float('inf'))
print arith(1e308, 1e308)
try:
    arith(1.0, 0.0)
except ZeroDivisionError as e:
    print 'ZeroDivisionError', e
try:
    arith('a', 1.0)
except TypeError as e:
    print 'TypeError', e
for a, b in [(1, 2), (2.0, 2), (3, 2.5), (2 ** 70, 1.0), (1.0, 2 ** 70),
             ('a', 'b'), ((1,), (1,)), (None, 0.0), (float('nan'), 1.0),
             (Num(0), 1.0), (1.0, Num(0)), (True, 1.0)]:
    print cmp(a, b)
