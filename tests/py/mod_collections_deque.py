# collections.deque: every method, maxlen behaviour, rotation, indexing, comparison and errors.
from collections import deque


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


d = deque()
print repr(d), len(d), bool(d), d.maxlen
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print repr(d), d[0], d[-1], d[1], len(d), bool(d)
d.extend([3, 4])
d.extendleft('ab')
print repr(d), d.count(1), d.count('z')
print d.pop(), d.popleft(), repr(d)
d.remove(1)
print repr(d)
d.rotate(2)
print repr(d)
d.rotate(-3)
print repr(d)
d.rotate()
print repr(d)
d.rotate(0)
d.rotate(100)
print repr(d)
d.reverse()
print repr(d), list(reversed(d)), list(d)
d[0] = 'first'
del d[1]
print repr(d), 3 in d, 'zz' in d
d.clear()
print repr(d), len(d)
m = deque(range(5), maxlen=3)
print repr(m), m.maxlen
m.append(5)
print repr(m)
m.appendleft(-1)
print repr(m)
m.extend([10, 11])
print repr(m)
m.extendleft([20, 21, 22, 23])
print repr(m)
z = deque([1, 2], maxlen=0)
z.append(3)
print repr(z), repr(deque('abc', 2)), repr(deque(maxlen=4)), repr(deque(xrange(3)))
a = deque([1, 2, 3])
b = deque([1, 2, 4])
print a == deque([1, 2, 3]), a != b, a < b, a >= b, a == [1, 2, 3], cmp(a, b)
c = deque(a)
c.append(9)
print repr(a), repr(c), repr(a + c) if hasattr(a, '__add__') else 'no deque + in 2.7', repr(a * 2) if hasattr(a, '__mul__') else 'no deque * in 2.7'
e = deque('hello')
e += 'xy'
print repr(e), e.index('l') if hasattr(e, 'index') else 'no index in 2.7', sorted(e)
import copy
f = copy.copy(e)
g = copy.deepcopy(deque([[1]], maxlen=5))
print f == e, f is e, repr(g), g.maxlen
show('pop empty', deque().pop)
show('popleft empty', deque().popleft)
show('remove missing', deque([1]).remove, 2)
show('index out of range', deque([1]).__getitem__, 5)
show('index str', deque([1]).__getitem__, 'a')
show('maxlen negative', deque, [], -1)
show('maxlen str', deque, [], 'x')
show('set maxlen', setattr, deque(), 'maxlen', 3)
show('deque(1)', deque, 1)
show('hash', hash, deque())
show('rotate str', deque([1]).rotate, 'a')
q = deque([1, 2, 3])
show('mutate during iteration', lambda: [q.append(x) for x in q])
