# min/max/sorted over iterables, with key, ties, and errors; list.index/count; bisect-like manual search.

print min(3, 1, 2), max(3, 1, 2), min([5]), max('zebra'), min('b', 'a', 'c'), max([1, 2], [1, 3]), min((2, 'b'), (2, 'a'))
print max([1, 3, 3.0, 2]), min([1.0, 1, 1L]), max([1L, 1, 1.0]), max([-0.0, 0.0]), min([0.0, -0.0])
print max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len), max([2, -7, 5], key=abs)
print max([('a', 2), ('b', 2), ('c', 1)], key=lambda p: p[1]), min([('a', 2), ('b', 1), ('c', 1)], key=lambda p: p[1])
print max(xrange(10)), min(x * x for x in range(-5, 3)), max({'a': 1, 'z': 0}), min(set([3, 1, 2]))
print max(1, 2, key=lambda x: -x), min(iter([4, 2, 8])), max('a', 'A'), max(u'a', 'b')
for bad in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: min(), lambda: max(1, 2, foo=1)]:
    try:
        bad()
    except (TypeError, ValueError), e:
        print type(e).__name__ + ':', e
L = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print L.index(5), L.index(5, 5), L.count(5), L.count(7), L.index(1, 2, 4)
try:
    L.index(7)
except ValueError, e:
    print 'ValueError:', e
print max(L), min(L), L.index(max(L)), sorted(L)[len(L) // 2]


def argmax(seq):
    best = 0
    for i in range(1, len(seq)):
        if seq[i] > seq[best]:
            best = i
    return best


print argmax(L), argmax('hello'), argmax([0.5, 0.25, 0.75])
print max([[1, 2], [1, 2, 0], [0, 9]]), min([(1, 'z'), (1, 'a', 0)]), max([None, None]), min([True, False])
print max(2 ** 70, 2.0 ** 70), min(2 ** 70, 2.0 ** 70), max(float('nan'), 1), max(1, float('nan'))
