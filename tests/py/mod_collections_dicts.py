# collections: defaultdict, OrderedDict (popitem(last=False), equality, move semantics) and Counter (most_common, elements, arithmetic).
from collections import defaultdict, OrderedDict, Counter


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print sorted(dd.items()), dd.default_factory is list, 'c' in dd, dd['c'], 'c' in dd, dd.get('zz'), 'zz' in dd
cnt = defaultdict(int)
for ch in 'mississippi':
    cnt[ch] += 1
print sorted(cnt.items()), repr(defaultdict(None, {1: 2})), repr(defaultdict(int))
nf = defaultdict()
show('no factory missing', nf.__getitem__, 'x')
dd2 = defaultdict(lambda: 'dflt', a='given')
print dd2['a'], dd2['b'], sorted(dd2.items()), type(dd2.copy()).__name__, dd2.copy()['zz'], dd2.__missing__('q')
show('defaultdict(5)', defaultdict, 5)
od = OrderedDict()
od['z'] = 1
od['a'] = 2
od['m'] = 3
print od, od.keys(), od.values(), od.items(), list(reversed(od)), repr(od)
od['z'] = 10
print od.keys(), od
del od['a']
od['a'] = 99
print od.keys(), od.popitem(), od.popitem(last=False), od
od2 = OrderedDict([('x', 1), ('y', 2)])
od3 = OrderedDict([('y', 2), ('x', 1)])
print od2 == od3, od2 == dict(od3), dict(od2) == dict(od3), od2 != od3, od2 == {'x': 1, 'y': 2}
od4 = OrderedDict.fromkeys('cab', 0)
print od4, od4.setdefault('d', 5), od4.pop('a'), od4.pop('nope', 'default'), od4, od4.copy(), od4.copy() == od4
od4.update([('e', 1)], f=2)
print od4.keys(), list(od4.iteritems()), list(od4.iterkeys()), list(od4.itervalues())
print OrderedDict(sorted({'b': 1, 'a': 2, 'c': 0}.items(), key=lambda t: t[1])), OrderedDict(), repr(OrderedDict())
print od4.viewkeys(), od4.viewitems(), od4.viewvalues()
show('popitem empty', OrderedDict().popitem)
show('popitem empty first', OrderedDict().popitem, False)
show('missing key', OrderedDict().__getitem__, 'k')
show('OrderedDict(1, 2)', OrderedDict, 1, 2)
c = Counter('abracadabra')
print c.most_common(3), c.most_common(1), c['a'], c['zzz'], sorted(c.elements()), len(c), sum(c.values())
print sorted(c.items()), c.most_common()[-1], repr(Counter()), Counter({'x': 2, 'y': -1})
c2 = Counter(a=1, b=5, z=2)
print sorted((c + c2).items()), sorted((c - c2).items()), sorted((c & c2).items()), sorted((c | c2).items())
c3 = Counter(['x', 'y', 'x'])
c3.update('xz')
c3.update({'y': 10})
print sorted(c3.items())
c3.subtract(['x', 'x', 'x', 'x'])
c3.subtract(y=1)
print sorted(c3.items()), sorted(c3.elements()), sorted((c3 + Counter()).items())
del c3['y']
del c3['not there']
print sorted(c3.items()), c3.copy() == c3, type(c3.copy()).__name__, Counter('aab') == Counter('aba'), Counter(a=1) == {'a': 1}
print Counter('hello world').most_common(2), sorted(Counter({'a': 3, 'b': 1}).elements()), hasattr(Counter, 'fromkeys')
show('Counter.fromkeys', Counter.fromkeys, 'abc')
show('Counter(1)', Counter, 1)
show('Counter + int', lambda: Counter() + 1)
show('most_common("x")', c.most_common, 'x')
