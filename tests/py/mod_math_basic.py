# math: constants, rounding, powers/logs, trig, hyperbolic, angles, with inf/nan handling and domain errors.
import math


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


inf, nan = float('inf'), float('nan')
print math.pi, math.e, repr(math.pi), repr(math.e)
for x in [2.5, -2.5, 2.0, -0.5, 1e20, 7, -7L]:
    print x, repr(math.ceil(x)), repr(math.floor(x)), repr(math.trunc(x)), repr(math.fabs(x)), math.modf(x)
print math.ceil(inf), math.floor(-inf), math.modf(inf), math.modf(-inf), math.modf(nan), type(math.trunc(2.5)).__name__
print math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(inf), math.sqrt(nan), math.sqrt(2 ** 100)
print math.exp(0), math.exp(1), math.exp(-inf), math.exp(inf), math.expm1(1e-10), math.expm1(0), math.exp(nan)
print math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log(inf), math.log(10 ** 400, 10)
print math.log10(1000), math.log10(2), math.log1p(1e-10), math.log1p(0), math.log1p(-0.5), math.log10(10L ** 300)
print math.pow(2, 10), math.pow(2, -1), math.pow(2, 0.5), math.pow(0, 0), math.pow(nan, 0), math.pow(1, nan), math.pow(-1, inf), math.pow(inf, -1)
print math.sin(0), math.sin(math.pi / 2), math.cos(0), math.cos(math.pi), math.tan(0), math.tan(math.pi / 4)
print math.asin(1), math.acos(1), math.acos(0), math.atan(1), math.atan(inf), math.atan(-inf), math.atan2(1, 1), math.atan2(-0.0, -1)
print math.atan2(0.0, -0.0), math.atan2(inf, inf), math.atan2(-inf, 1), math.atan2(1, 0), math.atan2(0, 0)
print math.sinh(0), math.sinh(1), math.cosh(0), math.cosh(1), math.tanh(0), math.tanh(inf), math.tanh(-inf), math.tanh(20)
print math.asinh(0), math.asinh(1), math.acosh(1), math.acosh(2), math.atanh(0), math.atanh(0.5), math.asinh(-inf)
print math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.degrees(inf)
print math.isinf(inf), math.isinf(-inf), math.isinf(1e308), math.isinf(nan), math.isnan(nan), math.isnan(inf), math.isnan(0)
print math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(inf, -1), math.copysign(0.0, -1), math.copysign(nan, -1.0) != 0
print math.hypot(3, 4), math.hypot(0, 0), math.hypot(inf, nan), math.hypot(-5, 12), math.hypot(1e200, 1e200)
print math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), math.fmod(-0.0, 1), math.fmod(1, inf)
show('sqrt(-1)', math.sqrt, -1)
show('log(0)', math.log, 0)
show('log(-1)', math.log, -1)
show('log(1, 1)', math.log, 1, 1)
show('log(2, 0)', math.log, 2, 0)
show('log10(0)', math.log10, 0)
show('log1p(-1)', math.log1p, -1)
show('exp(1000)', math.exp, 1000)
show('pow(0, -1)', math.pow, 0, -1)
show('pow(-2, 0.5)', math.pow, -2, 0.5)
show('pow(10, 400)', math.pow, 10, 400)
show('asin(2)', math.asin, 2)
show('acos(-1.5)', math.acos, -1.5)
show('acosh(0)', math.acosh, 0)
show('atanh(1)', math.atanh, 1)
show('sin(inf)', math.sin, inf)
show('cos(-inf)', math.cos, -inf)
show('tan(inf)', math.tan, inf)
show('cosh(1000)', math.cosh, 1000)
show('sinh(1000)', math.sinh, 1000)
show('fmod(1, 0)', math.fmod, 1, 0)
show('fmod(inf, 1)', math.fmod, inf, 1)
show('sqrt("4")', math.sqrt, '4')
show('sqrt()', math.sqrt)
show('floor(1j)', math.floor, 1j)
show('trunc("x")', math.trunc, 'x')
show('ceil(nan)', math.ceil, nan)
show('floor(inf)', math.floor, inf)
show('sqrt(2**2000)', math.sqrt, 2 ** 2000)
show('log(2**2000)', math.log, 2 ** 2000)
show('log(-2**2000)', math.log, -2 ** 2000)
show('hypot(1)', math.hypot, 1)
show('exp(nan)', math.exp, nan)


class T(object):
    def __trunc__(self):
        return 'truncated'

    def __float__(self):
        return 9.0


print math.trunc(T()), math.sqrt(T()), math.floor(T()), math.ceil(T())
