# hash() of numbers, strings, tuples, frozensets (64-bit CPython 2.7 values, no randomization).

for v in [0, 1, -1, -2, 2, 100, 2 ** 31, 2 ** 32, 2 ** 61 - 1, 2 ** 62, 2 ** 63 - 1, -(2 ** 63), 2 ** 64,
          2 ** 64 + 1, 2 ** 100, -(2 ** 100), 10 ** 30, True, False, 1L, -1L]:
    print repr(v), hash(v)
for v in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e10, 1e100, 1e-100, 3.14159, 2.0 ** 64, 2.0 ** 70,
          float('inf'), float('-inf'), 123456789.125, -0.5]:
    print repr(v), hash(v)
print hash(float('nan'))
for s in ['', 'a', 'b', 'ab', 'ba', 'abc', 'hello', 'hello world', '\x00', 'x' * 100, 'The quick brown fox',
          u'', u'a', u'hello', u'\xe9', u'\u1234\u5678']:
    print repr(s), hash(s)
for t in [(), (0,), (1,), (1, 2), (2, 1), ('a', 'b'), (1, (2, 3)), ((),), (True,), (1.5, 'x', 2 ** 70)]:
    print repr(t), hash(t)
print hash(None) == hash(None), hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(['a']))
print hash(1) == hash(1.0) == hash(1L) == hash(True), hash(2 ** 70) == hash(float(2 ** 70))
print hash('a') == hash(u'a'), hash(1 + 0j) == hash(1), hash(0.5) == hash(0.5 + 0j)
print hash(slice) == hash(slice), hash(len) == hash(len)
print [hash(i) for i in range(-3, 4)], hash(-1) == hash(-2)
