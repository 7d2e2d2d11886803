# collections.namedtuple: fields, _make, _replace, _asdict, _fields, rename, subclassing, errors; plus ABCs checks.
from collections import namedtuple
import collections


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print p, repr(p), p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p), p == (1, 2), Point._fields, Point.__name__
x, y = p
print x, y, p + (3,), p * 2, p[::-1], sorted([Point(2, 1), Point(1, 5)]), max(Point(3, 0), Point(1, 9))
print p._replace(x=100), p, p._asdict(), type(p._asdict()).__name__, Point._make([7, 8]), Point._make(iter('ab'))
print hash(p) == hash((1, 2)), isinstance(p, tuple), issubclass(Point, tuple), p.count(1), p.index(2), p.__dict__
P3 = namedtuple('P3', ['a', 'b', 'c'], verbose=False)
print P3(1, 2, 3), P3._fields, P3(*range(3))._asdict().items()
R = namedtuple('R', 'def x x _y good', rename=True)
print R._fields, R(1, 2, 3, 4, 5)
Comma = namedtuple('Comma', 'a, b,c')
print Comma._fields, Comma(1, 2, 3)


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print v, v.norm2, v + Vec(1, 1), v._replace(y=0), type(v._replace(y=0)).__name__, Vec._fields
Empty = namedtuple('Empty', '')
print Empty(), Empty._fields, len(Empty())
show('too few', Point, 1)
show('too many', Point, 1, 2, 3)
show('bad kw', Point, 1, z=2)
show('_make wrong len', Point._make, [1])
show('_replace bad field', p._replace, z=1)
show('setattr field', setattr, p, 'x', 5)
show('bad type name', namedtuple, 'bad name', 'x')
show('keyword field', namedtuple, 'T', 'x class')
show('underscore field', namedtuple, 'T', '_x')
show('duplicate field', namedtuple, 'T', 'x x')
show('digit field', namedtuple, 'T', '1x')
show('p.z', getattr, p, 'z')
print isinstance([], collections.Sequence), isinstance({}, collections.Mapping), isinstance(set(), collections.Set), isinstance(1, collections.Hashable)
print isinstance(iter([]), collections.Iterator), isinstance([], collections.Iterable), isinstance(len, collections.Callable), isinstance('', collections.Sized)
print issubclass(list, collections.MutableSequence), issubclass(tuple, collections.MutableSequence), issubclass(dict, collections.MutableMapping), isinstance(p, collections.Sequence)
