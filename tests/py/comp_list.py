# List comprehensions, including the Python 2 leak of the loop variable.

print [x * x for x in range(10)]
print [x for x in range(20) if x % 3 == 0 if x % 2 == 0]
print [(x, y) for x in range(4) for y in range(x) if (x + y) % 2]
print [c.upper() for c in 'hello' if c != 'l']
print [[y for y in range(x)] for x in range(5)]
print [x if x % 2 else -x for x in range(8)]
print [i for i in []], [None for _ in range(3)]
leaked = [lx for lx in range(5)]
print 'leaked loop variable', lx
words = ['apple', 'bob', 'kayak', 'python', 'level']
print [w for w in words if w == w[::-1]]
print [(w, len(w)) for w in words]
print [a + b for a, b in zip('abc', 'xyz')]
print [k + '=' + str(v) for k, v in sorted({'b': 2, 'a': 1}.items())]
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print [row[i] for row in matrix for i in range(len(row)) if i == 1]
print [[row[i] for row in matrix] for i in range(3)]
print [v for row in matrix for v in row]
print [n for n in range(2, 50) if all(n % d for d in range(2, n))]


def f(n):
    return [n * i for i in range(n)]


print f(4), i if 'i' in dir() else 'no i'
x = 'outer x'
print [x for x in 'ab'], x
print [(lambda: z)() for z in range(3)]
print len([0 for _ in xrange(1000)])
nested = [[j * 10 + k for k in range(3)] for j in range(3)]
print nested, sum(sum(r) for r in nested)
print [y for y in (1, 2, 3)], [t for t in 'str'], [e for e in {1: 'a', 2: 'b'}]
