# weakref: ref (with callbacks), proxy, counts, WeakKeyDictionary / WeakValueDictionary / WeakSet when referents die via del.
import weakref


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


class Obj(object):
    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hello from ' + self.name


events = []


def on_death(ref):
    events.append('callback: ref dead=%s' % (ref() is None))


a = Obj('a')
r1 = weakref.ref(a)
r2 = weakref.ref(a, on_death)
r3 = weakref.ref(a)
print r1() is a, r1().name, r1 is r3, r1 == r2, weakref.getweakrefcount(a), type(r1).__name__, isinstance(r1, weakref.ref)
print len(weakref.getweakrefs(a)), r2 is not r1, r1() is r2()
del a
print r1(), r2(), r3(), events, r1 == r3, r1 != r2
b = Obj('b')
p = weakref.proxy(b)
print p.name, p.hello(), type(p).__name__, weakref.getweakrefcount(b)
p.name = 'renamed'
print b.name, isinstance(p, weakref.ProxyType), weakref.ProxyTypes[0].__name__
del b
show('dead proxy attr', getattr, p, 'name')
print weakref.ReferenceType is weakref.ref, issubclass(weakref.KeyedRef, weakref.ref), weakref.ReferenceError is ReferenceError
holder = Obj('callable holder')
fp = weakref.proxy(Obj.__dict__['hello'])
print type(fp).__name__, isinstance(fp, weakref.CallableProxyType), fp(holder), callable(fp)
show('ref(1)', weakref.ref, 1)
show('ref("s")', weakref.ref, 'string')
show('ref([])', weakref.ref, [])
show('ref()', weakref.ref)
c = Obj('c')
rc = weakref.ref(c)
print rc() is c, rc == weakref.ref(c), weakref.getweakrefcount(c)
wkd = weakref.WeakKeyDictionary()
k1, k2, k3 = Obj('k1'), Obj('k2'), Obj('k3')
wkd[k1] = 1
wkd[k2] = 2
wkd[k3] = 3
print len(wkd), sorted(v for v in wkd.values()), sorted(k.name for k in wkd.keys()), k1 in wkd, wkd[k2], wkd.get(k3)
del k2
print len(wkd), sorted(wkd.values()), sorted(k.name for k in wkd)
del wkd[k1]
print len(wkd), sorted(k.name for k, v in wkd.items())
del k3
print len(wkd), wkd.items()
wvd = weakref.WeakValueDictionary()
v1, v2, v3 = Obj('v1'), Obj('v2'), Obj('v3')
wvd['x'] = v1
wvd['y'] = v2
wvd[3] = v3
print len(wvd), sorted(map(str, wvd.keys())), wvd['x'].name, 'y' in wvd, wvd.get('nope', 'default')
del v2
print len(wvd), sorted(map(str, wvd.keys())), 'y' in wvd, wvd.get('y')
show('wvd dead key', wvd.__getitem__, 'y')
del v1, v3
print len(wvd), wvd.items(), wvd.keys()
keep = Obj('kept')
wvd['k'] = keep
print wvd.setdefault('k', Obj('other')).name, wvd.pop('k').name, len(wvd)
ws = weakref.WeakSet()
s1, s2 = Obj('s1'), Obj('s2')
ws.add(s1)
ws.add(s2)
ws.add(s1)
print len(ws), sorted(o.name for o in ws), s1 in ws
del s1
print len(ws), sorted(o.name for o in ws)
del s2
print len(ws), list(ws)
chain = []


def make_cb(tag):
    def cb(ref):
        chain.append(tag)
    return cb


victim = Obj('victim')
refs = [weakref.ref(victim, make_cb(i)) for i in range(3)]
del victim
print chain, [r() for r in refs]


class NoWeak(object):
    __slots__ = ('x',)


show('ref(slots without __weakref__)', weakref.ref, NoWeak())
