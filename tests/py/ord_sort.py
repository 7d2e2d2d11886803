# list.sort and sorted: key, cmp, reverse, stability, in-place semantics.

data = [('bob', 25, 'x'), ('alice', 30, 'y'), ('carol', 25, 'z'), ('dave', 30, 'w'), ('eve', 22, 'v')]
print sorted(data)
print sorted(data, key=lambda r: r[1])
print sorted(data, key=lambda r: r[1], reverse=True)
print sorted(data, cmp=lambda a, b: cmp(a[1], b[1]))
print sorted(data, cmp=lambda a, b: cmp(b[0], a[0]))
print sorted(data, key=lambda r: (r[1], r[0]))
print sorted(data, key=lambda r: -r[1])
L = [5, 2, 8, 1, 9, 3]
r = L.sort()
print r, L
L.sort(reverse=True)
print L
L.sort(key=lambda x: x % 3)
print L
L.sort(lambda a, b: b - a)
print L
words = ['Banana', 'apple', 'Cherry', 'date', 'Elder', 'fig']
print sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True)
stab = [(i % 3, i) for i in range(12)]
print sorted(stab, key=lambda p: p[0]), sorted(stab, key=lambda p: p[0], reverse=True)
print sorted('hello world'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted(set([3, 1, 2])), sorted(xrange(5, 0, -1))
print sorted([]), sorted([1]), sorted([2, 1], reverse=False)
calls = []


def keyf(x):
    calls.append(x)
    return -x


print sorted([3, 1, 2], key=keyf), calls
try:
    sorted([1, 2], key=lambda x: x[0])
except TypeError, e:
    print 'TypeError:', e
try:
    [3, 1, 2].sort(cmp=lambda a, b: 'no')
except TypeError, e:
    print 'TypeError:', e
L = [3, 1, 2]


def bad_cmp(a, b):
    L.append(0)
    return cmp(a, b)


try:
    L.sort(bad_cmp)
except ValueError, e:
    print 'ValueError:', e
print L
floats = [2.5, -1.0, float('inf'), 0.0, -0.0, 1e-300, -float('inf')]
print sorted(floats)
print sorted([10 ** 20, 2 ** 64, 1e19, -5, 3L, 2.5])
big = [(i * 7919) % 1009 for i in range(200)]
big.sort()
print big[:10], big[-10:], len(big)
print sorted(big, reverse=True)[:5]
records = [{'n': 'x', 'v': 3}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 2}]
print [r['n'] for r in sorted(records, key=lambda r: r['v'])]
print sorted([[3, 'c'], [1, 'a'], [2, 'b']])[0], sorted(['aa', 'a', 'aaa'], cmp=lambda a, b: len(b) - len(a))
m = [[4, 3], [2, 1]]
for row in m:
    row.sort()
m.sort()
print m
print list(reversed(sorted(range(5)))), sorted(reversed(range(5)))
