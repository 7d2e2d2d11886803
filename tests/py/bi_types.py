# type (1 and 3 args), isinstance, issubclass, object, basestring, super, property, classmethod, staticmethod.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print type(1).__name__, type(1L).__name__, type('').__name__, type(u'').__name__, type(None).__name__, type(type).__name__
print type(1) is int, type(object) is type, type(len).__name__, type([].append).__name__, type(xrange(1)).__name__
Base = type('Base', (object,), {'x': 1, 'hello': lambda self: 'hi from ' + type(self).__name__})
Derived = type('Derived', (Base,), {'y': 2, '__doc__': 'made by type'})
d = Derived()
print Base.__name__, Derived.__name__, Derived.__bases__[0].__name__, d.x, d.y, d.hello(), Derived.__doc__
print [c.__name__ for c in Derived.__mro__], Derived.__module__
show('type()', type)
show('type(1, 2)', type, 1, 2)
show('type("X", 1, {})', type, 'X', 1, {})
show('type("X", (), 1)', type, 'X', (), 1)
show('type("X", (int, str), {})', type, 'X', (int, str), {})
print isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int)))
print isinstance('a', basestring), isinstance(u'a', basestring), isinstance(1, basestring), isinstance(d, Base)
print isinstance(d, object), isinstance(None, object), isinstance(int, type), isinstance(1L, int)
print issubclass(bool, int), issubclass(int, bool), issubclass(Derived, (str, Base)), issubclass(str, basestring)
print issubclass(Derived, Derived), issubclass(type, object), issubclass(object, type)
show('isinstance(1, 1)', isinstance, 1, 1)
show('issubclass(1, int)', issubclass, 1, int)
show('issubclass(int, 1)', issubclass, int, 1)
show('basestring()', basestring)
o = object()
print type(o).__name__, object.__name__, object.__bases__, hasattr(o, '__dict__')
show('o.attr = 1', setattr, o, 'attr', 1)
show('object(1)', object, 1)


class A(object):
    def who(self):
        return 'A'

    @classmethod
    def make(cls, v):
        return cls.__name__ + ':' + str(v)

    @staticmethod
    def add(a, b):
        return a + b


class B(A):
    def who(self):
        return 'B>' + super(B, self).who()

    @classmethod
    def make(cls, v):
        return 'B.make ' + super(B, cls).make(v)


class C(B):
    def who(self):
        return 'C>' + super(C, self).who()


c = C()
print c.who(), C.make(1), B.make(2), A.make(3), c.make(4), A.add(1, 2), c.add(3, 4), C.add('x', 'y')
print super(C, c).who(), super(B, c).who(), type(super(C, c)).__name__
print type(A.__dict__['make']).__name__, type(A.__dict__['add']).__name__
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
print sm.__get__(None, A)('abc'), cm.__get__(None, C)(), cm.__get__(c)()
show('super(B, 1)', super, B, 1)
show('super()', super)


class Temp(object):
    def __init__(self):
        self._c = 0

    def _get(self):
        return self._c

    def _set(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v

    def _del(self):
        print 'deleting'
        self._c = None

    celsius = property(_get, _set, _del, 'temperature in C')

    @property
    def kelvin(self):
        return self._c + 273


t = Temp()
t.celsius = 25
print t.celsius, t.kelvin, Temp.celsius.__doc__, type(Temp.celsius).__name__
del t.celsius
print t.celsius
show('t.celsius = -300', setattr, t, 'celsius', -300)
show('t.kelvin = 1', setattr, t, 'kelvin', 1)
show('del t.kelvin', delattr, t, 'kelvin')
p2 = Temp.kelvin.setter(lambda self, v: setattr(self, '_c', v - 273))
print p2.fget is Temp.kelvin.fget, p2.fset is not None, Temp.kelvin.fdel
