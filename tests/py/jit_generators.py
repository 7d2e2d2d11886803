# Generators driven by compiled code, generators with hot loops inside,
# send/throw/close, and generator expressions.


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def echo():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            total = -1
            continue
        if x is None:
            break
        total += x


def windows(xs, k):
    acc = []
    for x in xs:
        acc.append(x)
        if len(acc) == k:
            yield tuple(acc)
            acc.pop(0)


total = 0
for v in countdown(5000):
    total += v
print total
f = fib()
print [f.next() for _ in range(30)][-3:]
e = echo()
print e.next(), e.send(5), e.send(10), e.throw(ValueError), e.send(3)
try:
    e.send(None)
except StopIteration:
    print 'stopped'
print sum(x * x for x in xrange(3000) if x % 3)
print list(windows(range(3000), 3))[-2:]
g = countdown(10)
print g.next(), g.next()
g.close()
print list(g)


def nested():
    for i in range(3):
        for j in (yield i):
            yield j


n = nested()
print n.next(), n.send([7, 8]), n.next(), n.next()
