# set operations and their printed order.

a = set([1, 2, 3, 4, 5])
b = set([4, 5, 6, 7])
print a, b, len(a), 3 in a, 9 in a, 9 not in b
print a | b, a & b, a - b, b - a, a ^ b
print a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b)
print a.union([10, 11], (12,)), a.intersection(range(3)), a.difference('xy'), a.issubset(range(10)), a.issuperset([1])
print a <= b, a < a, a <= a, set([1]) < a, a > set([1, 2]), a == set([5, 4, 3, 2, 1]), a.isdisjoint(b), a.isdisjoint([9])
c = set()
for w in 'the quick brown fox jumps over the lazy dog the end'.split():
    c.add(w)
print c, len(c)
c.discard('the')
c.discard('missing')
c.remove('fox')
try:
    c.remove('fox')
except KeyError, e:
    print 'KeyError', e
print c
p = c.pop()
print p, len(c)
c.clear()
print c, len(c)
s = set('mississippi')
print s, sorted(s)
s.update('ohio', [1, 2])
print s
s.intersection_update('miso')
print s
s.difference_update('o')
print s
s.symmetric_difference_update('xyzm')
print s
t = set(range(20))
t -= set(range(0, 20, 2))
t |= set([100, 200])
t &= set(range(150))
t ^= set([1, 3, 1000])
print t
print set([1, 2.0, 3L, True]), set([0, 0.0, False]), set([(1, 2), (1, 2)]), set(['a', u'a'])
print set(), set([]), set(()), set(''), repr(set([None])), str(set(['x']))
big = set(range(0, 1000, 7))
print len(big), sorted(big)[:5], max(big), min(big), sum(big)
print set(x * x % 17 for x in range(50))
print set([-1, -2, -3, 1, 2, 3]), set([2 ** 64, 2 ** 65, 1]), set([1.5, 2.5, 0.5])
print set(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'])
print sorted(set('abc') | set('cde')), list(set([3])), tuple(set([4]))
try:
    set([[1]])
except TypeError, e:
    print 'TypeError:', e
print {1, 2, 3}, {3, 2, 1}, {'x', 'y'}, type({1}).__name__
s = {1, 2, 3}
print s.copy(), s.copy() is s, s.copy() == s
for x in sorted(s):
    print x,
print
print set([1, 2]) == frozenset([1, 2]), cmp(1, 1) if False else '', set([1]) != set([2])
