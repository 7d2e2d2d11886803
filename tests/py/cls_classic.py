# Classic (old-style) classes.

class Old:
    x = 1

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class OldChild(Old):
    def get(self):
        return 'child ' + str(Old.get(self))


class A:
    def who(self):
        return 'A'


class B(A):
    pass


class C(A):
    def who(self):
        return 'C'


class D(B, C):
    pass


o = Old(5)
c = OldChild(6)
print o.get(), c.get(), o.x, c.x
print type(o).__name__, o.__class__.__name__, c.__class__.__bases__[0].__name__
print isinstance(c, Old), isinstance(o, OldChild), issubclass(OldChild, Old)
print D().who()
print [k.__name__ for k in D.__bases__]
print type(Old).__name__, type(Old()).__name__ if False else type(o).__name__
print hasattr(Old, '__mro__'), Old.__name__, Old.__module__
o.y = 'dyn'
print sorted(o.__dict__.items())


class WithSpecial:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return WithSpecial(self.v + other.v)

    def __repr__(self):
        return 'WS(%r)' % self.v

    def __str__(self):
        return 'ws%s' % self.v

    def __len__(self):
        return self.v

    def __getitem__(self, i):
        if i >= self.v:
            raise IndexError(i)
        return i * 10

    def __cmp__(self, other):
        return cmp(self.v, other.v)

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return 'missing:' + name

    def __call__(self, *args):
        return 'called with %r' % (args,)

    def __nonzero__(self):
        return self.v != 0


w = WithSpecial(3) + WithSpecial(4)
print w, repr(w), str(w), len(w), w[2], list(w), w.anything
print WithSpecial(1) < WithSpecial(2), WithSpecial(2) == WithSpecial(2), sorted([WithSpecial(3), WithSpecial(1)])
print w(1, 2), bool(WithSpecial(0)), bool(w)
print [x for x in WithSpecial(4)], 20 in WithSpecial(3), 30 in WithSpecial(3)


class Coerce:
    def __init__(self, v):
        self.v = v

    def __coerce__(self, other):
        if isinstance(other, int):
            return (self.v, other)
        return None


print Coerce(5) + 3, 10 - Coerce(4), Coerce(2) * 7


class Mixed(Old, object):
    pass


print type(Mixed).__name__, [k.__name__ for k in Mixed.__mro__]
try:
    Old.get(5)
except TypeError, e:
    print 'TypeError:', e
print Old.get(o), Old.get.__name__


class Greedy:
    def __getattr__(self, name):
        print '(Greedy.__getattr__ %s)' % name,
        raise AttributeError(name)


g = Greedy()
try:
    g + 1
except TypeError, e:
    print 'TypeError:', e
print bool(g), repr(g)[:17]
try:
    len(g)
except AttributeError, e:
    print 'AttributeError:', e
