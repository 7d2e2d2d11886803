# *args, **kwargs, and call-site f(*a, **k) unpacking.

def show(*args, **kwargs):
    return 'args=%r kwargs=%r' % (args, sorted(kwargs.items()))


print show()
print show(1, 2, 3)
print show(a=1, b=2)
print show(1, x='y')
print show(*[1, 2])
print show(*(3,))
print show(*'abc')
print show(**{'p': 1, 'q': 2})
print show(0, *[1, 2], **{'k': 'v'})
print show(0, k2=9, *[1], **{'k': 'v'})
print show(*xrange(4))
print show(*(i * i for i in range(3)))


def pos_and_star(a, b, *rest):
    return a, b, rest


print pos_and_star(1, 2), pos_and_star(1, 2, 3, 4), pos_and_star(*[1, 2, 3]), pos_and_star(1, *[2])
try:
    pos_and_star(1)
except TypeError, e:
    print 'TypeError:', e


def kw_and_star(a, b=10, **kw):
    return a, b, sorted(kw.items())


print kw_and_star(1), kw_and_star(1, 2, c=3), kw_and_star(a=1, z=26), kw_and_star(**{'a': 0, 'b': 1, 'c': 2})
try:
    kw_and_star(1, a=2)
except TypeError, e:
    print 'TypeError:', e
try:
    show(**{1: 2})
except TypeError, e:
    print 'TypeError:', e
try:
    show(*5)
except TypeError, e:
    print 'TypeError:', e
try:
    show(**[1])
except TypeError, e:
    print 'TypeError:', e


def full(a, b=2, *args, **kwargs):
    return (a, b, args, sorted(kwargs.items()))


print full(1)
print full(1, 2, 3, 4, x=5)
print full(b=7, a=6, y=8)
print full(*[1, 2, 3], **{'z': 0})


def forward(*a, **k):
    return full(*a, **k)


print forward(9, 8, 7, q=1)


def modify_kwargs(**kw):
    kw['added'] = True
    return kw


src = {'x': 1}
res = modify_kwargs(**src)
print sorted(res.items()), src


def count_args(*args):
    return len(args)


print count_args(*range(100)), count_args(*[]), count_args(*[[]])
print max(*[3, 9, 2]), min(4, *[7, 1]), zip(*[(1, 'a'), (2, 'b')]), map(None, *[[1, 2], [3, 4]])
print dict(a=1, b=2) == {'a': 1, 'b': 2}, sorted(dict([(1, 2)], x=3).items())


def star_types(*args, **kwargs):
    return type(args).__name__, type(kwargs).__name__


print star_types()


class Obj(object):
    def method(self, *args, **kw):
        return len(args), sorted(kw)


print Obj().method(1, 2, k=3), Obj.method(Obj(), *[1], **{'a': 1})
print (lambda a, *b, **c: (a, b, c))(1, 2, 3)
print '%s-%s' % tuple(['x', 'y']), '{0}{1}{k}'.format(*['a', 'b'], **{'k': 'c'})
