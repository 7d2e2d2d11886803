# float methods: hex, fromhex, as_integer_ratio, is_integer, conjugate, real/imag, special values.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


inf, nan = float('inf'), float('nan')
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1.5, 3.14159, 1e100, 1e-300, 5e-324, 1.7976931348623157e308, 2.0 ** 53, 255.0]:
    print repr(x), x.hex(), float.fromhex(x.hex()) == x, x.is_integer(), x.conjugate(), x.real, x.imag
for x in [0.0, 0.5, 0.1, -2.75, 1e100, 3.0, 1e-10, 2.0 ** -1074]:
    print repr(x), x.as_integer_ratio()
print inf.hex(), (-inf).hex(), nan.hex(), inf.is_integer(), nan.is_integer(), inf.real, nan.conjugate()
for s in ['0x1p0', '0x1.8p1', '-0x1p-2', '0X1.FFFFFFFFFFFFFP+1023', '0x.8p1', '0x10', '1', 'inf', '-Infinity', 'nan',
          '  0x1p4  ', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p0', '0xap0', '0x1.8']:
    print repr(s), repr(float.fromhex(s))
show('fromhex bad', float.fromhex, 'xyz')
show('fromhex overflow', float.fromhex, '0x1p1024')
show('fromhex int', float.fromhex, 5)
show('inf.as_integer_ratio', inf.as_integer_ratio)
show('nan.as_integer_ratio', nan.as_integer_ratio)
show('hex arg', (1.0).hex, 1)
print (2.5).__add__(1), (2.5).__radd__(1), (2.5).__sub__(1), (2.5).__rsub__(1), (2.5).__mul__(2), (2.5).__div__(2), (2.5).__rdiv__(5)
print (7.5).__floordiv__(2), (7.5).__mod__(-2), (7.5).__divmod__(2), (7.5).__rfloordiv__(20), (7.5).__rmod__(20), (7.5).__truediv__(3)
print (2.0).__pow__(10), (2.0).__rpow__(3), (-2.5).__abs__(), (2.5).__neg__(), (2.5).__pos__(), (2.5).__nonzero__(), (0.0).__nonzero__()
print (2.7).__int__(), (-2.7).__int__(), repr((2.7).__long__()), (2.7).__trunc__(), (2.7).__float__(), (2.5).__coerce__(1), (2.5).__coerce__(2L)
print (2.5).__eq__(2.5), (2.5).__lt__(3), (2.5).__ge__(3), (2.5).__ne__(1), (2.5).__eq__('x'), (2.5).__hash__(), (1.0).__hash__()
print (2.5).__format__('.3f'), (2.5).__format__(''), (1e20).__format__('g'), (2.5).__str__(), (0.1).__repr__(), (2.5).__getnewargs__()
print float.__getformat__('double'), float.__getformat__('float'), float.__new__(float, '1.25')
print (1e308).__mul__(10), (-1e308).__mul__(10), (1e-320).__div__(1e10), inf.__sub__(inf), (0.0).__rpow__(2)
show('float.__div__ by 0', (1.0).__div__, 0)
show('float.__mod__ by 0', (1.0).__mod__, 0.0)
show('float.__pow__ overflow', (10.0).__pow__, 400)
show('float.__pow__ neg frac', (-1.0).__pow__, 0.5)
show('inf.__int__', inf.__int__)
show('nan.__long__', nan.__long__)
show('getformat bad', float.__getformat__, 'int')
show('(1.5).real = 2', setattr, 1.5, 'real', 2)


class MyFloat(float):
    pass


mf = MyFloat(2.5)
print mf.hex(), mf.as_integer_ratio(), mf.is_integer(), type(mf.real).__name__, type(mf.conjugate()).__name__, repr(mf)
print type(MyFloat.fromhex('0x1p1')).__name__, MyFloat.fromhex('0x1p1')
