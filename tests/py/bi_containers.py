# Constructors: dict, list, tuple, set, frozenset, slice, bytearray, range, xrange (basic forms and errors).


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print dict(), dict(a=1), sorted(dict([('x', 1), ('y', 2)]).items()), dict({'k': 'v'}), dict([('a', 1)], b=2) == {'a': 1, 'b': 2}
print dict(zip('abc', range(3))) == {'a': 0, 'b': 1, 'c': 2}, dict([[1, 2], 'xy']) == {1: 2, 'x': 'y'}, dict.fromkeys('ab') == {'a': None, 'b': None}
show('dict(1)', dict, 1)
show('dict([1])', dict, [1])
show('dict([(1, 2, 3)])', dict, [(1, 2, 3)])
show('dict({}, {})', dict, {}, {})
print list(), list('abc'), list((1, 2)), list(xrange(3)), list({'only': 1}), list(x * 2 for x in range(3))
show('list(1)', list, 1)
show('list(1, 2)', list, 1, 2)
print tuple(), tuple('ab'), tuple([1, [2]]), tuple(xrange(2, 5)), tuple(u'xy')
t = (1, 2)
print tuple(t) is t, list(t) is t
show('tuple(None)', tuple, None)
print sorted(set('hello')), set(), sorted(set([3, 1, 3])), sorted(set(xrange(4))), len(set('aaa'))
print sorted(frozenset('abca')), frozenset(), frozenset([1]) == set([1]), type(frozenset()).__name__
f1 = frozenset([1, 2])
print frozenset(f1) is f1, set(f1) is f1
show('set(1)', set, 1)
show('set([[]])', set, [[]])
show('frozenset([{}])', frozenset, [{}])
show('set(1, 2)', set, 1, 2)
s = slice(5)
print s, slice(1, 10), slice(1, 10, 2), s.start, s.stop, s.step, slice(None, None, -1)
print slice(1, 10, 3).indices(8), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4)
print range(10)[slice(2, 8, 2)], 'abcdef'[slice(None, None, -2)], (1, 2, 3)[slice(1, None)]
print slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), cmp(slice(2), slice(1))
show('slice()', slice)
show('slice(1, 2, 3, 4)', slice, 1, 2, 3, 4)
show('slice(1, 2, 0).indices(5)', slice(1, 2, 0).indices, 5)
show('hash(slice(1))', hash, slice(1))
show('[1][slice("a")]', [1].__getitem__, slice('a'))
print range(5), range(2, 5), range(0, 10, 3), range(10, 0, -3), range(0), range(5, 2), range(-5, -1), range(2 ** 62, 2 ** 62 + 2)
show('range(0, 5, 0)', range, 0, 5, 0)
show('range(1.5)', range, 1.5)
show('range()', range)
show('range("a")', range, 'a')
show('range(1, 2, 3, 4)', range, 1, 2, 3, 4)
show('range(2**70)', range, 2 ** 70)
