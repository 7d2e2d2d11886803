# % formatting: all conversions, flags, width, precision, '*', dict-based.

for v in [0, 1, -1, 42, -42, 2 ** 70, -(2 ** 70), 255, True]:
    print '%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%8.3d|%-+6d|%i|%u' % ((v,) * 15)
for v in [0.0, 1.5, -2.25, 1e10, 1.23456789e-7, 100.0]:
    print '%f|%.1f|%10.3f|%-10.2f|%+.2f|%e|%.2E|%g|%G|%.3g|%#.3g|%010.4f' % ((v,) * 12)
print '%s|%10s|%-10s|%.3s|%10.2s|%r|%5r|%c|%c|%%' % ('abc', 'abc', 'abc', 'abcdef', 'xyz', 'r', 1, 65, 'z')
print '%*d|%-*d|%.*f|%*.*f' % (6, 42, 6, 42, 2, 3.14159, 10, 3, 2.71828)
print '%(name)s is %(age)d years, %(name)r again, %(pct).1f%%' % {'name': 'Ann', 'age': 30, 'pct': 99.44}
print '%(a)s %(b)s' % {'a': 1, 'b': [2], 'c': 'unused'}
print '%s' % (1,), '%s' % [1, 2], '%s %s' % ((1, 2), [3]), '%s' % ((1, 2),), '%r' % ((1, 2),)
print '%d items' % 3L, '%s' % None, '%s' % True, '%d' % True, '%r' % u'u', '%s' % u'u', type('%s' % u'u').__name__
print '%x' % 3.0 if False else 'skip', '%d' % 3.7, '%d' % -3.7, '%i' % 2.0 ** 62, '%.0f' % 0.5, '%.0f' % 1.5
print '%c' % 0 == '\x00', '%5c|%-5c|' % ('a', 'b'), '%3%' if False else 'skip'
print 'no args %%' % (), 'literal only' % ()
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%(k)s', (1,)), ('%z', 1), ('%c', 'ab'),
                  ('%(missing)s', {}), ('%', ()), ('%*d', ('a', 1)), ('%d', None)]:
    try:
        print fmt % args
    except (TypeError, ValueError, KeyError), e:
        print type(e).__name__, e
print '%s' % {'k': 'v'}, '%(0)s' % {'0': 'zero'}, '%s and %%' % 'x'
print '%5.1f%%|%-7s|%07.2f|%+05d|% 5d' % (12.345, 'ab', -1.5, 3, 3)
print '%e' % 1e100, '%e' % 1e-100, '%g' % 1e-4, '%g' % 1e-5, '%g' % 123456, '%g' % 1234567, '%.10g' % 1234567
print '%#o %#x %#X %#e %#g' % (0, 0, 255, 1.0, 1.0)
print '%-+8.2f|%+-8.2f|%0-8d|%-08d' % (1.0, 1.0, 5, 5)
print '%s' % 'x' * 3, '%s' * 3 % (1, 2, 3)
print u'%s %d %r' % ('a', 1, 'b'), '%s' % u'\xe9' == u'\xe9'
