# Generator functions called with exactly their positional arguments
# (arguments moved into the generator's own frame), with cells of
# arguments, free variables, defaults and wrong argument counts.


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def scaled(xs, k):
    # k is a cell: the lambda captures it
    f = lambda v: v * k
    for x in xs:
        yield f(x)


def make_gen(offset):
    def g(n):
        for i in range(n):
            yield i + offset
    return g


def with_default(n, step=2):
    i = 0
    while i < n:
        yield i
        i += step


total = 0
for r in range(2000):
    total += sum(countdown(5)) + sum(scaled([1, 2, 3], r % 4))
print total
g = make_gen(100)
print list(g(3)), [list(g(i)) for i in range(3)]
print list(with_default(7)), list(with_default(7, 3))
c = countdown(3)
print c.next(), c.gi_frame.f_locals, list(c)
try:
    countdown()
except TypeError as e:
    print 'TypeError:', e
try:
    countdown(1, 2)
except TypeError as e:
    print 'TypeError:', e
