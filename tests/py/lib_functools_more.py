# functools: total_ordering from each root method (generated names, docs, NotImplemented), wraps/update_wrapper edge cases, cmp_to_key objects.
import functools


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


def make(root):
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: self.v == o.v,
          '__repr__': lambda self: 'O(%d)' % self.v}
    ops = {'__lt__': lambda s, o: s.v < o.v, '__le__': lambda s, o: s.v <= o.v,
           '__gt__': lambda s, o: s.v > o.v, '__ge__': lambda s, o: s.v >= o.v}
    ns[root] = ops[root]
    return functools.total_ordering(type('By' + root.strip('_'), (object,), ns))


for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    C = make(root)
    a, b, c = C(1), C(2), C(1)
    print C.__name__, [a < b, a <= b, a > b, a >= b, a == c, a != c, b <= a, a >= c, b > a]
    added = sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__', '__ne__') if n != root and n in C.__dict__)
    print '  added', added, [C.__dict__[n].__name__ for n in added], C.__dict__[added[0]].__doc__


@functools.total_ordering
class Both(object):
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __gt__(self, o):
        print 'gt',
        return self.v > o.v

    def __le__(self, o):
        print 'le',
        return self.v <= o.v


print Both(1) < Both(2), Both(1) >= Both(2), Both.__lt__.__name__


show('int subclass', functools.total_ordering, type('FromInt', (int,), {}))
FromStr = functools.total_ordering(type('FromStr', (str,), {}))
print FromStr('a') < FromStr('b'), '__ne__' in FromStr.__dict__, FromStr('b') >= 'a'


class Classic:
    def __lt__(self, o):
        return True


show('classic', lambda: functools.total_ordering(Classic).__name__)
show('no ordering', functools.total_ordering, type('X', (object,), {}))


def original(a, b=2):
    "original doc"
    return a + b


original.attr = 'kept'


def wrapper(*args):
    return original(*args)


functools.update_wrapper(wrapper, original)
print wrapper.__name__, wrapper.__doc__, wrapper.__module__, wrapper.attr, wrapper(1), hasattr(wrapper, '__wrapped__')
show('wrap builtin', lambda: functools.update_wrapper(lambda: 0, len).__name__)
w2 = functools.update_wrapper(lambda: 0, len, updated=())
print w2.__name__, w2.__doc__.splitlines()[0], w2.__module__


class Holder(object):
    pass


show('missing attr', functools.update_wrapper, Holder(), object(), ('__name__',), ())
h = functools.update_wrapper(Holder(), original, ('__doc__',), ('__dict__',))
print h.__doc__, h.attr, sorted(vars(h))


def deco(f):
    @functools.wraps(f, assigned=('__name__',), updated=())
    def inner():
        return f()
    return inner


@deco
def named():
    "doc lost"
    return 'named result'


print named.__name__, named.__doc__, named()
w = functools.wraps(original)
print type(w).__name__, sorted(w.keywords), w.func is functools.update_wrapper


def numeric(a, b):
    print '(%s,%s)' % (a, b),
    return a - b


K = functools.cmp_to_key(numeric)
print sorted([3, 1, 2], key=K)
k1, k2 = K(1), K(2)
print k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, k1.obj, K.__name__, K.__slots__
show('setattr', setattr, k1, 'other', 5)
show('K() no args', K)
print K(1, 'extra', 'args').obj, min([5, 3, 9], key=K), max(['a', 'bb'], key=functools.cmp_to_key(lambda x, y: len(x) - len(y)))
show('compare with non-K', lambda: K(1) < 5)
print functools.reduce(lambda a, b: a + [b], 'abc', []), functools.partial(divmod, 7)(2), functools.WRAPPER_ASSIGNMENTS
