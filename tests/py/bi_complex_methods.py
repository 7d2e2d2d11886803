# complex: constructors, real/imag, conjugate, arithmetic special methods, repr and errors.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


zs = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(0, -0.0), complex(-0.0, 0), complex(1e300, 1e-300), complex(3, 4),
      complex('inf'), complex(float('nan'), 1), complex('-2.5+0.5j'), complex(2L), complex(True, False)]
for z in zs:
    print repr(z), str(z), z.real, z.imag, repr(z.conjugate()), abs(z) if z.real == z.real else 'nan-abs'
a, b = 3 + 4j, 1 - 2j
print a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, b ** -1, a == 3 + 4j, a != b, -a, +a, 2 * a, a / 2
print a.__add__(1), a.__radd__(1), a.__sub__(b), a.__rsub__(b), a.__mul__(b), a.__rmul__(2), a.__div__(b), a.__rdiv__(b)
print a.__truediv__(2), a.__rtruediv__(25), a.__pow__(2), a.__rpow__(2), a.__neg__(), a.__pos__(), a.__abs__(), a.__nonzero__(), (0j).__nonzero__()
print a.__eq__(a), a.__ne__(b), a.__eq__(5), a.__coerce__(1), a.__coerce__(2.5), a.__getnewargs__(), a.__hash__() == hash(a), hash(3 + 0j)
print a.__floordiv__(2), a.__mod__(2), a.__divmod__(2), a.__format__('.2f'), a.__format__(''), format(1 - 1j, '^12')
print complex(1, 2) == complex('1+2j'), 1j * 1j, (1j) ** 2, pow(1j, 3), 2 ** 1j, 1 + 0j == 1, 2 == 2 + 0j
print complex('1e3j'), complex('  (1+1j)  '), complex('-j'), complex('+J'), complex(u'1+2j'), complex(1j, 1j)
show('complex < complex', lambda: 1j < 2j)
show('a.__lt__(b)', a.__lt__, b)
show('int(a)', int, a)
show('float(a)', float, a)
show('long(a)', long, a)
show('a / 0', lambda: a / 0)
show('a % 0', lambda: a % 0j)
show('0j ** -1', lambda: 0j ** -1)
show('0j ** 1j', lambda: 0j ** 1j)
show('complex("1+2")', complex, '1+2')
show('complex("j1")', complex, 'j1')
show('complex(None)', complex, None)
show('complex(1, None)', complex, 1, None)
show('a.real = 1', setattr, a, 'real', 1)
show('pow(a, 2, 3)', pow, a, 2, 3)
show('big ** big', lambda: (1e200 + 1e200j) ** 2)
show('round(a)', round, a)


class C(object):
    def __complex__(self):
        return 5 + 6j


class CF(object):
    def __float__(self):
        return 1.25


print complex(C()), complex(CF()), complex(CF(), CF()), complex(1.5), complex(2 ** 70)
print [repr(complex(r, i)) for r in (0.0, -0.0) for i in (0.0, -0.0)]
print repr(1e16j), repr(1e-5 + 1e16j), repr(complex(1.1, 2.2)), str(complex(1.0 / 3, 2.0 / 3)), repr(complex(1.0 / 3, 2.0 / 3))
