# Small-int operations compiled on the speculation that they only see
# small ints with small-int results: overflow into longs, zero divisors,
# floats, bools and longs that turn up later leave compiled code, and the
# interpreter finishes the instruction. Facts about int locals survive a
# conditional branch's way on but not a join, nor a rebinding.
import sys


def mix(a, b, n):
    s = 0
    i = 0
    while i < n:
        t = a * i + b
        u = t // 7 - t % 7
        s = s + (u & 1023) - (t ^ 5) + (u | 2)
        if s > 1000000:
            s = s - 999983
        i += 1
    return s


def grow(x, n):
    # doubles past the small-int range: the result becomes a long
    i = 0
    while i < n:
        x = x + x
        i += 1
    return x


def index_walk(xs, step):
    k = 0
    total = 0
    n = len(xs)
    while k < n:
        total += xs[k] - xs[-1 - k]
        xs[k] = k
        k += step
    return total


def branchy(n):
    r = 0
    k = 0
    while k < n:
        j = k * 3
        if j % 2:
            j = 'odd'          # rebound on one way only
        else:
            r += j // 2
        if j == 'odd':
            r += 1
        else:
            r -= j % 5
        k += 1
    return r


print mix(3, 11, 5000)
print grow(1, 10)
print index_walk(range(5000), 3)
print branchy(5000)

# other kinds at the same instructions
print mix(3L, 11, 50)                     # longs
print mix(2 ** 60, 1, 3)                  # products beyond small ints
print mix(-7, -100, 40)                   # negative floor division and modulo
print mix(True, False, 30)                # bools
print repr(grow(1.5, 10)), repr(grow(0.1, 3))   # floats
print grow(1, 80)                         # 2 ** 80
print grow(-3, 60)
for k in range(3):
    print grow(5, 48 + k)                 # crosses the small-int limit
try:
    print mix(0, 1, 10), 'then',
    def div(a, b):
        return a // b
    t = 0
    for k in xrange(3000):
        t += div(k, 7) + k % 9
    print t
    print div(5, 0)
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
print index_walk([1.5, 2.5, 3.5], 1)
try:
    index_walk(range(10), 0.5)
except TypeError as e:
    print 'TypeError:', e


class Idx(object):
    def __index__(self):
        return 2


def at(xs, i):
    return xs[i] + xs[i]

z = 0
for k in range(3000):
    z += at([5, 6, 7, 8], k % 4)
print z
print at([5, 6, 7, 8], -1)
try:
    at([5, 6, 7, 8], 4)
except IndexError as e:
    print 'IndexError:', e
print at([5, 6, 7, 8], Idx())

# comparisons that only saw small ints, then a long, a float and a str
def count_lt(xs, lim):
    n = 0
    for x in xs:
        if x < lim:
            n += 1
    return n

print count_lt(range(4000), 2500)
print count_lt([2 ** 70, -2 ** 70, 3], 4)
print count_lt([1.5, 2.5, 3.5], 3)
print count_lt(['a', 2, None], 3)
print sys.maxint + 1, -sys.maxint - 1


# Adding or subtracting a constant tests one side of the small-int range
# only: stepping past either end, from either operand order, leaves
# compiled code and gives a long.
def step_up(x, n):
    i = 0
    while i < n:
        x = x + 3
        x += 1
        x = 2 + x
        i += 1
    return x


def step_down(x, n):
    i = 0
    while i < n:
        x = x - 3
        x -= 1
        x = x + -2
        i += 1
    return x


for _ in range(300):
    step_up(0, 20)
    step_down(0, 20)
top = (1 << 49) - 1
bottom = -(1 << 49)
# crossing at the first, second and third step, and landing on the limit
print step_up(top - 2, 1), step_up(top - 3, 1), step_up(top - 5, 1), step_up(top - 6, 1)
print step_down(bottom + 2, 1), step_down(bottom + 3, 1), step_down(bottom + 5, 1), \
    step_down(bottom + 6, 1)
print step_up(bottom, 3), step_down(top, 3), step_up(top - 30, 6)
