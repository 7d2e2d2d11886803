# itertools: islice argument conversions, count's slow mode and reprs at the machine-integer limit, repeat length hints, tee across data blocks,
# groupby grouper invalidation, chain subclassing, keyword errors, errors raised mid-iteration, re-entrant callbacks, and cycles for gc.
import gc
import itertools as it


def show(x):
    s = repr(x)
    if ' at 0x' in s:
        return '<%s object>' % type(x).__name__
    return s


def t(f, *a, **k):
    try:
        return show(f(*a, **k))
    except Exception as e:
        return type(e).__name__ + ':' + str(e)


L = lambda x: list(x)
print t(L, it.islice(range(10), 1.5)), t(L, it.islice(range(10), 2, None)), t(L, it.islice(range(10), None, 5, None)), t(it.islice, [], -2, 3), t(it.islice, [], 1, 2, -1), t(it.islice, [], 2 ** 70), t(it.islice, [], 1, x=1)
c = it.count(2 ** 63 - 2)
print next(c), next(c), next(c), repr(c), c.__reduce__()[1], repr(it.count(5, 1L)), repr(it.count(1L)), list(it.islice(it.count(1L), 2)), repr(it.count(0, 1.0)), repr(it.count(1j, 1j))
c = it.count(9223372036854775806)
print next(c), repr(c), next(c), repr(c), next(c), repr(c), it.count().__reduce__()[1]
print t(it.count, 1, 2, 3), t(it.count, step='a'), t(it.count, start=3, step=2)
r = it.repeat('x', 3)
print r.__length_hint__(), next(r), r.__length_hint__(), repr(r), t(it.repeat(1).__length_hint__), repr(it.repeat(1, -3)), t(it.repeat, 1, times=2), t(it.repeat, 1, 1.5)
a, b = it.tee(xrange(200))
print len(list(a)), len(list(b)), t(lambda: list(it.tee([1, 2, 3], 1)[0]))
x, y, z = it.tee(iter(range(130)), 3)
print list(it.islice(x, 60))[-3:], list(it.islice(y, 120))[-2:], list(z)[-1], list(x)[:2], list(it.islice(it.tee(x)[0], 3)), type(it.tee([])[0].__copy__()).__name__
g = it.groupby('aabbbc')
k1, g1 = next(g)
k2, g2 = next(g)
print k1, list(g1), k2, list(g2), [(k, list(v)) for k, v in g], [(k, list(v)) for k, v in it.groupby([1, 2, 2, 3], key=lambda v: v > 1)]
print [list(v) for k, v in it.groupby('aabb')], t(it.groupby, 'a', 1, 2), t(it.groupby, iterable='ab', key=None)


class C(it.chain):
    def extra(self):
        return 1


cc = C('ab', 'cd')
print list(cc), type(cc).__name__, C.__mro__[1].__name__, t(C, 'a', x=1), cc.extra()
print t(it.chain, 1), t(L, it.chain([1], 5)), list(it.chain.from_iterable(['ab', 'cd'])), t(it.chain.from_iterable, 1), t(it.imap, len), t(L, it.imap(len, 'ab', 'cd'))
print t(L, it.izip_longest('ab', 'cde', 'f', fillvalue=0)), t(it.izip_longest, 5), t(it.izip, 'a', 5), t(L, it.izip('ab', it.count())), t(L, it.izip_longest())
print t(L, it.product(range(2), 'ab', repeat=2)), t(it.product, repeat=2.5), t(L, it.product(repeat=3)), t(L, it.permutations('abcd', 2)), t(L, it.combinations_with_replacement('abc', 3))
print t(L, it.permutations('ab', r=1.5)), t(L, it.permutations(range(3), r=None)), t(L, it.combinations(iterable='abc', r=2)), t(it.combinations, 'abc', 2, 3)
print t(L, it.starmap(pow, [(2, 3), [3, 2]])), t(L, it.starmap(pow, ['ab'])), t(L, it.compress(data='abc', selectors=[0, 1, 1])), t(it.compress, 'a')
print t(L, it.dropwhile(lambda x: x < 3, xrange(6))), t(L, it.ifilter(bool, [0, 1, 2])), t(L, it.ifilterfalse(bool, [0, 1, 2])), t(L, it.takewhile(lambda x: 1 / x, [1, 0, 1]))
print it.count.__doc__[:20], it.tee.__doc__[:20], it.chain.from_iterable.__doc__[:20], type(it.tee([])[0]).__module__, it.izip.__name__
print [type(o).__name__ for o in (it.count(), it.cycle(''), it.repeat(1), it.groupby(''), next(it.groupby('a'))[1], it.tee('a')[0])]


def gen():
    yield 1
    raise ValueError('boom')


print t(L, it.islice(gen(), 5)), t(L, it.chain(gen())), t(L, it.izip_longest(gen(), 'abc')), t(L, it.cycle(gen()))
z = it.izip('ab', 'c')
print next(z), t(next, z), t(next, z)


class K(object):
    def __init__(self):
        self.g = None

    def __call__(self, x):
        if x == 2 and self.g:
            return t(next, self.g)
        return x


k = K()
g = it.groupby([1, 2, 3, 3, 4], k)
k.g = g
print [key for key, grp in g]


def gen2():
    for i in range(3):
        yield i
        if i == 1:
            print t(next, a)


a, b = it.tee(gen2())
print t(list, a), t(list, b)
gc.collect()
l = []
c = it.cycle(l)
l.append(c)
a, b = it.tee([[]])
x = next(a)
x.append(b)
g = it.groupby([[]])
k, grp = next(g)
k.append(grp)
p = it.product([[]])
next(p)[0].append(p)
del l, c, a, b, x, g, k, grp, p
print gc.collect()
