# __del__ runs when the last reference goes away (reference counting).

class D(object):
    def __init__(self, name):
        self.name = name
        print 'init', name

    def __del__(self):
        print 'del', self.name


class OldD:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print 'old del', self.name


x = D('x')
print 'before del x'
del x
print 'after del x'
y = D('y1')
y = D('y2')
print 'rebound y'
y = None
print 'y is None'


def scope():
    local = D('local')
    print 'leaving scope'


scope()
print 'after scope'
lst = [D('l0'), D('l1'), D('l2')]
print 'list built'
del lst[1]
print 'deleted l1'
lst = []
print 'cleared list'
a = D('shared')
b = a
del a
print 'a deleted, b still alive'
del b
print 'b deleted'
o = OldD('old')
del o
print 'after old'


def returns_temp():
    return D('temp')


print returns_temp().name
print 'temp gone'
D('unnamed')
print 'after unnamed expression statement'
d = {'k': D('in dict')}
d['k'] = 'replaced'
print 'dict value replaced'


class Holder(object):
    def __init__(self, child):
        self.child = child

    def __del__(self):
        print 'del holder of', self.child.name


h = Holder(D('child'))
del h
print 'holder deleted'
for i in range(3):
    t = D('loop%d' % i)
print 'loop done'
del t
print 'end of program'
