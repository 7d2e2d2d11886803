# Calls of small leaf functions (arithmetic, comparisons and branches on
# their arguments, nothing else) from hot loops: compiled callers inline
# them. Every way out of the inline fast paths must behave exactly like
# the real call: int overflow to long, strings and other objects, division
# by zero with its traceback, unbound locals, NaN and -0.0, the recursion
# limit, a rebound global, a reassigned func_code, and call sites that see
# several functions.
import sys


def add(a, b):
    return a + b


def poly(x, y):
    s = x + y
    return 1.0 / (s * (s + 1) // 2 + x + 1)


def clamp(v, lo, hi):
    if v < lo:
        return lo
    elif v > hi:
        return hi
    return v


def between(a, b, c):
    return a < b < c


def pick(a, b):
    return a and b or -b


def neg(v):
    return -v


def is_none(v):
    return v is None


def negate_truth(v):
    return not v


def ratio(a, b):
    return a / b


def mod_floor(a, b):
    return (a % b, a // b, a & b, a | b, a ^ b, a >> 2)


def maybe_unbound(flag):
    if flag:
        r = 1
    return r


def ident(x):
    return x


def first(a, b):
    a, b = b, a
    return b


def const_str(v):
    if v:
        return 'yes'
    return 'no'


def loop_add(n, a, b):
    t = 0
    for i in xrange(n):
        t = add(a, i) + add(t, b) - add(t, i)
    return t


def loop_poly(n):
    acc = 0.0
    for i in xrange(n):
        acc += poly(i % 7, i % 11)
    return acc


def loop_calls(n, data):
    out = []
    for i in xrange(n):
        v = data[i % len(data)]
        out.append((clamp(v, -3, 3), between(-1, v, 4), pick(v, 2), neg(v),
                    is_none(v), negate_truth(v), ident(v), first(v, i),
                    const_str(v)))
    return out


# plain ints and floats through every leaf
print loop_add(5000, 3, 4)
print '%.12f' % loop_poly(5000)
res = loop_calls(4000, [0, 1, -7, 5, 2.5, -0.0, 3, True, False])
print res[:9]
print res[-9:]

# after warming up on ints: longs, strings, lists, None, objects
print loop_add(3, 2 ** 62, 2 ** 62)
print loop_add(3, sys.maxint, 1)
res = loop_calls(6, [10 ** 20, 1e308, float('nan'), -2 ** 49, 2 ** 49 - 1, -1e-320])
for r in res:
    print r


def loop_any(n, data):
    out = []
    for i in xrange(n):
        v = data[i % len(data)]
        out.append((clamp(v, -3, 3), between(-1, v, 4), pick(v, 2),
                    is_none(v), negate_truth(v), ident(v), first(v, i),
                    const_str(v)))
    return out


loop_any(3000, [0, 1, -7, 5, 2.5, -0.0])
for r in loop_any(6, ['s', '', [1], None, (), {}]):
    print r


class Num(object):
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __neg__(self):
        print 'neg called'
        return Num(-self.v)

    def __nonzero__(self):
        print 'truth asked'
        return self.v != 0

    def __lt__(self, o):
        print 'lt called'
        return self.v < o

    def __gt__(self, o):
        print 'gt called'
        return self.v > o

    def __repr__(self):
        return 'Num(%r)' % self.v


def loop_obj(n, x):
    r = None
    for i in xrange(n):
        r = (add(x, i), neg(x), clamp(x, 0, 5), pick(x, i))
    return r


print loop_obj(2, Num(3))
print loop_obj(1, Num(0))

# division by zero inside a leaf: the traceback names the leaf
def loop_ratio(n, d):
    t = 0.0
    for i in xrange(n):
        t += ratio(i + 1.0, d) + ratio(i, 3)
    return t


print loop_ratio(3000, 2.0)
for d in (0.0, 0, 0L):
    try:
        loop_ratio(10, d)
    except ZeroDivisionError as e:
        print 'ZeroDivisionError', e
        tb = sys.exc_info()[2]
        while tb is not None:
            print tb.tb_frame.f_code.co_name, tb.tb_lineno,
            tb = tb.tb_next
        print


def loop_mod(n, b):
    out = None
    for i in xrange(n):
        out = mod_floor(i - 1500, b)
    return out


print loop_mod(3000, 7)
print loop_mod(3000, -7)
try:
    loop_mod(3, 0)
except ZeroDivisionError as e:
    print 'ZeroDivisionError', e


# an unbound local in the leaf
def loop_unbound(n, flag):
    t = 0
    for i in xrange(n):
        t += maybe_unbound(flag)
    return t


print loop_unbound(3000, True)
try:
    loop_unbound(5, False)
except UnboundLocalError as e:
    print 'UnboundLocalError', e


# rebinding the global and reassigning func_code after the caller was
# compiled
def loop_rebind(n):
    t = 0
    for i in xrange(n):
        t = add(t, 1)
    return t


print loop_rebind(3000)
saved = add


def add(a, b):
    return a - b


print loop_rebind(3000)
add = saved
print loop_rebind(3000)
saved_code = add.func_code
add.func_code = (lambda a, b: a * 2 + b).func_code
print loop_rebind(10)
add.func_code = saved_code
print loop_rebind(3000)


# a site that calls several functions
def loop_mixed(n, fs):
    t = 0
    for i in xrange(n):
        t = fs[i % len(fs)](t, i)
    return t


print loop_mixed(3000, [add])
print loop_mixed(3000, [add, lambda a, b: a - b, max])


# the recursion limit counts an inlined call like a real one
def deep(k):
    if k == 0:
        return add(1, 2)
    return deep(k - 1)


for i in xrange(3000):
    deep(5)
limit = sys.getrecursionlimit()
for k in range(limit - 30, limit + 2):
    try:
        deep(k)
    except RuntimeError as e:
        print 'RuntimeError', e, k - limit
        break

# the results are fresh references: identity and refcounts hold
s = 'some string'
before = sys.getrefcount(s)
keep = [ident(s) for i in xrange(3000)]
print sys.getrefcount(s) - before
del keep
print sys.getrefcount(s) - before
print res[0][6] is res[0][6], ident(s) is s
