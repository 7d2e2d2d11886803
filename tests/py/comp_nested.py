# Nested comprehensions mixing list/set/dict/generator forms, closures over comprehension variables.

grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print grid
print [[row[c] for row in grid] for c in range(3)]
print [x for row in grid for x in row if x % 2]
print {r: {c: grid[r][c] for c in range(3)} for r in range(3)}
print {x % 4: [y for y in range(x)] for x in range(6)}
print [{k for k in range(n)} for n in range(4)]
print sum(sum(x for x in row) for row in grid), max(max(row) for row in grid)
print [(i, j, k) for i in range(3) for j in range(i) for k in range(j)]
print dict((w, sorted(set(w))) for w in ['abba', 'cab', 'zz'])
words = 'one two three four five six seven'.split()
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print by_len, {n: len(ws) for n, ws in by_len.items()}
print [[c for c in w if c not in 'aeiou'] for w in words[:3]]
print [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
flat = [y for x in [[1, [2]], [3, [4, 5]]] for y in [x[0]] + x[1]]
print flat
fs = [lambda: i for i in range(3)]
print [f() for f in fs]
gs = [(lambda j: lambda: j)(i) for i in range(3)]
print [g() for g in gs]
hs = list((lambda: k) for k in range(3))
print [h() for h in hs]
print [[x * y for x in range(1, 4)] for y in range(1, 4)] == [[x * y for y in range(1, 4)] for x in range(1, 4)]
print sorted({(x, y) for x in range(3) for y in range(3) if x != y})
print [i for i in [j for j in [k for k in range(10)] if j % 2] if i > 3]
