# Comparison special methods, __cmp__, __hash__/__eq__ and dict keys.

class R(object):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'R(%r)' % self.v

    def __lt__(self, o):
        print '(lt)',
        return self.v < o.v

    def __le__(self, o):
        print '(le)',
        return self.v <= o.v

    def __eq__(self, o):
        print '(eq)',
        return isinstance(o, R) and self.v == o.v

    def __ne__(self, o):
        print '(ne)',
        return not (isinstance(o, R) and self.v == o.v)

    def __gt__(self, o):
        print '(gt)',
        return self.v > o.v

    def __ge__(self, o):
        print '(ge)',
        return self.v >= o.v

    def __hash__(self):
        return hash(self.v)


a, b = R(1), R(2)
print a < b, a <= b, a == b, a != b, a > b, a >= b
print sorted([R(3), R(1), R(2)])
print R(1) in [R(0), R(1)]
d = {R(1): 'one', R(2): 'two'}
print d[R(2)], R(1) in d, len(d)


class C(object):
    def __init__(self, v):
        self.v = v

    def __cmp__(self, o):
        print '(cmp %r %r)' % (self.v, getattr(o, 'v', o)),
        return cmp(self.v, getattr(o, 'v', o))

    def __repr__(self):
        return 'C(%r)' % self.v


print C(1) < C(2), C(2) == C(2), C(3) >= C(4), C(1) != C(1), C(5) > 3, 3 < C(5)
print cmp(C(1), C(0)), sorted([C(2), C(0), C(1)]), max(C(7), C(9)), min([C(4), C(3)])


class Key(object):
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()

    def __hash__(self):
        return hash(self.k.lower())

    def __repr__(self):
        return 'Key(%r)' % self.k


d = {}
for k in ['Alpha', 'alpha', 'BETA', 'beta', 'Gamma']:
    d[Key(k)] = d.get(Key(k), 0) + 1
print sorted(d.items(), key=lambda kv: kv[0].k)
print Key('ALPHA') in d, Key('delta') in d
print set([Key('x'), Key('X'), Key('y')]) == set([Key('x'), Key('y')])


class ConstHash(object):
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, o):
        return self.n == o.n

    def __repr__(self):
        return 'CH%d' % self.n


d = dict((ConstHash(i), i) for i in range(6))
print sorted(d.values()), d[ConstHash(4)]
print hash(ConstHash(1)), hash(Key('AbC')) == hash('abc')


class Unhashable(object):
    __hash__ = None


try:
    {Unhashable(): 1}
except TypeError, e:
    print 'TypeError:', e


class EqOnly(object):
    def __eq__(self, o):
        return True


print EqOnly() == 5, EqOnly() != 5, 5 == EqOnly()


class Reflect(object):
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return 'Reflect.__lt__(%r)' % (o,)

    def __gt__(self, o):
        return 'Reflect.__gt__(%r)' % (o,)


print 3 < Reflect(1), Reflect(1) > 3, 'a' > Reflect(2)


class NoCmp(object):
    pass


x, y = NoCmp(), NoCmp()
print x == x, x == y, x != y, x is x


class Str(str):
    def __eq__(self, o):
        return 'Str.__eq__'


print Str('a') == 'a', 'a' == Str('a')
print sorted([R(2), R(1)], reverse=True)
print [1, R(2)] == [1, R(2)]
