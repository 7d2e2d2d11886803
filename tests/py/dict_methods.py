# dict methods.

d = {'a': 1, 'b': 2, 'c': 3}
print d.get('a'), d.get('z'), d.get('z', 'default'), d.has_key('b'), d.has_key('q'), 'c' in d
print d.setdefault('a', 100), d.setdefault('d', 4), d
print d.setdefault('lst', []), d
d['lst'].append(1)
print d.pop('lst'), d.pop('nope', 'dflt')
try:
    d.pop('nope')
except KeyError, e:
    print 'KeyError', e
print sorted(d.items()), sorted(d.iteritems()), sorted(d.iterkeys()), sorted(d.itervalues())
print d.keys(), d.values(), d.items()
print list(d.viewkeys()), list(d.viewitems()), d.viewkeys() & set(['a', 'b', 'x'])
e = d.copy()
e['a'] = 'changed'
print d['a'], e['a'], e is d, e == d
d.update({'b': 20, 'e': 5})
print d
d.update([('f', 6), ('g', 7)])
print d
d.update(h=8, i=9)
print d
d.update({'a': 0}, a=-1)
print d
print dict.fromkeys('xyz'), dict.fromkeys(['p', 'q'], 0), dict.fromkeys([])
k = d.popitem()
print k, len(d)
items = []
while d:
    items.append(d.popitem())
print items, d
try:
    d.popitem()
except KeyError, e:
    print 'KeyError', e
d = dict(a=1, b=2)
print d, dict([('x', 1), ('y', 2)]), dict({'m': 1}), dict(), dict(zip('ab', [1, 2])), dict([['k', 'v']])
d.clear()
print d, len(d)
try:
    dict([1, 2])
except TypeError, e:
    print 'TypeError', e
try:
    dict([('a', 1, 2)])
except ValueError, e:
    print 'ValueError', e
d = {1: 'one'}
it = d.iteritems()
print it.next()
d[2] = 'two'
try:
    it.next()
except RuntimeError, e:
    print 'RuntimeError', e
print {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == {}, cmp({1: 2}, {1: 3}), {1: 1} < {1: 2}, {2: 1} > {1: 5}
print sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}, key={'b': 1, 'a': 2}.get), max({'x': 1, 'y': 0})
counts = {}
for w in 'a b a c b a d'.split():
    counts[w] = counts.get(w, 0) + 1
print counts, sorted(counts.items(), key=lambda kv: -kv[1])
inv = dict((v, k) for k, v in counts.items())
print inv
nested = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = nested
    for part in path.split('/'):
        node = node.setdefault(part, {})
print nested
print len({}), len({1: 1, 2: 2}), bool({}), bool({0: 0}), str({}), repr({'q': "it's"})
d = {'x': 1}
del d['x']
try:
    del d['x']
except KeyError, e:
    print 'KeyError', e
print d.__contains__('x'), d.__len__(), {'a': 1}.__getitem__('a'), type({}.keys()).__name__
print type({}.iterkeys()).__name__, type({}.viewkeys()).__name__, type({}.items()).__name__
