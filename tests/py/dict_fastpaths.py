# d[k] and d[k] = v on exact dicts with str and small-int keys take
# inline probes; every case those probes must hand to the general path.
class S(str):
    pass


class Eq(object):
    def __init__(self, h, name):
        self.h = h
        self.name = name
        self.compared = 0

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        self.compared += 1
        return isinstance(other, str) and other == self.name


d = {'a': 1, 'b': 2, 3: 'three', -1: 'minus one'}
print d['a'], d['b'], d[3], d[-1], d[S('a')], d[u'a'], d[3.0], d[3L], d[True - 2]
d['a'] = 10
d[3] = 'THREE'
d[S('b')] = 20
d[u'b'] = 21
d[3.0] = 'three again'
print sorted(d.items())
for k in ('zz', 4, 1 << 60, u'zz', (1, 2)):
    try:
        d[k]
    except KeyError as e:
        print 'KeyError', repr(e), e.args
try:
    d[[1]]
except TypeError as e:
    print 'TypeError', e
try:
    d[[1]] = 2
except TypeError as e:
    print 'TypeError', e

# colliding hashes: a key object whose __eq__ runs Python code
h = hash('key')
e = Eq(h, 'key')
d2 = {e: 'object'}
print d2.get('key'), e.compared
d2['key'] = 'str'
print sorted(d2.values()), e.compared
print d2['key'], e.compared

# deleted entries (dummies) along probe chains
d3 = {}
for i in range(64):
    d3[i * 8] = i
for i in range(0, 64, 2):
    del d3[i * 8]
print [d3.get(i * 8) for i in range(8)], len(d3)
for i in range(1, 64, 2):
    d3[i * 8] = d3[i * 8] * 100
print sum(d3.values()), d3[8], d3[504]
try:
    d3[0]
except KeyError as e:
    print 'KeyError', e

# 1, 1.0, True and 1L are the same key
d4 = {1: 'int'}
d4[1.0] = 'float'
d4[True] = 'bool'
d4[1L] = 'long'
print d4, d4[1], d4[True]


class Missing(dict):
    def __missing__(self, k):
        return 'missing %r' % (k,)


m = Missing(a=1)
print m['a'], m['b'], m[7]


class Counting(dict):
    def __setitem__(self, k, v):
        print 'set', k, v
        dict.__setitem__(self, k, v)

    def __getitem__(self, k):
        print 'get', k
        return dict.__getitem__(self, k)


c = Counting()
c['x'] = 1
c['x'] = c['x'] + 1
print c


def hot(n):
    counts = {}
    keys = ['k%d' % (i % 7) for i in range(n)]
    for k in keys:
        if k in counts:
            counts[k] = counts[k] + 1
        else:
            counts[k] = 1
    total = 0
    for i in range(n):
        total += counts['k%d' % (i % 7)]
    return sorted(counts.items()), total


print hot(500)
