# Simple % formatting.

print '%d' % 42, '%d' % -42, '%5d|' % 42, '%-5d|' % 42, '%05d' % 42, '%+d' % 42
print '%s' % 'str', '%s' % 12, '%s' % 1.5, '%s' % None, '%s' % [1, 'a'], '%s' % (1,)
print '%r' % 'str', '%r' % 12, '%r' % 1.1, '%r' % [1, 'a'], '%r' % "it's"
print '%f' % 3.14159, '%.3f' % 3.14159, '%.0f' % 2.5, '%.0f' % 3.5, '%10.4f|' % -1.5
print '%5s|%-5s|' % ('ab', 'cd'), '%.2s' % 'abcdef'
print '%d%%' % 50, '100%%', '%s and %s' % ('this', 'that')
print '%x %X %o' % (255, 255, 8), '%#x %#o' % (255, 8)
print '%d' % 2 ** 80, '%d' % 3.99, '%d' % -3.99, '%s' % 2 ** 70
print '%e' % 12345.678, '%.2e' % 0.000123, '%g' % 0.0001, '%g' % 1e20, '%g' % 123456789
print '%c%c%c' % (72, 105, 33), '%c' % 'x'
for i in range(1, 12):
    print '%3d %5d %8.3f %s' % (i, i * i, 1.0 / i, '*' * i)
name = 'world'
n = 3
print 'hello %s, you have %d new %s' % (name, n, 'messages')
print '%s' % 'only', '%s-%s' % ('a', 'b'), '(%s)' % ((1, 2),)
print '%i' % 7, '%u' % 7, '% d' % 7, '% d' % -7
print '%3.1f%%' % 99.44, '[%6.2f]' % 3.14159, '[%-8.3f]' % 2.0
print '%s %r' % ('tab\t', 'tab\t')
total = 0.0
for price in [1.25, 2.5, 3.75, 10.0]:
    total = total + price
    print 'item %6.2f running %7.2f' % (price, total)
