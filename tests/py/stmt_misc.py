# Assorted statements: assert, del, pass, for/else, while/else, augmented assignment targets,
# chained assignment, conditional expressions, backticks, global statements in nested functions.

assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2, 'assert message %d' % 42
except AssertionError, e:
    print 'AssertionError:', e, e.args
try:
    assert []
except AssertionError, e:
    print 'AssertionError without message:', repr(e), e.args
x = 1
del x
try:
    x
except NameError, e:
    print 'NameError:', e
a = b = c = [1]
a.append(2)
print a, b, c, a is c
L = [1, 2, 3, 4, 5]
del L[0], L[-1]
print L
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['c']
print d


class O(object):
    pass


o = O()
o.v = 10
o.v += 5
o.v *= 2
o.v -= 1
o.v //= 4
o.v **= 2
o.v %= 10
o.v <<= 3
o.v >>= 1
o.v |= 1
o.v &= 0xF
o.v ^= 0xA
print o.v
del o.v
print hasattr(o, 'v')
L = [1, 2, 3]
L[0] += 10
L[-1] *= 3
L[1:2] += ['x']
print L
d = {'k': 1}
d['k'] += 1
d.setdefault('new', []).append('v')
print sorted(d.items())
s = 'ab'
s += 'cd'
s *= 2
print s
t = (1,)
t += (2, 3)
print t
n = 10
n /= 4
print n
f = 10.0
f /= 4
print f
for i in range(3):
    pass
else:
    print 'for-else ran, i =', i
for i in range(3):
    if i == 1:
        break
else:
    print 'not printed'
print 'after break, i =', i
for i in []:
    pass
else:
    print 'for-else on empty'
k = 0
while k < 3:
    k += 1
else:
    print 'while-else ran, k =', k
while True:
    break
else:
    print 'not printed'
print 'x' if 1 else 'y', 'x' if 0 else 'y', 1 if 0 else 2 if 0 else 3, (lambda v: 'neg' if v < 0 else 'pos')(-1)
print `1 + 2`, `'s'`, `[1, (2,)]`
counter = 0


def outer():
    def inner():
        global counter
        counter += 1
    inner()
    inner()


outer()
print counter
if 0:
    pass
elif 0:
    pass
else:
    pass
print 'pass everywhere'
i = j = 0
i, j = j + 1, i + 2
print i, j
x = [0, 1, 2]
i = 0
x[i] = i = 2
print x, i
