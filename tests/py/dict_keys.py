# dict keys of many types: equal numbers collide, tuples, frozensets, None, bool; unhashable errors.

d = {}
d[1] = 'int'
d[1.0] = 'float overwrites value, key stays int'
d[1L] = 'long'
d[True] = 'bool'
print d, type(d.keys()[0]).__name__
d = {}
d[0.0] = 'float first'
d[0] = 'int second'
d[False] = 'bool third'
print d
d = {2 ** 70: 'long', float(2 ** 70): 'float'}
print d
d = {'a': 1, u'a': 2}
print d, type(d.keys()[0]).__name__
d = {(1, 2): 'tuple', (1, (2, 3)): 'nested', (): 'empty', frozenset([1, 2]): 'fs', None: 'none', -0.0: 'negzero'}
print d[(1, 2)], d[(1, (2, 3))], d[()], d[frozenset([2, 1])], d[None], d[0], d[0.0]
print sorted(d.values())
for bad in [[1], {1: 2}, set([1]), ([1],), bytearray('x')]:
    try:
        {bad: 1}
    except TypeError, e:
        print 'TypeError:', e
try:
    d[[1]]
except TypeError, e:
    print 'TypeError:', e
try:
    [1] in d
except TypeError, e:
    print 'TypeError:', e
print d.get((1, 2)), d.get((9,)), (1, 2) in d
nan = float('nan')
d = {nan: 'nan'}
print d[nan], nan in d, float('nan') in d
keys = [0, 1, -1, 2 ** 62, -2 ** 62, 2 ** 63, 'a', 'b', 'ab', 1.5, -2.5, (0,), (1, 'a'), 'None', True, 1e300]
d = {}
for k in keys:
    d[k] = repr(k)
print d
print [d[k] for k in keys]
class_keys = {int: 'int', str: 'str', float: 'float'}
print class_keys[int], class_keys[type('x')], len(class_keys)
d = dict((i, i) for i in range(-5, 6))
print d
d = dict((-i, i) for i in range(1, 12))
print d
print {-1: 'a', -2: 'b'}, hash(-1), hash(-2)
