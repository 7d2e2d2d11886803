# Default arguments, keyword arguments, and their evaluation time.

def f(a, b=2, c='three'):
    return (a, b, c)


print f(1), f(1, 20), f(1, 20, 30), f(1, c=3), f(a=5), f(c=1, b=2, a=3), f(1, b=None)


def mutable_default(x, acc=[]):
    acc.append(x)
    return acc


print mutable_default(1), mutable_default(2), mutable_default(3, []), mutable_default(4)
counter = 10


def evaluated_once(x=counter * 2):
    return x


counter = 100
print evaluated_once(), evaluated_once(1)


def none_default(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print none_default(1), none_default(2)


def kwonly_style(a, b, c=None, d=None):
    return 'a=%r b=%r c=%r d=%r' % (a, b, c, d)


print kwonly_style(1, 2)
print kwonly_style(b=1, a=2, d=4)
print kwonly_style(1, d='dee', b='bee')
for bad in [lambda: kwonly_style(1), lambda: kwonly_style(1, 2, e=3), lambda: kwonly_style(1, 2, 3, 4, 5),
            lambda: kwonly_style(1, a=1), lambda: kwonly_style(c=1), lambda: f()]:
    try:
        bad()
    except TypeError, e:
        print 'TypeError:', e


def defaults_ref_earlier(a, b=(1, 2), c={'k': 'v'}, d=-1.5, e=2 ** 70, g=u'u'):
    return a, b, c, d, e, g


print defaults_ref_earlier(0)
print defaults_ref_earlier.func_defaults
print f.func_defaults, f.__defaults__, mutable_default.func_defaults
f.func_defaults = (200, 300)
print f(1)
f.func_defaults = None
try:
    f(1)
except TypeError, e:
    print 'TypeError:', e


def tuple_params(a, (b, c), d=4):
    return a, b, c, d


print tuple_params(1, (2, 3)), tuple_params(1, [5, 6], 7), tuple_params(1, 'xy')
try:
    tuple_params(1, (1, 2, 3))
except ValueError, e:
    print 'ValueError:', e


def nested_tuple(((a, b), c), d):
    return [a, b, c, d]


print nested_tuple(((1, 2), 3), 4)


def default_calls_func(x=len('abc')):
    return x


print default_calls_func()


class K(object):
    def m(self, x=1, y=2):
        return x * 10 + y


k = K()
print k.m(), k.m(5), k.m(y=9), K.m(k, 3, 4), K.m(k, y=0)
lam = lambda x, y=3: x + y
print lam(1), lam(1, 1), lam(y=0, x=-1)
print (lambda *a: a)(), (lambda **k: sorted(k.items()))(a=1, b=2)
