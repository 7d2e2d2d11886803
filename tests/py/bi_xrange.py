# xrange: repr, len, indexing (negative too), iteration, reversed, negative steps, containment, errors.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


for args in [(5,), (0,), (-3,), (2, 7), (7, 2), (0, 10, 3), (10, 0, -3), (0, 10, -1), (-5, 5, 2),
             (1, 2, 5), (10, -10, -7), (3, 4, -1), (0, 20, 5)]:
    xr = xrange(*args)
    print repr(xr), str(xr), len(xr), list(xr), list(reversed(xr)), xr[0] if len(xr) else '-', xr[-1] if len(xr) else '-'
xr = xrange(10, 0, -2)
print [xr[i] for i in range(-5, 5)], 6 in xr, 7 in xr, 12 in xr, xr.__len__(), type(xr).__name__
show('xr[5]', xr.__getitem__, 5)
show('xr[-6]', xr.__getitem__, -6)
show('xr[1:3]', lambda: xr[1:3])
show('xrange(0, 1, 0)', xrange, 0, 1, 0)
show('xrange(2**70)', xrange, 2 ** 70)
show('xrange(1.5)', xrange, 1.5)
show('xrange("3")', xrange, '3')
show('xrange()', xrange)
show('xrange(1, 2, 3, 4)', xrange, 1, 2, 3, 4)
show('xrange(-2**62, 2**62)', xrange, -2 ** 62, 2 ** 62)
show('len(xrange(-2**62, 2**62, 2))', lambda: len(xrange(-2 ** 62, 2 ** 62, 2)))
big = xrange(2 ** 62, 2 ** 62 + 4)
print repr(big), len(big), big[-1], list(big)[:2]
print sum(xrange(1000)), sum(xrange(1, 1000, 7)), max(xrange(3, 50, 4)), min(xrange(20, 0, -6))
it = iter(xrange(3))
print type(it).__name__, next(it), list(it), list(it)
print xrange(3) == xrange(3), list(xrange(3)) == range(3), bool(xrange(0)), bool(xrange(1))
total = 0
for i in xrange(100, 0, -1):
    if i % 17 == 0:
        total += i
print total, [i for i in xrange(5) if i != 2], dict.fromkeys(xrange(3), 0) == {0: 0, 1: 0, 2: 0}
print zip(xrange(3), xrange(10, 7, -1)), map(None, xrange(2)), sorted(xrange(5), reverse=True), tuple(xrange(-1, -4, -1))
print xrange(True, 5), xrange(3L), xrange(-0), repr(xrange(1, 1)), repr(xrange(5, 2, -1))
