# Complex numbers: arithmetic, repr, attributes, mixed with int/float.

a = 3 + 4j
b = 1 - 2j
print a, b, repr(a), str(b), a.real, a.imag, a.conjugate(), abs(a)
print a + b, a - b, a * b, a / b, -a, +a, a ** 2, a == 3 + 4j, a != b
print 1j, -1j, 1j * 1j, (1j) ** 2, 2j / 1j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0)
print complex(1), complex(1, 2), complex('1+2j'), complex('  3j '), complex(2.5), complex(1L, 1L)
print 1 + 1j, 1.5 + 0j, 0 + 1.5j, 1e20j, 1e-20 + 1j, 1 + 1e20j, complex(1e16, 1e-5)
print a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 1 / a, a - 1.5, 10 - a
print (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (2j) ** 0.5, (1 + 1j) ** 3, 1j ** 1j
print abs(-3j), abs(1 + 1j), abs(complex(3e200, 4e200))
print complex(float('inf'), 1), complex(1, float('nan')), complex(float('-inf'), float('-inf'))
print repr(complex(1.1, 2.2)), repr(complex(0.1 + 0.2, -0.3)), str(complex(1 / 3.0, 2 / 3.0))
print hash(1 + 0j) == hash(1), hash(2j), hash(1 + 2j), hash(complex(0.5, 0.25))
print 1 + 0j == 1, 1j == 1, (1 + 0j) in [1], {1: 'int'}[1 + 0j]
print divmod(7 + 0j, 2) if False else 'skip', (5 + 3j) // 2 if False else 'skip2'
try:
    1j < 2j
except TypeError, e:
    print 'TypeError:', e
try:
    int(1j)
except TypeError, e:
    print 'TypeError:', e
try:
    1 / 0j
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    complex('1+')
except ValueError, e:
    print 'ValueError:', e
print [x.imag for x in [1j, 2 + 3j, 4]], sum([1j, 2, 3.5 + 1j]), type(1j).__name__, (1j).__class__ is complex
print '%s %r' % (1 + 2j, 1 - 2j), '{0}'.format(1 + 2j), format(1.5 + 2.5j, '.2f') if True else ''
z = 1 + 1j
z *= 2
z += 1
z -= 1j
print z, z.real.is_integer(), complex(z.real, z.imag) == z
