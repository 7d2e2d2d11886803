# slice objects, indices(), __getitem__ receiving slices, Ellipsis.

s = slice(1, 10, 2)
print s, repr(s), s.start, s.stop, s.step
print slice(5), slice(None), slice(1, 2), slice('a', 'b', 'c')
print range(20)[s], 'abcdefghijklmnop'[s], tuple(range(12))[slice(None, None, -3)]
for sl in [slice(None), slice(2, None), slice(-3, None), slice(None, None, -1), slice(10, -10, -2),
           slice(-100, 100), slice(3, 3), slice(None, None, 5)]:
    print sl, sl.indices(10), sl.indices(3), sl.indices(0)
try:
    slice(None, None, 0).indices(5)
except ValueError, e:
    print 'ValueError:', e
print slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3)


class Show(object):
    def __getitem__(self, key):
        return key

    def __len__(self):
        return 100


x = Show()
print x[1], x[1:2], x[1:2:3], x[::], x[:], x[1:], x[:2], x[::-1]
print x[1, 2], x[1:2, 3], x[..., 1], x[...], x[:, :], x[1:2, ::3, ...]
print x['a':'b'], x[None:None], x[1.5:2.5]
L = range(10)
sl = slice(2, 8)
L[sl] = ['replaced']
print L
del L[slice(None, None, 2)]
print L
print Ellipsis, repr(Ellipsis), type(Ellipsis).__name__
try:
    hash(slice(1))
except TypeError, e:
    print 'TypeError:', e
print range(10)[slice(2L, 2 ** 70)], 'xyz'[slice(-2 ** 70, None)]
