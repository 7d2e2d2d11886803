# functools: partial (call, attributes, nesting, kwargs), reduce, wraps, update_wrapper, total_ordering, cmp_to_key.
import functools
from functools import partial


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


def power(base, exp=2, mod=None):
    r = base ** exp
    return r % mod if mod else r


sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print sq(5), sq(5, exp=3), cube_mod(7), two_to(10), two_to(exp=5), partial(power)(3)
print sq.func is power, sq.args, sq.keywords, two_to.args, two_to.keywords, type(sq).__name__, callable(sq)
nested = partial(partial(power, 3), mod=5)
print nested(4), nested.func is power, nested.args, nested.keywords
p2 = partial(max, 5)
print p2(1, 9), p2([7, 8]), partial(sorted, key=len)(['ccc', 'a', 'bb']), partial(int, base=2)('1010'), map(partial(power, exp=3), [1, 2, 3])
sq.attr = 'custom attribute'
print sq.attr, sorted(sq.__dict__)
show('p2()', p2)
show('partial()', partial)
show('partial(1)', partial, 1)
show('sq()', sq)
show('sq.func = len', setattr, sq, 'func', len)
show('two_to(1, 2, 3)', two_to, 1, 2, 3)
print functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 'init'), functools.reduce(max, [3, 9, 2], 0)
show('reduce empty', functools.reduce, max, [])


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kw):
        return 'wrapped(' + str(f(*args, **kw)) + ')'
    return wrapper


@deco
def documented(x):
    """The docstring."""
    return x * 2


documented.extra = 1
print documented(4), documented.__name__, documented.__doc__, documented.__module__, documented.__wrapped__(4) if hasattr(documented, '__wrapped__') else 'no __wrapped__ in 2.7'


def target():
    """target doc"""


target.custom = 'from target dict'


def shell():
    pass


r = functools.update_wrapper(shell, target)
print r is shell, shell.__name__, shell.__doc__, shell.custom
shell2 = functools.update_wrapper(lambda: None, target, assigned=('__doc__',), updated=())
print shell2.__name__, shell2.__doc__, hasattr(shell2, 'custom'), functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES


@functools.total_ordering
class Version(object):
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a, sorted([b, a, Version(0, 9)]), max(a, b)


@functools.total_ordering
class ByGt(object):
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v


print ByGt(1) < ByGt(2), ByGt(1) <= ByGt(1), ByGt(3) >= ByGt(4)
try:
    @functools.total_ordering
    class NoOrder(object):
        pass
except ValueError as e:
    print 'ValueError', e


def reverse_numeric(x, y):
    return y - x


print sorted([5, 2, 4, 1, 3], key=functools.cmp_to_key(reverse_numeric)), sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda x, y: cmp(x.lower(), y.lower())))
K = functools.cmp_to_key(cmp)
print K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1) != K(1), type(K(1)).__name__, K(5).obj
show('hash(K(1))', hash, K(1))
