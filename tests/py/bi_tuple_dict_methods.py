# tuple methods (count, index) and every dict method, including views and errors.


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


t = (1, 'a', 1, (2, 3), 1.0, True)
print t.count(1), t.count('a'), t.count((2, 3)), t.count(9), t.index('a'), t.index(1, 1), t.index((2, 3)), t.index(True, 2, 5)
show('tuple.index missing', t.index, 'zz')
show('tuple.index bounded', t.index, 'a', 2)
show('tuple.count()', t.count)
print t[1:3], t[::-1], t + (7,), (0,) * 3, len(t), t < (1, 'b'), hash((1, 2)) == hash((1, 2)), t.__getnewargs__()[0] == t
d = {'a': 1, 'b': 2, 'c': 3}
print sorted(d.keys()), sorted(d.values()), sorted(d.items()), d.get('a'), d.get('z'), d.get('z', 0), d.has_key('b'), d.has_key('q')
print sorted(d.iterkeys()), sorted(d.itervalues()), sorted(d.iteritems()), type(d.iteritems()).__name__
kv, vv, iv = d.viewkeys(), d.viewvalues(), d.viewitems()
print type(kv).__name__, type(vv).__name__, type(iv).__name__, len(kv), 'a' in kv, ('a', 1) in iv, 2 in vv
print sorted(kv & set('abz')), sorted(kv | set('x')), sorted(kv - set('a')), sorted(kv ^ set('az')), kv == set('abc')
d['d'] = 4
print len(kv), sorted(kv), sorted(iv)[-1]
c = d.copy()
c['a'] = 100
print d['a'], c['a'], c is d, c == d
print d.pop('d'), d.pop('zz', 'default'), sorted(d)
print d.setdefault('a', 50), d.setdefault('new', []), d.setdefault('none'), sorted(d.items())
d.setdefault('new', []).append(5)
print d['new']
d.update({'a': -1}, b=-2)
d.update([('c', -3)])
d.update(x=9)
print sorted(d.items())
k, v = d.popitem()
print k in ('a', 'b', 'c', 'new', 'none', 'x'), len(d)
d.clear()
print d, len(d), d.clear()
print sorted(dict.fromkeys('abc').items()), sorted(dict.fromkeys([1, 2], 'v').items()), dict.fromkeys([])
print {1: 'a'} == {1: 'a'}, {1: 'a'} != {1: 'b'}, cmp({1: 2}, {1: 3}), {} < {1: 1}, {'k': 1}.__contains__('k')


class Missing(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)


m = Missing(a=1)
print m['a'], m['b'], m.get('b'), 'b' in m
show('dict[missing]', d.__getitem__, 'nokey')
show('dict.pop missing', d.pop, 'nokey')
show('popitem empty', d.popitem)
show('update int', d.update, 5)
show('update bad seq', d.update, ['ab', 'cde'])
show('update 2 args', d.update, {}, {})
show('fromkeys int', dict.fromkeys, 5)
show('get no args', d.get)
show('unhashable key', d.__setitem__, [1], 2)
show('setdefault()', d.setdefault)
show('pop()', d.pop)
show('has_key()', d.has_key)
show('dict({}, x=1, y=2)', lambda: sorted(dict({'z': 0}, x=1, y=2).items()))
d2 = {'a': 1}
it = d2.iteritems()
d2['b'] = 2
show('mutated during iteration', next, it)
