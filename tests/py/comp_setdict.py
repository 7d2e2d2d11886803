# Set and dict comprehensions (2.7), and their printing order.

print {x % 7 for x in range(30)}
print {c for c in 'mississippi'}
print {w.lower() for w in ['A', 'a', 'B', 'b', 'C']}
print {x: x * x for x in range(10)}
print {k: v for k, v in zip('abcdef', range(6))}
print {v: k for k, v in {'one': 1, 'two': 2, 'three': 3}.items()}
print {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print {s: len(s) for s in ['alpha', 'beta', 'gamma', 'delta', 'epsilon']}
print {x for x in range(100) if x % 11 == 0}
print {n: [m for m in range(n)] for n in range(4)}
print {x * 1.5 for x in range(5)}, {-x for x in range(5)}
print type({x for x in ''}).__name__, type({x: 1 for x in ''}).__name__
print {i: i for i in range(100)} == dict(zip(range(100), range(100)))
dx = 'untouched'
print {dx for dx in 'xyz'}, dx
print sorted({w: len(w) for w in 'the quick brown fox jumps over the lazy dog'.split()}.items())
big = {i * 37 % 101: i for i in range(60)}
print big
print {str(i): i for i in range(15)}
print {(x, -x) for x in range(6)}
print {x: y for x in range(3) for y in range(3)}
