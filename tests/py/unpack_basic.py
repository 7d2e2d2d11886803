# Tuple/list unpacking: swap, nested, in for loops, from any iterable; error messages.

a, b = 1, 2
print a, b
a, b = b, a
print a, b
a, b, c = 'xyz'
print a, b, c
[d, e] = [10, 20]
print d, e
(f, g), h = (1, 2), 3
print f, g, h
(i, (j, (k, l))) = (1, (2, (3, 4)))
print i, j, k, l
m, = [42]
print m
[n] = 'q'
print n
x = y = z = 'same'
print x, y, z, x is z
p, q = q, p = 7, 8
print p, q
first, second = iter([100, 200])
print first, second
k1, k2 = {'only': 1, 'two': 2}
print sorted([k1, k2])
s1, s2 = set([5])  if False else (5, 6)
print s1, s2
u, v = (i * 2 for i in range(2))
print u, v
for idx, (name, score) in enumerate([('a', 1), ('b', 2)]):
    print idx, name, score
for (x1, y1), z1 in [((1, 2), 3), ((4, 5), 6)]:
    print x1 + y1 + z1,
print
pairs = {'one': 1, 'two': 2}
for key, val in sorted(pairs.items()):
    print key, val
L = [0, 0, 0]
L[0], L[2] = 'first', 'last'
print L


class O(object):
    pass


o = O()
o.a, o.b = 1, 2
print o.a, o.b
D = {}
D['x'], D['y'] = 'X', 'Y'
print sorted(D.items())
a, b = b, a = 1, 2
print a, b
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 'set'
print i, arr


def multi():
    return 1, [2, 3], 'four'


r1, (r2, r3), r4 = multi()
print r1, r2, r3, r4
for ch, in ['a', 'b']:
    print ch,
print
fib = [0, 1]
for _ in range(10):
    fib[-2], fib[-1] = fib[-1], fib[-2] + fib[-1]
print fib
a, b, c = 1, 2, 3
a, b, c = c, a, b
print a, b, c
big1, big2 = 2 ** 70, -2 ** 70
print big1 + big2
