# Slice assignment and deletion on lists, extended slices.

def show(label, x):
    print '%-22s %r' % (label, x)


L = range(10)
L[2:5] = ['a', 'b']
show('replace shrink', L)
L = range(10)
L[2:3] = 'xyz'
show('replace grow', L)
L = range(10)
L[:0] = [-2, -1]
show('insert front', L)
L[len(L):] = [10, 11]
show('append via slice', L)
L[5:5] = ['mid']
show('insert middle', L)
L[:] = [1, 2, 3]
show('replace all', L)
L[1:] = []
show('truncate', L)
L = range(10)
L[::2] = 'abcde'
show('extended assign', L)
L = range(10)
L[::-3] = [None] * 4
show('extended negative', L)
try:
    L[::2] = [1, 2]
except ValueError, e:
    print 'ValueError:', e
L = range(10)
del L[2:4]
show('del range', L)
del L[::2]
show('del step', L)
L = range(10)
del L[::-3]
show('del negative step', L)
del L[:]
show('del all', L)
L = range(10)
del L[100:]
show('del out of range', L)
del L[-3:]
show('del tail', L)
L = range(5)
L[-100:100] = [7]
show('huge bounds', L)
L = range(5)
L[3:1] = ['x']
show('empty slice assign', L)
L = range(5)
L[1:3] = L
show('self assign', L)
L = range(5)
L[1:4] = (i * 10 for i in range(2))
show('generator assign', L)
L = range(5)
L[2:] = {'k': 1}
show('dict keys assign', L)
try:
    L[1:2] = 5
except TypeError, e:
    print 'TypeError:', e
try:
    'abc'[1:2] = 'x'
except TypeError, e:
    print 'TypeError:', e
try:
    del (1, 2)[0:1]
except TypeError, e:
    print 'TypeError:', e
ba = bytearray('hello world')
ba[0:5] = 'HOWDY'
del ba[5:]
show('bytearray', ba)
nested = [[0, 1, 2], [3, 4, 5]]
nested[1][1:] = ['x']
show('nested', nested)
L = range(8)
L[1:7:2] = ['a', 'b', 'c']
show('step 2 interior', L)
L = range(6)
L[::1] = 'ab'
show('step 1 extended', L)
L = range(6)
L[4:1:-1] = 'xyz'
show('reverse interior', L)
L = []
L += 'abc'
L[1:1] = [[]]
show('inplace add str', L)
