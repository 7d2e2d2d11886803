"""A pipeline of generators: yield, generator resumption, generator
expressions, a hand-written iterator class and the iteration protocol.

Numbers flow through stages (source -> filter -> map -> pairwise windows ->
running totals) and are consumed in chunks; each stage is a separate
generator frame suspended between items.

usage: generators.py [N]   numbers drawn from the source (default 300000)
"""
import sys


class Counter(object):
    """An iterator over start, start+step, ... (stop excluded)."""

    def __init__(self, start, stop, step):
        self.current = start
        self.stop = stop
        self.step = step

    def __iter__(self):
        return self

    def next(self):
        value = self.current
        if value >= self.stop:
            raise StopIteration
        self.current = value + self.step
        return value


def scramble(numbers):
    state = 12345
    for n in numbers:
        state = (state * 1103 + 12345) % 65536
        yield n ^ (state & 255)


def drop_multiples(numbers, k):
    for n in numbers:
        if n % k:
            yield n


def squares_mod(numbers, m):
    for n in numbers:
        yield n * n % m


def pairwise(numbers):
    it = iter(numbers)
    try:
        prev = next(it)
    except StopIteration:
        return
    for n in it:
        yield prev, n
        prev = n


def running_max(pairs):
    best = None
    for a, b in pairs:
        d = a - b
        if best is None or d > best:
            best = d
        yield d, best


def chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def take(n, items):
    for item in items:
        if n <= 0:
            return
        n -= 1
        yield item


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    stage = running_max(pairwise(squares_mod(drop_multiples(scramble(Counter(0, n, 1)), 7), 10007)))
    chunk_count = 0
    total = 0
    best = 0
    for chunk in chunks(stage, 64):
        chunk_count += 1
        total += sum(d for d, _ in chunk)
        best = chunk[-1][1]
    print 'chunks: %d  sum of differences: %d  max difference: %d' % (chunk_count, total, best)
    evens = sum(x for x in xrange(n) if x % 2 == 0)
    odd_squares = sum(x * x for x in take(n // 4, (y for y in Counter(1, n, 2))))
    print 'evens: %d  odd squares: %d' % (evens, odd_squares)
    nested = sum(sum(1 for _ in take(k % 17, Counter(0, k, 1))) for k in xrange(n // 10))
    print 'nested: %d' % nested


main()
