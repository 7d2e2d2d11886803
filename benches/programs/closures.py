"""Closures and lambdas: cell variables, nested function creation, calls
through function objects, map/filter/reduce with lambdas, function
composition and currying.

usage: closures.py [N]   rounds (default 60000)
"""
import sys


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = [0]

    def bump(by):
        count[0] += by
        return count[0]
    return bump


def compose(f, g):
    return lambda x: f(g(x))


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def make_accumulators(n):
    """n closures sharing one cell each with its own captured index."""
    shared = [0]
    fns = []
    for i in range(n):
        def acc(x, i=i):
            shared[0] += x * i
            return shared[0]
        fns.append(acc)
    return fns, shared


def memoize(f):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        value = f(n)
        cache[n] = value
        return value
    return wrapper


def make_collatz_len():
    """Collatz chain length, with the cache held in the closure."""
    cache = {1: 1}

    def collatz_len(n):
        path = []
        while n not in cache:
            path.append(n)
            n = 3 * n + 1 if n % 2 else n // 2
        length = cache[n]
        while path:
            length += 1
            cache[path.pop()] = length
        return length
    return collatz_len


@memoize
def tribonacci(n):
    """Memoized, and only ever called in increasing n: recursion stays shallow."""
    if n < 3:
        return n
    return (tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3)) % 1000000007


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    total = 0
    counter = make_counter()
    pipeline = compose(make_adder(3), compose(lambda x: x * 2, make_adder(-1)))
    volume = curry3(lambda a, b, c: a * b * c)
    for i in xrange(rounds):
        add_i = make_adder(i)
        total += add_i(1) + pipeline(i)
        counter(i % 5)
        total += volume(i % 7)(i % 11)(i % 13)
        total %= 1000000007
    print 'closure total: %d  counter: %d' % (total, counter(0))

    fns, shared = make_accumulators(50)
    for r in xrange(rounds // 50):
        for f in fns:
            f(r % 3)
    print 'accumulators: %d' % shared[0]

    data = range(rounds)
    squares = map(lambda x: x * x % 1009, data)
    kept = filter(lambda x: x % 3 == 1, squares)
    print 'map/filter/reduce: %d %d' % (len(kept), reduce(lambda a, b: (a * 31 + b) % 1000003, kept, 7))

    collatz_len = make_collatz_len()
    longest = max(xrange(1, rounds // 2), key=collatz_len)
    print 'longest collatz chain below %d starts at %d (%d terms)' % (
        rounds // 2, longest, collatz_len(longest))
    trib = 0
    for n in xrange(rounds // 4):
        trib = tribonacci(n)
    print 'tribonacci(%d) mod 1000000007 = %d' % (rounds // 4 - 1, trib)


main()
