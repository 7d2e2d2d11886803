# round(): Python 2 rounds halves away from zero; ndigits may be negative; result is always float.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16, -1e16]:
    print 'round(%r) =' % x, round(x)
for x, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (-0.125, 2), (1234.5678, 1),
             (1234.5678, -1), (1234.5678, -2), (1250, -2), (1350, -2), (-1250, -2), (5, -1),
             (15, -1), (25, -1), (-25, -1), (123456789, -5), (2 ** 60, -10), (1.23456789, 5),
             (1e300, 2), (1e-300, 300), (0.5, 0), (5.5, 0), (0.0, 3), (-0.0, 3), (12, 3)]:
    print 'round(%r, %r) =' % (x, n), repr(round(x, n))
print repr(round(True)), repr(round(7L)), repr(round(2 ** 70)), type(round(3)).__name__
print round(float('inf')), round(float('-inf')), round(float('nan'))
print round(1.5, 400), round(1.5, -400), round(-1.5, -400)
show('round()', round)
show('round("1")', round, '1')
show('round(1.5, 1.5)', round, 1.5, 1.5)
show('round(1j)', round, 1j)
show('round(1, 2, 3)', round, 1, 2, 3)
show('round(1e308, -308)', round, 1e308, -308)
show('round(1.7e308, -308)', round, 1.7e308, -308)


class R(object):
    def __float__(self):
        return 2.5


print round(R()), round(R(), 0)
print [round(i / 4.0, 1) for i in range(-6, 7)]
print [round(i * 0.05, 1) for i in range(10)]
print [round(i, -1) for i in range(-25, 26, 5)]
