# collections.defaultdict and deque beyond the basics: factories, __missing__, copy/__reduce__, repr recursion, subclasses; deque iterators, comparisons, __reduce__, maxlen conversion, weak references.
from collections import defaultdict, deque
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
d = defaultdict(list)
d['a'].append(1)
d['b']
print repr(d), d.default_factory, len(d), d == {'a': [1], 'b': []}, isinstance(d, dict), type(d).__name__, type(d).__module__
print d.copy(), d.__copy__().default_factory, d.__reduce__()[0].__name__, d.__reduce__()[1], list(d.__reduce__()[4])
e = defaultdict()
t(e.__getitem__, 'x')
print repr(e), e.default_factory
t(defaultdict, 5)
f = defaultdict(None, {1: 2}, x=3)
print repr(f)
f.default_factory = int
f['z'] += 5
print f['z'], sorted(f.items())
del f.default_factory
print f.default_factory
class D(defaultdict):
    def __repr__(self): return 'D!'
g = D(lambda: 'q')
print g['x'], repr(g), g.items()
r = defaultdict(list)
r['self'] = r
print repr(r)
t(hash, r)
print d.get('zz'), 'zz' in d, d.setdefault('y', 3)
def fac(): return 42
h = defaultdict(fac)
print h[1], h.keys()
# deque extras
q = deque([1, 2, 3])
q2 = deque(q)
q.extend(q)
print q, q2, q == q2, q < q2, q > q2, q <= q, deque() < deque([1])
q3 = deque([1])
q3.append(q3)
print repr(q3)
it = iter(q)
print next(it), it.__length_hint__(), list(reversed(deque('abc')))
q.rotate(-2)
print q, q.__reduce__()
class Q(deque):
    pass
x = Q([1,2], 5)
print repr(x), type(x.__copy__()).__name__, x.__reduce__()
x.foo = 1
print x.__reduce__()
print deque('abc', maxlen=None), deque(maxlen=2.7)
del q[0]; del q[-1]
print q, q.count(1), 3 in q
t(q.__delitem__, 100)
q.__init__([9])
print q
t(deque().__getitem__, -1)
t(deque, [], 2**70)
t(deque, [], maxlen=-5)
t(deque, 1, 2, 3)
t(deque, foo=1)
import weakref
w = weakref.ref(q)
print w() is q
print deque([1,2]) == [1,2], deque([1]) != deque([1.0])
t(deque([1]).rotate, 2**70)
d5 = deque(range(5))
d5.rotate(7)
print d5
d5.rotate(-13)
print d5
