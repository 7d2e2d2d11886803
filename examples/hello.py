# A small tour of what py2jit runs: classes, generators, closures,
# dicts, string formatting and a hot loop the JIT compiles.


class Shape(object):
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides

    def __repr__(self):
        return 'Shape(%r, %d)' % (self.name, self.sides)


def primes(limit):
    sieve = [True] * limit
    for i in xrange(2, limit):
        if sieve[i]:
            yield i
            for j in xrange(i * i, limit, i):
                sieve[j] = False


def counter():
    count = [0]

    def bump(n=1):
        count[0] += n
        return count[0]
    return bump


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


shapes = [Shape('triangle', 3), Shape('square', 4), Shape('hexagon', 6)]
print 'shapes:', shapes
print 'by sides:', dict((s.name, s.sides) for s in shapes)
print 'first primes:', list(primes(50))
bump = counter()
print 'counter:', bump(), bump(5), bump()
best = max(xrange(1, 200000), key=collatz_steps)
print 'longest Collatz chain below 200000 starts at %d (%d steps)' % (best, collatz_steps(best))
print 'done: %.3f' % (sum(1.0 / k ** 2 for k in xrange(1, 10000)))
