# Calls that take the plain path: missing trailing arguments filled from
# defaults, cells of arguments, free variables, in every call form
# (function, bound method, compiled caller, interpreter caller).
import sys


def with_defaults(a, b=10, c=[]):
    c.append(a)
    return a + b, len(c)


def cell_arg(x, y=2):
    def inner():
        return x * y
    x += 1
    return inner()


def make_counter(start):
    total = [start]

    def bump(by=1):
        total[0] += by
        return total[0]
    return bump


def outer(n):
    k = n * 2

    def add(v, w=k):
        return v + k + w
    return add


class Point(object):
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def scaled(self, f=2):
        def sc(v):
            return v * f
        return Point(sc(self.x), sc(self.y))


def frame_locals(a, b=5):
    def peek():
        return a
    return sorted(sys._getframe().f_locals.keys()), peek()


def raiser(a, b=None):
    def r():
        return a / b
    return r()


def rec(n, acc=0):
    if n == 0:
        return acc
    return rec(n - 1, acc + n)


def run(rounds):
    out = []
    counter = make_counter(100)
    add = outer(3)
    p = Point(1)
    for i in range(rounds):
        out.append(with_defaults(i))
        out.append(with_defaults(i, 1))
        out.append(cell_arg(i))
        out.append(cell_arg(i, 3))
        out.append(counter())
        out.append(counter(5))
        out.append(add(i))
        out.append(add(i, 1))
        p = p.moved(1)
        p = p.moved(0, 1)
        out.append((p.x, p.y))
        out.append(rec(10))
    q = p.scaled()
    out.append((q.x, q.y))
    out.append(frame_locals(1))
    return out


for rounds in (3, 300):
    r = run(rounds)
    print len(r), r[:14], r[-6:]

# defaults change between calls: the new tuple is used
def g(a, b=1):
    return a, b

for i in range(200):
    x = g(i)
g.func_defaults = (7,)
print x, g(0)
g.func_defaults = None
try:
    g(1)
except TypeError as e:
    print 'TypeError:', e
g.func_defaults = (1, 2, 3)
print g(5)

# too few arguments for the defaults
def h(a, b, c=3):
    return a + b + c

for i in range(200):
    h(i, i)
try:
    h(1)
except TypeError as e:
    print 'TypeError:', e

# an exception raised inside a closure called with defaults
for i in range(200):
    raiser(i, 1)
try:
    raiser(1, 0)
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
try:
    raiser(1)
except TypeError as e:
    print 'TypeError:', e

# closures whose cells change after creation
def cells():
    fs = []
    for i in range(3):
        def f(x, i=i):
            return x + i + j
        fs.append(f)
    j = 100
    return [f(1) for f in fs]

for i in range(300):
    c = cells()
print c

# func_closure and func_code of a closure seen from Python
add = outer(2)
print len(add.func_closure), add.func_code.co_freevars, add(1)
