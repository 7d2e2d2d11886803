# collections.namedtuple beyond mod_collections_namedtuple: verbose source, argument errors, pickling protocol, rename rules, class attributes.
from collections import namedtuple, OrderedDict
import copy


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


Pt = namedtuple('Pt', 'x, y z', verbose=True)
print Pt.__doc__, Pt.__new__.__doc__, Pt._make.__doc__, Pt._replace.__doc__
print Pt.x.__doc__, Pt.z.__doc__, Pt.__module__, Pt.__name__, Pt.__bases__, Pt.__slots__
p = Pt(1, z=3, y=2)
print p, p.__getnewargs__(), p.__getstate__(), vars(p), p._asdict() == OrderedDict([('x', 1), ('y', 2), ('z', 3)])
print p.__reduce_ex__(2)[1], copy.copy(p), copy.deepcopy(p), copy.copy(p) == p
show('multiple', Pt, 1, 2, 3, x=4)
show('multiple kw', Pt, 1, x=2)
show('missing two', Pt, 1)
show('missing kw', Pt, x=1, y=2)
show('extra kw', Pt, 1, 2, 3, w=4)
show('no args', Pt)
show('_cls kw', Pt, 1, 2, 3, _cls=0)
show('_make long', Pt._make, range(4))
show('_make not iterable', Pt._make, 5)
show('_replace two bad', p._replace, q=1, r=2)
print p._replace(), p._replace(z=30, x=10), Pt(**{'x': 'a', 'y': 'b', 'z': 'c'}), Pt(*'abc')
One = namedtuple('One', 'only')
show('One()', One)
show('One(1, 2)', One, 1, 2)
print One(5), One(only=6), One._fields, repr(One(None))
Zero = namedtuple('Zero', [])
show('Zero(1)', Zero, 1)
print Zero(), Zero._make([]), Zero()._asdict(), hash(Zero()) == hash(())
print namedtuple('R', ['a', 'a', 'b', '1', 'def', '_x', 'ok'], rename=True)._fields
print namedtuple('U', u'alpha beta')._fields, namedtuple(u'UName', 'a').__name__
show('non-str field', namedtuple, 'T', ['a', 3])
show('space in type', namedtuple, 'T T', 'a')
show('empty type', namedtuple, '', 'a')
show('keyword type', namedtuple, 'class', 'a')
show('digit type', namedtuple, '9T', 'a')
show('dash field', namedtuple, 'T', 'a-b')
Big = namedtuple('Big', ' '.join('f%d' % i for i in range(12)))
b = Big(*range(12))
print b, b.f11, b[5:8], b._fields[-1], len(Big._fields)


class Child(Pt):
    'a child'
    def total(self):
        return self.x + self.y + self.z


c = Child(1, 2, 3)
print c, c.total(), type(c._replace(x=5)).__name__, Child._make([0, 0, 0]).total(), Child.__doc__, hasattr(c, '__dict__')
c2 = Child(4, 5, 6)
c2.extra = 'ok'
print c2.extra, sorted(c2.__dict__)
print sorted([Pt(2, 1, 0), Pt(1, 9, 9), Pt(1, 2, 3)]), Pt(1, 2, 3) < (1, 2, 4), Pt(1, 2, 3) == Child(1, 2, 3)
print dict(zip(Pt._fields, p)), [f for f in p], p.count(2), p.index(3), p + p, 2 * One(1)
show('setattr', setattr, p, 'x', 9)
show('delattr', delattr, p, 'x')
show('new attr', setattr, p, 'w', 9)
