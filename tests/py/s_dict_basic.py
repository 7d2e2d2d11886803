# Dict literals, item access/assignment, len, in, and CPython's printing order.

d = {'a': 1, 'b': 2, 'c': 3}
print d
print d['a'], d['c'], len(d)
d['d'] = 4
d['a'] = 100
print d
print 'a' in d, 'z' in d, 1 in d, 'z' not in d

ints = {}
for i in range(20):
    ints[i * 7] = i
print ints
print len(ints)

rev = {}
i = 20
while i > 0:
    rev[i] = str(i)
    i = i - 1
print rev

strs = {}
for w in ['apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape', 'honeydew']:
    strs[w] = len(w)
print strs

mixed = {1: 'one', 'two': 2, 3.5: 'float', (1, 2): 'tuple', '': 'empty', -1: 'neg', True: 'bool?'}
print mixed
print mixed[1], mixed[(1, 2)], mixed[''], mixed[3.5]

neg = {-1: 'a', -2: 'b', -3: 'c', 0: 'z', 1000: 'k', 2 ** 40: 'big', -2 ** 40: 'nbig'}
print neg

single = {'only': [1, 2, 3]}
print single, {}, {(): ()}
nest = {'outer': {'inner': {'x': 1}}}
print nest, nest['outer']['inner']['x']
nest['outer']['inner']['y'] = 2
print nest

chars = {}
for c in 'the quick brown fox jumps over the lazy dog':
    if c in chars:
        chars[c] = chars[c] + 1
    else:
        chars[c] = 1
print chars

big = {}
for i in range(100):
    big[i * i % 97] = i
print big
print len(big)
words = {'x': 1, 'y': 2, 'xy': 3, 'yx': 4, 'xx': 5, 'yy': 6, 'z': 7, 'zz': 8, 'abc': 9}
print words
print {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}
