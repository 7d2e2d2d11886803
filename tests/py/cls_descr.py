# Descriptors: __get__, __set__, __delete__, data vs non-data precedence.

class Verbose(object):
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner):
        print '(get %s obj=%s owner=%s)' % (self.name, obj is not None, owner.__name__),
        if obj is None:
            return self
        return obj.__dict__.get('_' + self.name, 'unset')

    def __set__(self, obj, value):
        print '(set %s %r)' % (self.name, value),
        obj.__dict__['_' + self.name] = value

    def __delete__(self, obj):
        print '(delete %s)' % self.name,
        del obj.__dict__['_' + self.name]


class NonData(object):
    def __get__(self, obj, owner):
        return 'nondata from descriptor'


class Host(object):
    a = Verbose('a')
    nd = NonData()


h = Host()
print h.a
h.a = 5
print h.a
del h.a
print h.a
print type(Host.a).__name__
print h.nd
h.__dict__['nd'] = 'instance dict wins over non-data'
print h.nd
h.__dict__['a'] = 'instance dict loses to data descriptor'
print h.a


class Typed(object):
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, not %s' % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value


class Point(object):
    x = Typed('x', int)
    y = Typed('y', int)

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print p.x, p.y
try:
    p.x = 'one'
except TypeError, e:
    print 'TypeError:', e


class Method(object):
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, owner):
        def bound(*args):
            return self.f(obj, *args)
        return bound


class UsesMethod(object):
    def __init__(self, v):
        self.v = v

    @Method
    def add(self, n):
        return self.v + n


print UsesMethod(10).add(5)


def plain(self):
    return 'plain function bound to ' + type(self).__name__


bm = plain.__get__(Point(0, 0), Point)
print bm(), type(bm).__name__
um = plain.__get__(None, Point)
print type(um).__name__, repr(um).startswith('<unbound method Point.plain')


class Counter(object):
    def __init__(self):
        self.gets = 0

    def __get__(self, obj, owner):
        self.gets += 1
        return self.gets


class C(object):
    c = Counter()


obj = C()
print obj.c, obj.c, C.c, C.__dict__['c'].gets


class SetOnly(object):
    def __set__(self, obj, value):
        print '(SetOnly.__set__ %r)' % value,


class S(object):
    d = SetOnly()


s = S()
s.d = 1
print
print type(s.d).__name__
s.__dict__['d'] = 'in dict'
print type(s.d).__name__
print property.__get__.__name__, hasattr(property, '__set__'), hasattr(staticmethod, '__set__')
