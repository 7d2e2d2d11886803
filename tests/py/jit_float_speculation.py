# Float operations compiled on the speculation that they only see floats:
# the guards leave compiled code when an int, a long, a NaN, an infinity
# difference or a zero divisor turns up, and the interpreter finishes the
# instruction; facts about float locals must not outlive a rebinding.
import sys


def poly(x, y, n):
    acc = 0.0
    i = 0
    while i < n:
        t = x * y + 0.5
        u = -t
        acc = acc + t * u / (y + 1.5)
        if acc < -1e6:
            acc = acc / 3.0
        i += 1
    return acc


def step(a, b):
    # no loop: compiled after enough calls
    d = a - b
    e = d * d
    return e / (a + 0.25) - d


def relax(xs):
    s = 0.0
    for x in xs:
        y = x * 0.5
        s = s + y
        y = 'rebound'          # a float local rebound to a str
        s = s - 0.0
        if y != 'rebound':
            s = -1.0
    return s


# hot with floats only
print '%.6f' % poly(1.25, 0.75, 3000)
tot = 0.0
for k in xrange(3000):
    tot += step(k * 0.001 + 1.0, 0.5)
print '%.6f' % tot
print '%.6f' % relax([float(k) for k in range(3000)])

# now other kinds reach the same instructions
print repr(poly(2, 3, 5))                 # ints
print repr(poly(2L ** 70, 1, 2))          # long operands
print repr(poly(1e308, 1e308, 1))         # inf arithmetic
print repr(step(3, 1))
print repr(step(1.5, 1.5))
print repr(step(float('inf'), 1.0))       # inf - inf gives nan
print repr(step(2 ** 80, 1.0))
try:
    step(-0.25, 0.0)
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
    print 'line', sys.exc_info()[2].tb_next.tb_lineno
print repr(step(complex(1, 2), 0.5))
print relax([1, 2L, 3.5, True])
try:
    relax([1.0, 'x'])
except TypeError as e:
    print 'TypeError:', e

# comparisons that only saw floats, then ints, a NaN and a str
def count_below(xs, lim):
    n = 0
    for x in xs:
        if x < lim:
            n += 1
    return n

fl = [k * 0.5 for k in range(4000)]
print count_below(fl, 999.75)
print count_below(range(10), 4.5)
print count_below([float('nan'), 1.0, -2.0], 0.0)
print count_below(['a', 1.0], 2.0)

# negation and -0.0
def negs(xs):
    out = []
    for x in xs:
        y = x * 1.0
        out.append(-y)
    return out

r = negs([k * 0.25 for k in range(2000)])
print r[:4], r[-1]
print negs([0.0, 2, -3L])

# many guard failures: the code is recompiled without the speculation
def mix(xs):
    s = 0.0
    for x in xs:
        s = s + x * 2.0
    return s

print mix([k * 1.5 for k in range(3000)])
data = [k if k % 2 else k * 1.0 for k in range(6000)]
for rep in range(4):
    print mix(data)

# math.sqrt on floats only, then ints, negatives, inf, NaN and a rebound
# math.sqrt
import math

def roots(xs):
    s = 0.0
    for x in xs:
        s += math.sqrt(x)
    return s

print roots([k * 0.5 for k in range(3000)])
print roots([4, 9, 2L])
try:
    roots([1.0, -4.0])
except ValueError as e:
    print 'ValueError:', e
print roots([float('inf')]), repr(roots([float('nan')]))
real_sqrt = math.sqrt
math.sqrt = abs
print roots([-4.0, 9.0])
math.sqrt = real_sqrt
print roots([16.0, 0.0, -0.0])
