# _functools: partial calls, read-only attributes, __dict__ rules, __reduce__/__setstate__, subclassing; reduce errors.
from _functools import partial, reduce
import _functools
def t(f, *a, **k):
    try: return repr(f(*a, **k))
    except Exception as e: return type(e).__name__ + ':' + str(e)
def f(*a, **k): return a, sorted(k.items())
p = partial(f, 1, x=2)
print p(2, y=3), p(x=5), p.keywords, p.args, p.func is f, t(setattr, p, 'args', ()), t(delattr, p, 'func'), t(setattr, p, '__dict__', 5), t(delattr, p, '__dict__')
p.__dict__ = {'a': 1}
print p.a, p.__dict__, t(getattr, p, 'zz')
r = p.__reduce__()
print r[0] is partial, r[1][0] is f, r[2][1:]
q = partial(len)
q.__setstate__((f, (9,), None, None))
print q(), q.keywords, t(q.__setstate__, (1, 2)), type(q).__name__, type(q).__module__
class P(partial):
    def extra(self): return 'extra'
pp = P(f, 7)
print pp(8), pp.extra(), type(pp).__name__, isinstance(pp, partial)
print t(reduce, lambda a, b: a + b, 5), t(reduce, 1, [1]), t(reduce, lambda a, b: a, [], 3), t(reduce), t(reduce, max, [1], 2, 3)
print t(partial(f, **{'a': 1})), t(partial(f), a=1)
print _functools.__doc__, partial.__doc__
