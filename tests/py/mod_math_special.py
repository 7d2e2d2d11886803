# math: factorial, fsum, frexp/ldexp, gamma/lgamma, erf/erfc, with edge cases and error messages.
import math


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


inf, nan = float('inf'), float('nan')
print [math.factorial(n) for n in range(13)]
print math.factorial(20), math.factorial(25), math.factorial(30L), math.factorial(5.0), type(math.factorial(3)).__name__
print len(str(math.factorial(200))), math.factorial(100) % (10 ** 10 + 7)
show('factorial(-1)', math.factorial, -1)
show('factorial(2.5)', math.factorial, 2.5)
show('factorial("3")', math.factorial, '3')
show('factorial(inf)', math.factorial, inf)
print math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(xrange(10))
print math.fsum([1, 1e-16, 1e-16, -1]), math.fsum([inf, 1]), math.fsum([-inf, -1]), repr(math.fsum([0.3, 0.3, 0.3]))
print repr(math.fsum(x / 7.0 for x in range(100))), math.fsum([1e308, -1e308, 1e308])
show('fsum([1e308, 1e308, -1e308])', math.fsum, [1e308, 1e308, -1e308])
show('fsum([inf, -inf])', math.fsum, [inf, -inf])
show('fsum([1e308] * 2)', math.fsum, [1e308, 1e308])
show('fsum(["a"])', math.fsum, ['a'])
show('fsum(5)', math.fsum, 5)
show('fsum([nan, 1])', math.fsum, [nan, 1])
for x in [0.0, -0.0, 1.0, 0.5, 8.0, -3.75, 1e-310, 1e300, inf, -inf, 2 ** 53, 7]:
    m, e = math.frexp(x)
    print 'frexp(%r) = (%r, %r)' % (x, m, e), 'ldexp back:', repr(math.ldexp(m, e))
print math.isnan(math.frexp(nan)[0]), math.ldexp(1, 10), math.ldexp(0.5, -1073), math.ldexp(1, -1075), math.ldexp(-0.0, 5), math.ldexp(3, 2L)
print math.ldexp(1, -10 ** 6), math.ldexp(0.0, 10 ** 6), math.ldexp(inf, -5), math.ldexp(1, -2 ** 70)
show('ldexp(1, 1024)', math.ldexp, 1, 1024)
show('ldexp(1, 2**70)', math.ldexp, 1, 2 ** 70)
show('ldexp(1, 1.5)', math.ldexp, 1, 1.5)
show('frexp("x")', math.frexp, 'x')
for x in [1, 2, 3, 4, 5, 0.5, 1.5, 10, -0.5, -1.5, 171, 1e-300, 0.1]:
    print 'gamma(%r) = %r' % (x, math.gamma(x)), 'lgamma = %r' % math.lgamma(x)
print math.gamma(inf), math.lgamma(inf), math.lgamma(-inf), math.isnan(math.gamma(nan)), math.lgamma(1), math.lgamma(2)
show('gamma(0)', math.gamma, 0)
show('gamma(-1)', math.gamma, -1)
show('gamma(-2.0)', math.gamma, -2.0)
show('gamma(-inf)', math.gamma, -inf)
show('gamma(172)', math.gamma, 172)
show('lgamma(0)', math.lgamma, 0)
show('lgamma(-3)', math.lgamma, -3)
show('lgamma(1e308)', math.lgamma, 1e308)
for x in [0, 0.1, 0.5, 1, 2, 3, 6, -0.5, -1, -3, 1e-20, 30]:
    print 'erf(%r) = %r  erfc = %r' % (x, math.erf(x), math.erfc(x))
print math.erf(inf), math.erf(-inf), math.erfc(inf), math.erfc(-inf), math.isnan(math.erf(nan)), repr(math.erf(-0.0))
show('erf("a")', math.erf, 'a')
show('erfc()', math.erfc)
print round(math.gamma(0.5) ** 2, 12) == round(math.pi, 12), abs(math.lgamma(100) - math.log(math.factorial(99))) < 1e-9
