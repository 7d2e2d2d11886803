# weakref internals through _weakref: getweakrefs order (basic ref, basic proxy, newest first), proxies forwarding every operation and failing when dead, ref subclasses with __slots__, callback order, _remove_dead_weakref.
import _weakref
from _weakref import ref, proxy, getweakrefcount, getweakrefs
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
class O(object):
    def __init__(self, v): self.v = v
    def __add__(self, o): return O(self.v + (o.v if isinstance(o, O) else o))
    def __radd__(self, o): return 'radd'
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
    def __iter__(self): return iter([1, 2])
    def __eq__(self, o): return isinstance(o, O) and o.v == self.v
    def __lt__(self, o): return self.v < o.v
    def __str__(self): return 'O(%s)' % self.v
    def __call__(self, *a): return a
    def __neg__(self): return -self.v
    def __nonzero__(self): return False
    def __contains__(self, x): return x == 5
o = O(1)
cb = lambda r: None
r1 = ref(o, cb)
r0 = ref(o)
p0 = proxy(o)
r2 = ref(o, cb)
p2 = proxy(o, cb)
refs = getweakrefs(o)
print [x is r0 for x in refs], [x is p0 for x in refs], [x is r2 for x in refs], [x is r1 for x in refs], [x is p2 for x in refs]
print getweakrefcount(o), type(p0).__name__, o.__weakref__ is r0
print (p0 + 1).v, 1 + p0, len(p0), p0[4], list(p0), p0 == O(1), p0 < O(2), str(p0), p0(1, 2), -p0, bool(p0), 5 in p0
t(hash, p0)
p0.w = 5
print o.w, p0.v
del p0.w
print hasattr(o, 'w')
class K(ref):
    __slots__ = ('key',)
    def __new__(cls, ob, cb, key):
        self = ref.__new__(cls, ob, cb)
        self.key = key
        return self
    def __init__(self, ob, cb, key):
        super(K, self).__init__(ob, cb)
k = K(o, cb, 'kk')
print k.key, k() is o, isinstance(k, ref), k is not K(o, None, 'k2')
log = []
def mk(tag):
    return lambda r: log.append(tag)
v = O(2)
a = ref(v, mk('a')); b = ref(v, mk('b')); c = proxy(v, mk('c')); d = ref(v)
del v
print log
t(lambda: p0.v)
del o
t(lambda: p0.v)
t(lambda: p0 + 1)
t(len, p0)
t(bool, p0)
t(str, p0)
print r0(), r1()
d = {'a': r1}
_weakref._remove_dead_weakref(d, 'a')
print d
t(_weakref._remove_dead_weakref, d, 'b')
t(_weakref._remove_dead_weakref, {'x': 1}, 'x')
t(_weakref._remove_dead_weakref, [], 'x')
t(ref, O(1), 5, 6)
t(proxy)
t(ref, 1)
def f(): pass
print type(proxy(f)).__name__, type(proxy(O(1))).__name__
print getweakrefcount(1), getweakrefs(1)
t(ref, O(1), cb=1)
import weakref
class X(object): pass
x = X()
w = weakref.ref(x)
print repr(w)[:13], w == weakref.ref(x), hash(w) == hash(x)
