# __del__ ordering for acyclic structures: containers, dict values, attributes, locals at frame exit.

class N(object):
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print 'del', self.name


print '-- chain'
head = N('a', N('b', N('c')))
del head
print '-- list'
lst = [N('l%d' % i) for i in range(4)]
del lst
print '-- tuple'
tup = (N('t0'), N('t1'), N('t2'))
tup = None
print '-- dict'
d = {}
for i in range(4):
    d[i] = N('d%d' % i)
d.clear()
print '-- dict del'
d = {'x': N('dx'), 'y': N('dy')}
del d
print '-- function locals'


def f():
    a = N('fa')
    b = N('fb')
    c = N('fc')
    print 'f returning'


f()
print '-- exception holds frame'


def g():
    x = N('gx')
    raise ValueError('g')


try:
    g()
except ValueError:
    print 'in handler'
print 'after handler'
import sys
sys.exc_clear()
print 'after exc_clear'
print '-- replace attribute'
holder = N('holder', N('first child'))
holder.child = N('second child')
print 'replaced'
del holder
print '-- list item replace'
L = [N('old0'), N('old1')]
L[0] = N('new0')
L[1:] = []
print 'slice cleared'
del L
print '-- temporaries'
print N('temp').name
print len([N('in list comp') for _ in range(2)])
print '-- set'
s = set([N('s0')])
s.pop()
print 'popped'
print '-- module end'
keep = N('module global')
