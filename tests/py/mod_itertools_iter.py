# itertools: count, cycle, repeat, chain, chain.from_iterable, compress, dropwhile, takewhile, groupby, ifilter(false), imap, islice, izip(_longest), starmap, tee.
import itertools as it
from itertools import islice


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


c = it.count()
print next(c), next(c), repr(c), list(islice(it.count(10), 3)), list(islice(it.count(5, -2), 4)), list(islice(it.count(0.5, 0.25), 3))
print repr(it.count(3, 2)), repr(it.count(2 ** 70)), list(islice(it.count(2 ** 64 - 1), 2)), repr(it.count(1.5)), list(islice(it.count(step=3), 3))
print list(islice(it.cycle('abc'), 8)), list(it.cycle([])), list(islice(it.cycle(xrange(2)), 5))
print list(it.repeat('x', 3)), list(it.repeat(1, 0)), list(it.repeat(1, -5)), list(islice(it.repeat(7), 2)), repr(it.repeat('r', 2))
print list(it.chain('ab', [1, 2], (), xrange(2))), list(it.chain()), list(it.chain.from_iterable(['ab', 'cd', ''])), list(it.chain.from_iterable([[1], [2, 3]]))
print list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])), list(it.compress(range(5), it.cycle([0, 1])))
print list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.dropwhile(bool, [1, 1]))
for key, grp in it.groupby('aaabccdaa'):
    print key, list(grp),
print
print [(k, len(list(g))) for k, g in it.groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry']), key=lambda w: w[0])]
print [(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7], lambda x: x % 2)], list(it.groupby([]))
groups = it.groupby('xxyy')
k1, g1 = next(groups)
k2, g2 = next(groups)
print k1, list(g1), k2, list(g2)
print list(it.ifilter(lambda x: x % 2, range(10))), list(it.ifilter(None, [0, 1, '', 'a'])), list(it.ifilterfalse(lambda x: x % 2, range(10))), list(it.ifilterfalse(None, [0, 1, '', 'a']))
print list(it.imap(pow, [2, 3], [5, 2])), list(it.imap(None, 'ab', 'xyz')), list(it.imap(str.upper, 'hi')), list(it.imap(lambda x: -x, []))
print list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 1, None, 2)), list(islice('abc', None)), list(islice('abc', 0))
print list(islice(xrange(100), 10, 30, 7)), list(islice('ab', 5, 10))
print list(it.izip('abc', range(5))), list(it.izip()), list(it.izip('a')), list(it.izip_longest('abc', [1])), list(it.izip_longest('ab', 'x', fillvalue='-'))
print list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])), list(it.starmap(max, ['ab', 'zy']))
a, b = it.tee([1, 2, 3])
print next(a), next(a), list(b), list(a)
t3 = it.tee('xy', 3)
print len(t3), [list(t) for t in t3], it.tee([], 0), type(t3[0]).__name__
x, y = it.tee(iter(range(5)))
print list(islice(x, 2)), list(y), list(x)
show('count("a")', it.count, 'a')
show('repeat()', it.repeat)
show('cycle(1)', it.cycle, 1)
show('chain(1)', lambda: list(it.chain(1)))
show('islice(-1)', it.islice, 'abc', -1)
show('islice step 0', it.islice, 'abc', 0, 2, 0)
show('islice("x")', it.islice, 'abc', 'x')
show('izip(1)', it.izip, 1)
show('tee negative', it.tee, [], -1)
show('starmap non-tuple', lambda: list(it.starmap(pow, [1])))
show('groupby(1)', it.groupby, 1)
show('compress(1, 1)', it.compress, 1, 1)
show('imap(1, [1])', lambda: list(it.imap(1, [1])))
show('izip_longest bad kw', it.izip_longest, 'a', fill=1)
