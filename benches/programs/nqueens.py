"""N-queens by recursive backtracking, plus a permutation-based check:
recursion, list and set membership, generators of permutations.

Counts all placements of N non-attacking queens with a column-by-column
search over occupied-row/diagonal flags, and separately re-counts the
solutions for a smaller board by filtering every permutation of rows.

usage: nqueens.py [N]   board size for the backtracking search (default 10)
"""
import sys


def solve(n):
    rows = [False] * n
    up = [False] * (2 * n)
    down = [False] * (2 * n)
    placement = [0] * n
    found = []

    def place(col):
        if col == n:
            if not found:
                found.append(list(placement))
            return 1
        total = 0
        for row in range(n):
            u = row + col
            d = row - col + n
            if rows[row] or up[u] or down[d]:
                continue
            rows[row] = up[u] = down[d] = True
            placement[col] = row
            total += place(col + 1)
            rows[row] = up[u] = down[d] = False
        return total

    return place(0), found[0] if found else None


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def is_solution(perm):
    n = len(perm)
    ups = set()
    downs = set()
    for col in range(n):
        ups.add(perm[col] + col)
        downs.add(perm[col] - col)
    return len(ups) == n and len(downs) == n


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    count, first = solve(n)
    print '%d queens: %d solutions' % (n, count)
    print 'first: %s' % ' '.join([str(r) for r in first or []])
    small = max(1, min(n - 2, 8))
    by_perm = 0
    for p in permutations(range(small)):
        if is_solution(p):
            by_perm += 1
    check, _ = solve(small)
    print '%d queens by permutations: %d (search says %d)' % (small, by_perm, check)


main()
