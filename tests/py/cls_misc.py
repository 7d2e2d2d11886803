# __call__, __nonzero__, __len__ truth, __repr__/__str__, __enter__/__exit__, __format__, __unicode__.

class Fn(object):
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=1, *rest, **kw):
        return self.k * x + y, rest, sorted(kw.items())


f = Fn(10)
print f(2), f(2, 3), f(1, 2, 3, 4), f(1, z=5), callable(f), callable(Fn), callable(3)
print map(Fn(2), [1, 2, 3])


class T(object):
    def __init__(self, v):
        self.v = v

    def __nonzero__(self):
        print '(nonzero)',
        return self.v > 0


class L(object):
    def __len__(self):
        print '(len)',
        return 0


class Both(object):
    def __nonzero__(self):
        return True

    def __len__(self):
        return 0


for obj in [T(1), T(0), L(), Both()]:
    if obj:
        print 'true'
    else:
        print 'false'
print not T(1), bool(T(-1)), T(1) and 'yes', T(0) or 'fallback'


class RS(object):
    def __repr__(self):
        return 'RS-repr'

    def __str__(self):
        return 'RS-str'


class OnlyRepr(object):
    def __repr__(self):
        return 'OnlyRepr()'


class OnlyStr(object):
    def __str__(self):
        return 'OnlyStr-str'


x = RS()
print x, repr(x), str(x), [x], (x,), {'k': x}, '%s %r' % (x, x), `x`
print OnlyRepr(), str(OnlyRepr()), [OnlyRepr()]
print OnlyStr(), '%s' % OnlyStr()


class Ctx(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print 'enter', self.name
        return self.name.upper()

    def __exit__(self, t, v, tb):
        print 'exit', self.name, t and t.__name__, v
        return False


with Ctx('a') as val:
    print 'inside', val
try:
    with Ctx('b'):
        raise KeyError('boom')
except KeyError, e:
    print 'propagated', e


class Fmt(object):
    def __format__(self, spec):
        return 'Fmt[%s]' % spec


print format(Fmt(), 'xyz'), '{0:abc}'.format(Fmt()), '{0}'.format(Fmt())


class U(object):
    def __unicode__(self):
        return u'unicode!'

    def __str__(self):
        return 'str!'


print unicode(U()), str(U())


class Idx(object):
    def __index__(self):
        return 2


print [1, 2, 3, 4][Idx()], 'abcd'[Idx():], range(10)[:Idx()]


class Hashy(object):
    def __hash__(self):
        return 12345


print hash(Hashy())


class InstCheck(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'

    def __subclasscheck__(cls, sub):
        return sub is int


class Abstract(object):
    __metaclass__ = InstCheck


print isinstance('magic', Abstract), isinstance('other', Abstract), issubclass(int, Abstract), issubclass(str, Abstract)


class Dir(object):
    a = 1

    def __init__(self):
        self.b = 2


print [n for n in dir(Dir()) if not n.startswith('__')]


class Sized(object):
    def __len__(self):
        return 3

    def __iter__(self):
        return iter([1, 2, 3])


print len(Sized()), list(Sized()), sum(Sized())
