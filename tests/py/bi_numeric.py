# Numeric builtins: abs, bin, hex, oct, divmod, pow (2 and 3 args), cmp, coerce, int/long/float/complex/bool.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print abs(-7), abs(-7L), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(-True), abs(-(2 ** 80))
print bin(0), bin(5), bin(-5), bin(2 ** 65), bin(7L), bin(True)
print hex(0), hex(255), hex(-255), hex(2 ** 64), hex(255L), hex(True)
print oct(0), oct(8), oct(-8), oct(2 ** 64), oct(8L)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (2 ** 70, 3), (7, 2.5)]:
    print 'divmod', a, b, divmod(a, b)
print pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(2, 100)
print pow(3, 4, 5), pow(2, 100, 7), pow(2L, 10, 1000), pow(-3, 3, 7), pow(10, 20, 2 ** 40 + 1)
print pow(0, 0), pow(0.0, 0), pow(1, -2 ** 40), pow(-1, 2 ** 40 + 1)
show('pow(2, -1, 5)', pow, 2, -1, 5)
show('pow(2.0, 2, 5)', pow, 2.0, 2, 5)
show('pow(2, 2, 0)', pow, 2, 2, 0)
show('pow(0, -1)', pow, 0, -1)
show('pow(0.0, -1)', pow, 0.0, -1)
show('pow(-8.0, 0.5)', pow, -8.0, 0.5)
show('pow()', pow)
print cmp(1, 2), cmp(2, 2), cmp(3, 2), cmp('b', 'a'), cmp((1, 2), (1, 3)), cmp([], [0]), cmp(1, 1.5)
print coerce(1, 2.5), coerce(1, 2L), coerce(1.5, 2L), coerce(1, 1j), coerce(3L, 4)
show('coerce(1, "a")', coerce, 1, 'a')
show('coerce(1)', coerce, 1)
print int(), int(7.9), int(-7.9), int('  -12 '), int('0b101', 0), int('0o17', 0), int('0x1F', 0), int('017', 0)
print int('zz', 36), int('101', 2), int(2 ** 70 / 2 ** 60), int('9' * 25), type(int('9' * 25)).__name__
print long(), long(5), long('123456789012345678901234567890'), long(1e20), long('ff', 16), long(-3.5)
print float(), float(3), float('1e500'), float('-inf'), float('nan'), float(' 2.5 '), float(2 ** 70)
print complex(), complex(1), complex(1, 2), complex('3+4j'), complex('-1.5j'), complex(1 + 2j, 3), complex(' 2 ')
print bool(), bool(0), bool(1), bool(''), bool('0'), bool([]), bool([0]), bool({}), bool(None), bool(0.0), bool(0j)
show('int("abc")', int, 'abc')
show('int("12", 1)', int, '12', 1)
show('int("12", 37)', int, '12', 37)
show('int(12, 10)', int, 12, 10)
show('int([])', int, [])
show('int(None)', int, None)
show('int(float("inf"))', int, float('inf'))
show('int(float("nan"))', int, float('nan'))
show('long("1.5")', long, '1.5')
show('float("abc")', float, 'abc')
show('float([])', float, [])
show('float(2**2000)', float, 2 ** 2000)
show('complex("1+")', complex, '1+')
show('complex("1", 2)', complex, '1', 2)
show('complex(1, "2")', complex, 1, '2')
show('divmod(1, 0)', divmod, 1, 0)
show('divmod(1.0, 0)', divmod, 1.0, 0)
show('divmod(1j, 1)', divmod, 1j, 1)
show('abs("x")', abs, 'x')
show('abs()', abs)
show('abs(1, 2)', abs, 1, 2)
show('hex(1.5)', hex, 1.5)
show('oct("8")', oct, '8')
show('bin(1.0)', bin, 1.0)
show('cmp(1)', cmp, 1)


class Idx(object):
    def __index__(self):
        return 10

    def __int__(self):
        return 3

    def __float__(self):
        return 2.5


print bin(Idx()), int(Idx()), float(Idx()), range(20)[Idx()], 'abcdefghijkl'[Idx():]
show('long(Idx())', long, Idx())
show('hex(Idx())', hex, Idx())
