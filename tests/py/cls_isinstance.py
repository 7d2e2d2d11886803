# isinstance/issubclass, type(), unbound methods and their errors, bound method identity.

class A(object):
    def m(self):
        return 'A.m'


class B(A):
    pass


class C(object):
    pass


class Old:
    def m(self):
        return 'Old.m'


a, b, c = A(), B(), C()
print isinstance(b, A), isinstance(a, B), isinstance(c, (A, C)), isinstance(c, (A, B))
print issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(A, object)
print isinstance(1, int), isinstance(1L, int), isinstance(True, int), isinstance(1, (str, long))
print isinstance('s', basestring), isinstance(u's', basestring), isinstance(u's', str)
print isinstance(Old(), Old), isinstance(Old(), object), isinstance(Old, type)
print isinstance(A, type), isinstance(int, type), isinstance(type, type), isinstance(type, object)
print issubclass(bool, int), issubclass(int, bool), issubclass(list, object)
print type(a).__name__, type(1).__name__, type('').__name__, type(None).__name__, type(A).__name__
print type(Old()).__name__, type(Old).__name__, type(len).__name__, type(a.m).__name__, type(A.m).__name__
print type(type).__name__, type(object).__name__, type(1.5).__name__, type([]).__name__, type(()).__name__
print type({}).__name__, type(set()).__name__, type(frozenset()).__name__, type(1j).__name__, type(2 ** 70).__name__
print type(xrange(1)).__name__, type(iter([])).__name__, type(slice(1)).__name__, type(NotImplemented).__name__
print type(Ellipsis).__name__, type(u'').__name__, type(bytearray()).__name__, type(True).__name__
print A.m(a), A.m(b), B.m(b)
try:
    A.m(c)
except TypeError, e:
    print 'TypeError:', e
try:
    A.m()
except TypeError, e:
    print 'TypeError:', e
try:
    B.m(a)
except TypeError, e:
    print 'TypeError:', e
try:
    Old.m(1)
except TypeError, e:
    print 'TypeError:', e
try:
    A.m(1, 2)
except TypeError, e:
    print 'TypeError:', e
try:
    a.m(1)
except TypeError, e:
    print 'TypeError:', e
print repr(A.m), repr(Old.m), repr(B.m)
print a.m == a.m, a.m is a.m, A.m == A.m, A.m is A.m, a.m == b.m
print A.m.im_self, A.m.im_class.__name__, b.m.im_class.__name__, A.m.im_func is A.__dict__['m']
print B.m.im_class.__name__, A.__dict__['m'].__name__, type(A.__dict__['m']).__name__
try:
    isinstance(1, 1)
except TypeError, e:
    print 'TypeError:', e
try:
    issubclass(1, int)
except TypeError, e:
    print 'TypeError:', e
print type(1) is int, type(True) is bool, type(1) == type(2), type(b) is not A
print type('x', (), {}).__name__, type('x', (), {}).__bases__[0].__name__
print int.__name__, int.__bases__[0].__name__, bool.__bases__[0].__name__
