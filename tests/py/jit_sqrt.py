# math.sqrt at call sites where the interpreter only saw math.sqrt:
# compiled code takes the square root of non-negative floats itself;
# everything else (ints, negatives, NaN, objects with __float__, a
# rebound name) behaves as in CPython.
import math
from math import sqrt


class F(object):
    def __float__(self):
        return 6.25


def roots(xs, rounds):
    out = []
    for r in range(rounds):
        for x in xs:
            out.append(math.sqrt(x))
    return out[-len(xs):]


def roots2(xs, rounds):
    t = 0.0
    for r in range(rounds):
        for x in xs:
            t += sqrt(x)
    return t


print roots([4.0, 2.0, 0.0, 1e308, 1e-320, float('inf')], 500)
print repr(roots([-0.0], 3000)[0])
print roots([9, 2L ** 80, True, F()], 500)
print roots2([0.25, 16.0, 3.0], 3000)
for bad in (-1.0, -1, float('-inf'), 'x', None, [], -2L ** 70):
    try:
        roots([4.0, bad], 3)
    except Exception as e:
        print type(e).__name__, e
print roots([float('nan')], 2000)


def rebinding(n):
    out = []
    for i in range(n):
        out.append(math.sqrt(i * 1.0))
        if i == n // 2:
            math.sqrt = lambda x: -x
    math.sqrt = sqrt
    return out[n // 2 - 1:n // 2 + 3]

print rebinding(4000)


def shadow(n, sqrt):
    t = 0
    for i in range(n):
        t += sqrt(4.0)
    return t

print shadow(3000, math.sqrt), shadow(10, lambda x: 1)
