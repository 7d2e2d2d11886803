# int and long methods/attributes: bit_length, conjugate, numerator/denominator, real/imag, special methods.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


for n in [0, 1, -1, 7, 8, -8, 255, 256, 2 ** 31 - 1, -2 ** 31, 2 ** 62, 2 ** 63 - 1, -2 ** 63]:
    print n, n.bit_length(), n.conjugate(), n.numerator, n.denominator, n.real, n.imag, type(n).__name__
for n in [0L, 5L, -5L, 2 ** 64, -2 ** 64, 2 ** 100 - 1, 10 ** 40]:
    print repr(n), n.bit_length(), repr(n.conjugate()), repr(n.numerator), repr(n.denominator), repr(n.real), repr(n.imag)
print True.bit_length(), True.real, True.numerator, False.denominator, type(True.real).__name__, type(True.conjugate()).__name__
print (5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3), (5).__mul__(3), (5).__div__(3), (5).__rdiv__(3)
print (5).__floordiv__(-3), (5).__truediv__(2), (5).__mod__(-3), (5).__rmod__(3), (5).__divmod__(3), (5).__rdivmod__(17)
print (5).__pow__(3), (5).__pow__(3, 7), (5).__rpow__(2), (5).__neg__(), (5).__pos__(), (-5).__abs__(), (5).__invert__()
print (5).__lshift__(2), (5).__rshift__(1), (5).__and__(3), (5).__or__(3), (5).__xor__(3), (5).__rlshift__(1), (5).__rrshift__(64)
print (5).__nonzero__(), (0).__nonzero__(), (5).__int__(), repr((5).__long__()), (5).__float__(), (255).__hex__(), (8).__oct__()
print (5).__index__(), (5).__trunc__(), (5).__cmp__(3), (5).__cmp__(5), (5).__cmp__(9), (5).__hash__(), (5).__coerce__(2L)
print (5).__format__('04d'), (5).__str__(), (5).__repr__(), (5).__getnewargs__(), (5).__sizeof__() > 0
print (5).__add__(1.5), (5).__add__('x'), (5).__mul__([1]), hasattr(5, '__eq__'), hasattr(5, '__lt__'), hasattr(5, '__cmp__')
print (2 ** 70).__add__(1), (2 ** 70).__mod__(7), (2 ** 70).__rshift__(60), repr((2 ** 70).__int__()), (2 ** 70).__float__(), (2 ** 70).__hex__()
print (10L).__index__(), (10L).__trunc__(), repr((10L).__int__()), (10L).__cmp__(3L), (10L).__hash__(), (10L).__coerce__(1)
print int.__new__(int, 7), int.__new__(int, '11', 2), long.__new__(long, 3), int.__name__, long.__name__, int.__base__.__name__
print (7).__rdivmod__(100), (3).__truediv__(0.5), (-7).__floordiv__(2), (-7).__mod__(2)
show('(5).__truediv__(0)', (5).__truediv__, 0)
show('(5).__floordiv__(0)', (5).__floordiv__, 0)
show('(5).__lshift__(-1)', (5).__lshift__, -1)
show('(5).__rshift__(-1)', (5).__rshift__, -1)
show('(5).__pow__(-1, 3)', (5).__pow__, -1, 3)
show('(5).bit_length(1)', (5).bit_length, 1)
show('(5).real = 1', setattr, 5, 'real', 1)
show('(5).__format__("s")', (5).__format__, 's')
show('(2**70).__lshift__(2**70)', (2 ** 70).__lshift__, 2 ** 70)
show('int.__new__(str)', int.__new__, str)


class MyInt(int):
    def __add__(self, other):
        return 'MyInt add'


m = MyInt(4)
print m + 1, 1 + m, m * 2, type(m * 2).__name__, m.bit_length(), m.real, type(m.real).__name__, type(m.numerator).__name__, repr(m)
print int(m), type(int(m)).__name__, m == 4, hash(m) == hash(4), isinstance(m, int), +m, type(+m).__name__, -m
