# property, classmethod, staticmethod.

class Temp(object):
    def __init__(self, c):
        self._c = c

    def get_f(self):
        print '(get_f)',
        return self._c * 9.0 / 5 + 32

    def set_f(self, f):
        print '(set_f %r)' % f,
        self._c = (f - 32) * 5.0 / 9

    def del_f(self):
        print '(del_f)',
        self._c = None

    f = property(get_f, set_f, del_f, 'fahrenheit')

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v

    @staticmethod
    def kelvin(c):
        return c + 273.15

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temp(100)
print t.f, t.c
t.f = 32
print t.c
del t.f
print t.c
t.c = 25
print t.c, t.f
try:
    t.c = -300
except ValueError, e:
    print 'ValueError', e
print Temp.kelvin(0), t.kelvin(100), Temp.freezing().c, type(t.freezing()).__name__
print type(Temp.__dict__['f']).__name__, Temp.f.__doc__, Temp.__dict__['c'].fget.__name__
print type(Temp.__dict__['kelvin']).__name__, type(Temp.__dict__['freezing']).__name__


class RO(object):
    @property
    def value(self):
        return 42


r = RO()
print r.value
try:
    r.value = 1
except AttributeError, e:
    print 'AttributeError', e
try:
    del r.value
except AttributeError, e:
    print 'AttributeError', e


class Sub(Temp):
    @classmethod
    def freezing(cls):
        obj = super(Sub, cls).freezing()
        obj.tag = 'sub'
        return obj


s = Sub.freezing()
print type(s).__name__, s.tag, s.c


class Lazy(object):
    calls = 0

    @property
    def expensive(self):
        Lazy.calls += 1
        return sum(range(100))


l = Lazy()
print l.expensive, l.expensive, Lazy.calls


class Circle(object):
    def __init__(self, r):
        self.r = r

    area = property(lambda self: 3 * self.r * self.r)
    diameter = property(lambda self: 2 * self.r, lambda self, d: setattr(self, 'r', d / 2))


ci = Circle(5)
print ci.area, ci.diameter
ci.diameter = 20
print ci.r, ci.area
p = property()
try:
    p.__get__(ci, Circle)
except AttributeError, e:
    print 'AttributeError', e
print Temp.c.__get__(t, Temp), Temp.f.fget(t)
sm = staticmethod(len)
print sm.__get__(None, object)('abc')
cm = classmethod(lambda cls, x: (cls.__name__, x))
print cm.__get__(None, Circle)(9), cm.__get__(ci)(8)
