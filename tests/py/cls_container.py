# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, next.

class Seq(object):
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print '(getitem %r)' % (i,),
        return self.items[i]

    def __setitem__(self, i, v):
        print '(setitem %r %r)' % (i, v),
        self.items[i] = v

    def __delitem__(self, i):
        print '(delitem %r)' % (i,),
        del self.items[i]

    def __contains__(self, x):
        print '(contains %r)' % (x,),
        return x in self.items

    def __repr__(self):
        return 'Seq(%r)' % self.items


s = Seq('abcde')
print len(s), s[0], s[-1], s[1:3]
s[0] = 'A'
print s
del s[1]
print s
s[1:3] = ['X', 'Y', 'Z']
print s
del s[::2]
print s
print 'X' in s, 'q' in s, 'q' not in s
print bool(s), bool(Seq([]))


class OldIter(object):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print list(OldIter(5)), [x for x in OldIter(3)], 4 in OldIter(3), 9 in OldIter(3)
print sum(OldIter(4)), sorted(OldIter(4), reverse=True), tuple(OldIter(2))


class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print list(Countdown(5))
c = Countdown(3)
for x in c:
    print 'x', x,
print
print list(c)
it = iter(Countdown(2))
print it.next(), it.next()
try:
    it.next()
except StopIteration:
    print 'StopIteration'


class Iterable(object):
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter(self.data)


i = Iterable([3, 1, 2])
print list(i), list(i), sorted(i), max(i), 2 in i, dict.fromkeys(i).keys()
a, b, c = Iterable('xyz')
print a, b, c


class Mapping(object):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def keys(self):
        return sorted(self.d.keys())

    def __len__(self):
        return len(self.d)


m = Mapping()
m['a'] = 1
m['b'] = 2
print dict(m), len(m), '%(a)s-%(b)s' % m
try:
    m['zz']
except KeyError, e:
    print 'KeyError', e


class Missing(dict):
    def __missing__(self, k):
        return 'missing-' + str(k)


md = Missing(a=1)
print md['a'], md['b'], md.get('b'), 'b' in md


class Len0(object):
    def __len__(self):
        return 0


class BadLen(object):
    def __len__(self):
        return -1


print bool(Len0()), not Len0()
try:
    len(BadLen())
except ValueError, e:
    print 'ValueError:', e


class SliceOld(object):
    def __getslice__(self, i, j):
        return ('getslice', i, j)

    def __getitem__(self, k):
        return ('getitem', k)


so = SliceOld()
print so[1:2], so[:], so[1:], so[::2], so[1], so[1:2:3], so[-1:]


class Reversible(object):
    def __reversed__(self):
        return iter('cba')


print list(reversed(Reversible())), list(reversed([1, 2, 3])), list(reversed(Seq([1, 2])))
