# Tuples: literals, singletons, nesting, indexing, concatenation, comparison, printing.

t = (1, 2, 3)
print t, (), (1,), (1, (2, (3, (4,)))), ('a',), ((),)
print len(t), len(()), len((1,)), t[0], t[-1], t[1]
print t + (4, 5), (0,) * 4, () * 3, 2 * ('x', 'y')
print 2 in t, 7 in t, (1, 2) in [(1, 2)], () in ((),)
print t == (1, 2, 3), t != (1, 2), (1, 2) < (1, 2, 0), (1, 'b') > (1, 'a')
print repr(('a', "b'c", 1.5, None)), str((1L, 2.0))
pt = (3, 4)
print 'point', pt, pt[0] * pt[0] + pt[1] * pt[1]


def minmax(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return (lo, hi)


r = minmax([4, -2, 9, 0, 11, 3])
print r, r[0], r[1]
print minmax(('q', 'b', 'z'))


def divmod2(a, b):
    return a // b, a % b


print divmod2(17, 5), divmod2(-17, 5), divmod2(17, -5), divmod2(2 ** 80, 7)
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
for p in pairs:
    print p[0], p[1], p
acc = ()
for i in range(6):
    acc = acc + (i * i,)
print acc
coords = ((0, 0), (1, 2), (-3, 4))
for c in coords:
    print c, c[0] + c[1]
d = {(0, 0): 'origin', (1, 0): 'east', (0, 1): 'north', (-1, -1): 'sw'}
print d
print d[(0, 0)], d[(1, 0)], (0, 1) in d, (5, 5) in d
nested = ((1, 2), [3, 4], 'ab')
nested[1][0] = 'changed'
print nested
print tuple([1, 2, 3]), tuple('abc'), tuple(), list((1, 2))
