# Float repr (shortest round trip) and str (12 significant digits) across magnitudes.

vals = []
for e in range(-25, 26):
    vals.append(10.0 ** e)
    vals.append(1.5 * 10.0 ** e)
    vals.append(-1.234567890123456789 * 10.0 ** e)
for v in vals:
    print repr(v), str(v), '%r' % v, '%s' % v
specials = [0.1, 0.2, 0.3, 0.7, 1.1, 2.2, 3.3, 1.0 / 3, 2.0 / 3, 1e16, 1e17, 123456789012.0,
            1234567890123.0, 0.000001, 0.0000001, 1e-4, 9.999999999999999e22, 1e23,
            5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 4.9406564584124654e-324,
            0.1 + 0.7, 1.0 - 1e-16, 1 + 2 ** -52, 100.0, 1e5, 123456.7, 0.5, 0.25, 0.125,
            3.141592653589793, 2.718281828459045, 1.4142135623730951, 299792458.0, 6.02214076e23,
            1.602176634e-19, 1e21, 1e22, 99999999999.99998, 999999999999.9999, 0.30000000000000004,
            float(2 ** 53), float(2 ** 53 + 1), float(2 ** 63), float(2 ** 64), 1e-310, -1e-310]
for v in specials:
    print repr(v), str(v), repr(-v), str(-v)
print float('inf'), float('-inf'), float('nan'), repr(float('inf')), str(float('-inf')), float('Infinity')
print float('1e500'), float('-1e500'), float('  -0.0'), float('.5'), float('5.'), float('1_0' if False else '10')
print [round(x, 2) for x in [0.125, 0.135, 2.675, 1.005, -0.5, 0.5, 1.5, 2.5]]
print [round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 1e300, 0.49999999999999994]]
print round(123.456, -1), round(123.456, -2), round(1234, -2), round(-1234.5678, 2), round(5e-324, 400)
print 0.1 + 0.2, repr(0.1 + 0.2), 0.1 * 3, repr(0.1 * 3), 1.1 * 1.1, repr(1.1 * 1.1)
print repr(1e16 - 1), repr(1e16 + 1), repr(1e16 + 2), str(1e15 + 0.3), repr(1e15 + 0.3)
print [repr(x / 10.0) for x in range(11)]
print [str(2.0 ** -i) for i in range(0, 30, 3)]
print str(1.0 / 7), repr(1.0 / 7), str(10.0 / 7), str(100000.0 / 7), str(1e11 / 7), str(1e12 / 7)
print repr(float(123456789012345678)), str(float(123456789012345678)), 1e-5, 1e-4, 0.0001234
