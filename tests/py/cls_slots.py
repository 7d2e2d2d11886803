# __slots__.

class P(object):
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.y)


p = P(1, 2)
print p, p.x, p.y, hasattr(p, '__dict__')
p.x = 10
print p
try:
    p.z = 3
except AttributeError, e:
    print 'AttributeError:', e
del p.y
try:
    print p.y
except AttributeError, e:
    print 'AttributeError:', e
p.y = 'back'
print p
print type(P.__dict__['x']).__name__, P.__slots__


class P3(P):
    __slots__ = ('z',)


q = P3(1, 2)
q.z = 3
print q, q.z, hasattr(q, '__dict__')
try:
    q.w = 4
except AttributeError, e:
    print 'AttributeError:', e


class Loose(P):
    pass


l = Loose(5, 6)
l.anything = 'ok'
print l, l.anything, l.__dict__


class WithDict(object):
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a = 1
w.b = 2
print w.a, w.b, w.__dict__


class Single(object):
    __slots__ = 'only'


s = Single()
s.only = 'one'
print s.only, Single.__slots__
try:
    s.other = 1
except AttributeError, e:
    print 'AttributeError:', e


class Empty(object):
    __slots__ = ()


try:
    Empty().x = 1
except AttributeError, e:
    print 'AttributeError:', e


class Default(object):
    __slots__ = ('v',)
    other = 'class attr'


d = Default()
print d.other
try:
    d.other = 'x'
except AttributeError, e:
    print 'AttributeError:', e
pts = [P(i, i * i) for i in range(5)]
print pts, sum(pt.y for pt in pts)
