# Sequence builtins: all, any, enumerate, filter, map (None function, several sequences), zip, reduce, sum, len, reversed, sorted.


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print all([]), all([1, 2]), all([1, 0]), all('abc'), all(x > 0 for x in [1, 2, -1]), all(iter([True]))
print any([]), any([0, 0]), any([0, 1]), any(''), any(x > 5 for x in range(10)), any({0: 1})
print list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate([], 5)), list(enumerate('xy', start=-1))
e = enumerate([4, 5])
print type(e).__name__, next(e), next(e), list(e)
print filter(None, [0, 1, '', 'a', None, [], [0]]), filter(lambda x: x % 2, range(10))
print repr(filter(None, 'a\x00b')), repr(filter(lambda c: c != 'b', 'abcb')), filter(None, (0, 1, 2))
print repr(filter(lambda c: c.isupper(), u'aBcD')), filter(bool, xrange(3))
print map(None, [1, 2, 3]), map(None, [1, 2], 'abc'), map(lambda x: x * 2, 'ab'), map(str, range(4))
print map(lambda a, b: (a, b), [1, 2, 3], [4]), map(pow, [2, 3], [3, 2], [5, 5]), map(None, ())
print map(len, ['a', 'bb', '']), map(abs, (-1, -2)), map(None, 'ab', (), [1])
print zip(), zip('abc'), zip('abc', [1, 2]), zip(range(3), 'xyz', (True, False, None)), zip([], [1])
print reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 8), 1), reduce(max, [3], 0)
print reduce(lambda a, b: a + b, ['x'], 'y'), reduce(lambda a, b: [b] + a, 'abc', []), reduce(lambda a, b: a - b, [10])
print sum([]), sum(range(10)), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1, 2], 10), sum([1j, 2])
print len(''), len('abc'), len([1]), len((1, 2)), len({1: 2}), len(set('aab')), len(xrange(5)), len(u'\u1234')
print list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(xrange(4))), list(reversed((1,)))


class Seq(object):
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print list(reversed(Seq())), list(Seq()), len(Seq()), sum(Seq()), map(None, Seq()), filter(None, Seq())
print sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len)
print sorted([3, 1, 2], cmp=lambda a, b: cmp(b, a)), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted({3: 1, 1: 2})
print sorted(['B', 'a', 'C'], key=str.lower, reverse=True), sorted([-3, 2, -1], key=abs, cmp=lambda a, b: b - a)
print sorted([(2, 'x'), (1, 'y'), (2, 'a'), (1, 'b')], key=lambda t: t[0]), sorted([])
show('all(1)', all, 1)
show('any()', any)
show('enumerate(1)', enumerate, 1)
show('filter(None)', filter, None)
show('filter(None, 1)', filter, None, 1)
show('map(None)', map, None)
show('map(len, 5)', map, len, 5)
show('zip(1)', zip, 1)
show('zip([1], 2)', zip, [1], 2)
show('reduce(max, [])', reduce, max, [])
show('reduce(max)', reduce, max)
show('sum(["a", "b"], "")', sum, ['a', 'b'], '')
show('sum([1, "a"])', sum, [1, 'a'])
show('len(5)', len, 5)
show('len()', len)
show('reversed(5)', reversed, 5)
show('reversed({})', reversed, {})
show('sorted(1)', sorted, 1)
show('sorted([1], foo=1)', sorted, [1], foo=1)
show('sorted([1, 2], key=1)', sorted, [1, 2], key=1)
