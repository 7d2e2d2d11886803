# Numeric builtins: abs, round, divmod, int/float/long conversions, min/max/sum, cmp, bool arithmetic.

print abs(-5), abs(5L), abs(-2 ** 70), abs(-0.0), abs(-1.5), abs(3 + 4j), abs(True), abs(-False)
print round(2.5), round(-2.5), round(0.125, 2), round(1234.5678, -2), round(7), round(7L, 1), round(-0.4)
print type(round(1)).__name__, type(round(1.23, 1)).__name__
print divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(2 ** 70, 10)
print int(3.9), int(-3.9), int('42'), int('-17'), int('ff', 16), int('0x1f', 16), int('11', 2), int('z', 36)
print int(True), int(2 ** 70 / 2 ** 69), long(3), float(3), float('-1.5e3'), float(True), float(2 ** 70)
print int(1e18), int(1e19), type(int(1e19)).__name__, int(-1e19), long(1e19)
print min(3, 1, 2), max(3, 1, 2), min([4, -1]), max('abc'), min(1, 1.0), max(1.0, 1), min(1L, 1), max(2, 2L)
print sum([1, 2, 3]), sum([1.5, 2.5]), sum([2 ** 70, 1]), sum([], 10), sum([1, 2.5, 3L])
print cmp(1, 2), cmp(2, 1), cmp(1, 1), cmp(1.0, 1), cmp('a', 'b'), cmp([1], [0]), cmp(None, 0)
print True + True, True * 7, True / 2, True - False, -True, True ** 10, True % 2, 10 / True
print True == 1, True is 1, True + 0.5, sum([True, True, False]), [1, 2, 3][True]
print bool(0), bool(0L), bool(0.0), bool(0j), bool(-0.0), bool(1e-300), bool(2 ** 70)
print str(True), repr(False), str(True + 0), True.__class__.__name__, True & 1, type(True & 1).__name__
print hex(255), oct(255), bin(255), hex(-255), int(hex(255), 16), int(oct(255), 8), int(bin(255), 2)
print chr(65), ord('A'), unichr(0x263a) == u'\u263a', ord(u'\u263a'), chr(0) == '\x00', ord('\xff')
print float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).hex(), (3.0).is_integer(), (1.5).as_integer_ratio()
print (10).real, (10).imag, (10).numerator, (10).denominator, (10).conjugate(), (2.5).real, (2.5).imag
print (7).__add__(3), (7).__sub__(10), (7).__rsub__(10), (7.0).__floordiv__(2), (7).__neg__()
print isinstance(1, (int, long)), isinstance(1.0, float), isinstance(True, int), isinstance(2 ** 70, long)
print int('1' * 20), int('   12   '), float('  1.5  '), int(u'42'), float(u'2.5')
print range(-3, 3), range(10, 0, -4), len(xrange(0, 100, 7)), sum(xrange(10 ** 5))
