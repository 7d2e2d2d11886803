# Reference cycles and gc.collect().
import gc


class Node(object):
    def __init__(self, name):
        self.name = name
        self.other = None


gc.collect()
print 'initial collect done'
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
n = gc.collect()
print 'collected cycle of two:', n > 0, n
lst = []
lst.append(lst)
del lst
print 'self-referencing list:', gc.collect()
d = {}
d['self'] = d
del d
print 'self-referencing dict:', gc.collect()
print 'nothing to collect:', gc.collect()
ring = [Node(i) for i in range(10)]
for i in range(10):
    ring[i].other = ring[(i + 1) % 10]
del ring
print 'ring of ten:', gc.collect()
print gc.isenabled(), type(gc.get_threshold()).__name__, len(gc.get_threshold())


class WithDel(object):
    def __del__(self):
        print 'WithDel.__del__'


x = WithDel()
x.me = x
del x
print 'cycle with __del__ collected:', gc.collect(), 'garbage:', len(gc.garbage)
del gc.garbage[:]
y = WithDel()
del y
print 'acyclic __del__ ran before this line'
