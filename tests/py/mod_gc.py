# gc: enable/disable/isenabled, collect on cycles (counts deterministic for simple cycles), thresholds, get_referents.
import gc


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


gc.collect()
print gc.isenabled()
gc.disable()
print gc.isenabled()
gc.enable()
print gc.isenabled()
gc.disable()


class Node(object):
    pass


class Slot(object):
    __slots__ = ('next',)


a, b = Slot(), Slot()
a.next, b.next = b, a
del a, b
print 'two slotted objects:', gc.collect()
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print 'two objects with __dict__:', gc.collect() >= 2
l = []
l.append(l)
del l
print 'self list:', gc.collect()
d = {}
d['me'] = d
del d
print 'self dict:', gc.collect()
print 'nothing left:', gc.collect()
ring = [Slot() for _ in range(5)]
for i in range(5):
    ring[i].next = ring[(i + 1) % 5]
del ring, i
print 'ring of five slotted objects:', gc.collect()
pairs = [[] for _ in range(4)]
pairs[0].append(pairs[1])
pairs[1].append(pairs[0])
pairs[2].append(pairs[2])
del pairs
print 'lists: two-cycle and self-cycle, outer list freed by refcount:', gc.collect()
nocycle = [Node() for _ in range(3)]
del nocycle
print 'no cycle (freed by refcount):', gc.collect()
print 'generation args:', gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(2)
gc.enable()
old = gc.get_threshold()
print type(old).__name__, len(old)
gc.set_threshold(500, 5, 5)
print gc.get_threshold()
gc.set_threshold(*old)
print gc.get_threshold() == old
print len(gc.get_count()), type(gc.get_count()).__name__
x = [1, 'two', (3,)]
print sorted(repr(r) for r in gc.get_referents(x)), gc.is_tracked(x), gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked({})
print gc.is_tracked({'a': []}), gc.is_tracked((1, 2)) in (True, False), gc.is_tracked(Node())
holder = [x]
print any(r is holder for r in gc.get_referrers(x)), gc.garbage, type(gc.get_objects()).__name__
print gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_INSTANCES | gc.DEBUG_OBJECTS | gc.DEBUG_SAVEALL, gc.get_debug()
show('collect(3)', gc.collect, 3)
show('collect("a")', gc.collect, 'a')
show('set_threshold()', gc.set_threshold)
show('isenabled(1)', gc.isenabled, 1)
show('set_debug("x")', gc.set_debug, 'x')
