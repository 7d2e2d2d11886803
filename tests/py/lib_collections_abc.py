# collections ABCs and abc: registration, subclass hooks, abstract instantiation errors, mixin methods of Set/Mapping/Sequence.
import abc
import collections
from collections import namedtuple


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


class Shape(object):
    __metaclass__ = abc.ABCMeta

    @abc.abstractmethod
    def area(self):
        return 0

    @abc.abstractproperty
    def name(self):
        return 'shape'

    def describe(self):
        return '%s with area %s' % (self.name, self.area())


show('Shape()', Shape)


class Half(Shape):
    def area(self):
        return 1


show('Half()', Half)


class Square(Half):
    name = 'square'

    def area(self):
        return super(Square, self).area() * 4


print Square().describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__
print isinstance(Square(), Shape), issubclass(Square, Shape), issubclass(int, Shape)


class Duck(object):
    def area(self):
        return 'quack'


Shape.register(Duck)
print issubclass(Duck, Shape), isinstance(Duck(), Shape), Duck in Shape.__subclasses__(), Shape.register(Square)
show('register instance', Shape.register, Duck())
show('register cycle', Square.register, Shape)


class OldStyle:
    pass


collections.Hashable.register(OldStyle)
print issubclass(OldStyle, collections.Hashable), isinstance(OldStyle(), collections.Sized)


class MyMap(collections.MutableMapping):
    def __init__(self, *args, **kw):
        self.store = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self.store[k]

    def __setitem__(self, k, v):
        self.store[k] = v

    def __delitem__(self, k):
        del self.store[k]

    def __iter__(self):
        return iter(sorted(self.store))

    def __len__(self):
        return len(self.store)


m = MyMap([('b', 2)], a=1)
print m.keys(), m.items(), m.values(), m.get('zz', 'd'), 'a' in m, m.pop('a'), m.setdefault('c', 3), len(m)
print m == {'b': 2, 'c': 3}, m != {'b': 2}, list(m.iteritems()), m.popitem(), m.keys()
m.clear()
print len(m), isinstance(m, collections.Mapping), isinstance(m, dict)
show('pop empty', m.pop, 'x')
show('popitem empty', m.popitem)
show('update 2', m.update, 1, 2)
show('MyMap abstract', collections.MutableMapping)


class MySeq(collections.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(3, 1, 3, 2)
print list(s), 3 in s, 5 in s, s.index(3), s.count(3), list(reversed(s)), len(s)
show('index missing', s.index, 9)


class MySet(collections.Set):
    def __init__(self, items):
        self.items = list(items)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, a < MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([7])
print type(a & b).__name__, MySet([1])._hash() == frozenset([1]).__hash__(), a == set([1, 2, 3]), sorted(a & [1, 2])
print [isinstance(x, collections.Hashable) for x in (1, [], {}, (), set(), frozenset(), 'x', None)]
print [isinstance(x, collections.Iterable) for x in (1, [], 'x', u'y', iter([]), xrange(2))]
print [isinstance(x, collections.Sized) for x in (1, [], 'x', {}, xrange(2), iter([]))]
print [isinstance(x, collections.Container) for x in ([], 'x', {}, 1, set())]
print [isinstance(x, collections.Callable) for x in (len, lambda: 0, 1, int, MySeq)]
print [issubclass(t, collections.Sequence) for t in (list, tuple, str, unicode, xrange, dict, set)]
print [issubclass(t, collections.Set) for t in (set, frozenset, list, type({}.viewkeys()))]
print [issubclass(t, collections.MutableSet) for t in (set, frozenset)]
print [issubclass(t, collections.Iterator) for t in (type(iter([])), list, type(x for x in ()))]
P = namedtuple('P', 'a b')
print isinstance(P(1, 2), collections.Sequence), isinstance(P(1, 2), collections.Hashable), issubclass(collections.OrderedDict, collections.MutableMapping)
print collections.KeysView({'a': 1}), sorted(collections.ItemsView({'a': 1, 'b': 2})), list(collections.ValuesView({'x': 5}))
print sorted(collections.__all__)
