# Generator expressions, nested generators, pipelines, lazy evaluation order.

def noisy(n):
    for i in range(n):
        print '(produce %d)' % i,
        yield i


g = (x * 10 for x in noisy(3))
print 'created'
print list(g)
print sum(x for x in range(10) if x % 2), max(len(w) for w in ['a', 'abc', 'ab'])
print list((x, y) for x in range(3) for y in range(x))
print list(x for x in (y * 2 for y in (z + 1 for z in range(4))))
pairs = ((i, j) for i in 'ab' for j in (1, 2) if not (i == 'b' and j == 1))
print list(pairs)
print sorted((c for c in 'hello'), reverse=True), ''.join(c.upper() for c in 'abc')
print dict((i, i * i) for i in range(5)), set(x % 3 for x in range(10)), tuple(x for x in 'xy')


def integers():
    n = 1
    while True:
        yield n
        n += 1


def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


evens = (n for n in integers() if n % 2 == 0)
squares = (n * n for n in evens)
print list(take_while(lambda v: v < 200, squares))


def primes():
    found = []
    for n in integers():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


p = primes()
print [p.next() for _ in range(20)]
x = 10
g = (x + i for i in range(3))
x = 100
print list(g)
outer_iter = iter(range(3))
g = (i for i in outer_iter)
print outer_iter.next(), list(g)
try:
    (1 / y for y in [1, 0]).next()
except ZeroDivisionError:
    print 'never'
gg = (1 / y for y in [1, 0])
print gg.next()
try:
    gg.next()
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    (a for a in 5)
except TypeError, e:
    print 'TypeError at creation:', e
print type(x for x in []).__name__, list(x for x in [])
matrix = [[1, 2, 3], [4, 5, 6]]
print list(list(row[i] for row in matrix) for i in range(3))
print sum(sum(r) for r in matrix), any(v > 5 for r in matrix for v in r)
