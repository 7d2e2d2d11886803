# weakref.WeakKeyDictionary / WeakValueDictionary / WeakSet beyond mod_weakref: removal during iteration, copy/deepcopy, update forms, KeyedRef, set algebra.
import weakref
import copy


class Obj(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


objs = [Obj(str(i)) for i in range(5)]
wvd = weakref.WeakValueDictionary([(i, o) for i, o in enumerate(objs)])
del i, o
print len(wvd), sorted(wvd.keys()), wvd[2], 2 in wvd, wvd.has_key(9), wvd.get(9, 'dflt')
it = wvd.iteritems()
first = next(it)
del objs[4]
print len(wvd._pending_removals), len(wvd.data)
rest = sorted(k for k, v in it)
del it
print first[0] in range(5), rest == sorted(set(range(4)) - set([first[0]])), len(wvd), sorted(wvd.keys())
kr = wvd.valuerefs()
print len(kr), type(kr[0]).__name__, isinstance(kr[0], weakref.ref), sorted(r.key for r in kr), kr[0]() is not None
print sorted(o.name for o in wvd.itervalues()), sorted(wvd.values(), key=lambda o: o.name)[:2], sorted(wvd.iterkeys())
print sorted(r.key for r in wvd.itervaluerefs())
c = wvd.copy()
print type(c).__name__, sorted(c.keys()), c[0] is wvd[0]
dc = copy.deepcopy(wvd)
print sorted(dc.keys()), dc[1] is wvd[1]
wvd.update({'x': objs[0]}, y=objs[1])
wvd.update([('z', objs[2])])
print sorted(map(str, wvd.keys())), wvd.pop('x') is objs[0], wvd.pop('x', 'gone'), wvd.setdefault('z', None) is objs[2]
show('pop missing', wvd.pop, 'x')
show('getitem missing', wvd.__getitem__, 'nothing')
show('update 2 args', wvd.update, {}, {})
k, v = wvd.popitem()
print k in (0, 1, 2, 3, 'y', 'z'), isinstance(v, Obj)
wvd.clear()
print len(wvd), wvd.items()
tmp = Obj('tmp')
wvd['t'] = tmp
del tmp
print len(wvd), 't' in wvd
kref = weakref.KeyedRef(objs[0], None, 'the key')
print kref.key, kref() is objs[0], type(kref).__name__, kref.__class__.__bases__[0] is weakref.ref
show('KeyedRef attr', setattr, kref, 'other', 1)

keys = [Obj('k%d' % i) for i in range(4)]
wkd = weakref.WeakKeyDictionary()
for i, k in enumerate(keys):
    wkd[k] = i
print len(wkd), sorted(wkd.values()), wkd[keys[1]], keys[2] in wkd, wkd.has_key(keys[3]), 5 in wkd, wkd.has_key(5), wkd.get(keys[0])
it = wkd.iterkeys()
seen = [next(it)]
del keys[3]
print len(wkd._pending_removals)
seen.extend(it)
print len(seen) in (3, 4), len(wkd), sorted(k.name for k in wkd.keys()), sorted(wkd.itervalues())
print sorted(k.name for k, v in wkd.iteritems()), len(wkd.keyrefs()), sorted(r().name for r in wkd.iterkeyrefs())
c = wkd.copy()
d = copy.deepcopy(weakref.WeakKeyDictionary({keys[0]: [1]}))
print type(c).__name__, len(c), d[keys[0]], d.keys()[0] is keys[0]
wkd.update({keys[0]: 'new'})
wkd.update([(keys[1], 'pair')])
print wkd[keys[0]], wkd[keys[1]], wkd.setdefault(keys[2], 'x'), wkd.pop(keys[2]), wkd.pop(keys[2], 'absent')
try:
    wkd.pop(keys[2])
except KeyError as e:
    print 'pop missing KeyError', type(e.args[0]).__name__, e.args[0]() is keys[2]
show('getitem int', wkd.__getitem__, 5)
show('setitem int', wkd.__setitem__, 5, 1)
del wkd[keys[0]]
try:
    del wkd[keys[0]]
except KeyError as e:
    print 'del missing KeyError', e.args[0]() is keys[0]
k, v = wkd.popitem()
print k is keys[1], v, len(wkd)

ws = weakref.WeakSet()
a, b, c = Obj('a'), Obj('b'), Obj('c')
ws.update([a, b])
ws.add(c)
ws2 = weakref.WeakSet([b, c])
print len(ws), a in ws, 5 in ws, sorted(o.name for o in ws - ws2), sorted(o.name for o in ws & ws2), sorted(o.name for o in ws | ws2)
print sorted(o.name for o in ws ^ ws2), ws2 <= ws, ws2 < ws, ws >= ws2, ws > ws2, ws == ws2, ws != ws2, ws.isdisjoint([]), ws == set([a, b, c])
ws.discard(a)
ws.remove(b)
try:
    ws.remove(b)
except KeyError as e:
    print 'remove missing KeyError', e.args[0]() is b
print len(ws), ws.pop() is c, len(ws)
show('pop empty', ws.pop)
show('hash', hash, ws)
ws3 = weakref.WeakSet([Obj('gone'), a])
print len(ws3), list(ws3) == [a]
ws3 |= [b]
ws3 -= [a]
print sorted(o.name for o in ws3), sorted(o.name for o in ws3.copy()), ws3.intersection([b]) == weakref.WeakSet([b])
ws3.clear()
print len(ws3), weakref.getweakrefcount(a) >= 0, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType)
