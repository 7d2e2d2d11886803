"""Conway's Game of Life on an unbounded board: sets and dicts keyed by
(x, y) tuples, tuple hashing, neighbour counting.

The start is a fixed set of small patterns (an R-pentomino, a glider and an
acorn) placed apart; the board grows freely.  Output never depends on set
or dict iteration order.

usage: life.py [GENERATIONS]   (default 300)
"""
import sys

R_PENTOMINO = [(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)]
GLIDER = [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]
ACORN = [(1, 0), (3, 1), (0, 2), (1, 2), (4, 2), (5, 2), (6, 2)]
OFFSETS = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]


def place(cells, pattern, ox, oy):
    for x, y in pattern:
        cells.add((x + ox, y + oy))


def step(cells):
    counts = {}
    for x, y in cells:
        for dx, dy in OFFSETS:
            key = (x + dx, y + dy)
            counts[key] = counts.get(key, 0) + 1
    born = set()
    for key, n in counts.iteritems():
        if n == 3 or (n == 2 and key in cells):
            born.add(key)
    return born


def bounds(cells):
    xs = [x for x, _ in cells]
    ys = [y for _, y in cells]
    return min(xs), min(ys), max(xs), max(ys)


def main():
    generations = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    cells = set()
    place(cells, R_PENTOMINO, 0, 0)
    place(cells, GLIDER, -40, -30)
    place(cells, ACORN, 30, 25)
    peak = len(cells)
    for g in xrange(generations):
        cells = step(cells)
        if len(cells) > peak:
            peak = len(cells)
    weight = sum([(x * 7 + y * 13) % 101 for x, y in cells])
    print 'after %d generations: %d cells (peak %d)' % (generations, len(cells), peak)
    print 'bounding box: %d %d %d %d' % bounds(cells)
    print 'weight: %d' % weight


main()
