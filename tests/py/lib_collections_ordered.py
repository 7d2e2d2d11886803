# collections.OrderedDict and Counter beyond mod_collections_dicts: subclasses, recursion in repr, __reduce__, views, update forms, Counter tie order and operators.
from collections import OrderedDict, Counter
import collections


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


od = OrderedDict()
od['self'] = od
od['x'] = [od]
print repr(od), str(od)
od = OrderedDict.fromkeys('dcba')
print od, od.keys(), OrderedDict.fromkeys([3, 1, 2], 'v').items()
od.update({'z': 1})
od.update([('y', 2)], w=3)
od.update(OrderedDict([('a', 'A'), ('q', 'Q')]))
print od.items()
show('update 2 args', od.update, {}, {})
show('update no self', OrderedDict.update)
show('init kw', OrderedDict, a=1)
print od.pop('q'), od.pop('missing', None), od.setdefault('a', 'unused'), od.setdefault('new', 'N'), od.keys()[-1]
show('pop missing', od.pop, 'missing')
od2 = OrderedDict(od)
print od2 == od, od2 is od, od2.keys() == od.keys()
del od2['d']
od2['d'] = None
print od2 == od, dict(od2) == dict(od), od2 != od, od == dict(od), dict(od) == od
r = od.__reduce__()
print r[0].__name__, r[1][0][:3], len(r)
od.extra = 'attr'
r = od.__reduce__()
print len(r), r[2]
print sorted(vars(OrderedDict()).keys())
print list(reversed(OrderedDict([(1, 2), (3, 4)]))), list(OrderedDict([(1, 2), (3, 4)]).itervalues())
kv = OrderedDict([('a', 1), ('b', 2), ('c', 3)]).viewkeys()
print kv & set('ab'), kv | set('x'), kv - set('a'), 'a' in kv, len(kv), list(kv)
iv = OrderedDict([('a', 1)]).viewitems()
print ('a', 1) in iv, ('a', 2) in iv, list(iv), list(OrderedDict([('a', 1)]).viewvalues())
od3 = OrderedDict([('k1', 1), ('k2', 2), ('k3', 3)])
print od3.popitem(), od3.popitem(False), od3, len(od3)
od3.clear()
print od3, len(od3), od3.keys()


class Sub(OrderedDict):
    def __setitem__(self, key, value):
        print 'set', key,
        OrderedDict.__setitem__(self, key, value)


s = Sub([('a', 1)], b=2)
print
s.setdefault('c', 3)
print
c = s.copy()
print
print type(c).__name__, c, repr(Sub())
print isinstance(od, collections.MutableMapping), isinstance(od, dict), issubclass(OrderedDict, collections.Mapping)

c = Counter('aabbbcccdde')
print c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1)
print repr(c), str(Counter({'b': 2, 'a': 2, 'c': 2}))
print Counter(a=2) + Counter(a=-2), Counter(a=2) - Counter(a=3), Counter(a=-1) | Counter(), Counter(a=3) & Counter(a=-1)
print sorted((Counter(a=1, b=2) - Counter(b=5, c=-2)).items())
c2 = Counter()
c2.update(Counter(x=2))
c2.update(Counter(x=3, y=1))
c2.update({'z': 0})
c2.subtract({'x': 10})
c2.subtract('yy')
print sorted(c2.items()), c2['nothing'], 'nothing' in c2
c3 = Counter({'a': 1})
c3['b'] += 5
c3['a'] -= 1
print sorted(c3.items()), list(c3.elements()), sorted((c3 + Counter()).items())
show('Counter 2 args', Counter, 'a', 'b')
show('update 2 args', c3.update, 'a', 'b')
show('subtract no self', Counter.subtract)
show('elements bad count', lambda: list(Counter({'a': 1.5}).elements()))
print Counter('abc') == Counter('cba'), Counter() == {}, Counter(a=0) == Counter(), len(Counter(a=0))
print c3.__reduce__()[0].__name__, sorted(c3.__reduce__()[1][0].items()), type(c3.copy()).__name__
print Counter(['x', 'y', 'x']).most_common(1), Counter(iter('zzy')), Counter({1: 1}).get(2, 'dflt')
