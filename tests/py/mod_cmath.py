# cmath: every function on a few points, constants, polar/rect/phase, isinf/isnan, and error messages.
import cmath


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


def c(z):
    if isinstance(z, str):
        return z
    return '(%.10g%+.10gj)' % (z.real, z.imag)


print cmath.pi, cmath.e
pts = [1 + 1j, -1 + 0j, 0.5 - 2j, 2j, 3 + 0j]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    out = []
    for z in pts:
        try:
            out.append(c(f(z)))
        except ValueError as e:
            out.append('ValueError:' + str(e))
    print name.ljust(6), ' '.join(out)
print cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(0), repr(cmath.sqrt(complex(-0.0, -0.0))), cmath.sqrt(-1 - 0j)
print cmath.log(1), cmath.log(-1), c(cmath.log(8, 2)), c(cmath.log(1j, 1j)), c(cmath.log10(100)), c(cmath.log(10, 1 + 1j))
print cmath.phase(1), cmath.phase(-1), cmath.phase(1j), cmath.phase(-1j), cmath.phase(complex(-1, -0.0)), cmath.phase(0)
print cmath.polar(1j), cmath.polar(-2), cmath.polar(3 + 4j), cmath.polar(0)
print c(cmath.rect(1, cmath.pi / 2)), cmath.rect(2, 0), c(cmath.rect(1, cmath.pi)), cmath.rect(0, 1)
print cmath.isinf(complex(float('inf'), 0)), cmath.isinf(1j), cmath.isnan(complex(0, float('nan'))), cmath.isnan(1 + 1j)
print cmath.exp(complex(float('-inf'), 0)), cmath.sqrt(complex(float('inf'), 0)), cmath.exp(0), cmath.cos(0), cmath.sin(0)
print cmath.sqrt(2), cmath.exp(1), cmath.log(cmath.e), cmath.acos(2), cmath.asin(2), c(cmath.atan(2))
print cmath.sqrt(4L), cmath.sqrt(2.25), c(cmath.exp(cmath.pi * 1j)), c(cmath.exp(1j * cmath.pi / 2))
show('log(0)', cmath.log, 0)
show('log(1, 1)', cmath.log, 1, 1)
show('log(1, 0)', cmath.log, 1, 0)
show('log10(0)', cmath.log10, 0)
show('atanh(1)', cmath.atanh, 1)
show('atanh(-1)', cmath.atanh, -1)
show('atan(1j)', cmath.atan, 1j)
show('exp(1000)', cmath.exp, 1000)
show('cosh(1000)', cmath.cosh, 1000)
show('sqrt("x")', cmath.sqrt, 'x')
show('rect(1, inf)', cmath.rect, 1, float('inf'))
show('rect(inf, 1)', cmath.rect, float('inf'), 1)
show('polar(inf)', cmath.polar, complex(float('inf'), 1))
show('phase()', cmath.phase)
show('sqrt(1, 2)', cmath.sqrt, 1, 2)
show('exp(complex(1e308, 1e308))', cmath.exp, complex(1e308, 1e308))


class Z(object):
    def __complex__(self):
        return 4j


class F(object):
    def __float__(self):
        return 9.0


print c(cmath.sqrt(Z())), cmath.sqrt(F()), cmath.phase(Z()), cmath.polar(F())
