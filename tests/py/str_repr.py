# repr() of strings: escapes and quote selection; str vs repr of containers holding strings.

samples = ['plain', "it's", 'say "hi"', 'both \' and "', '\n', '\t', '\r', '\x00', '\x01\x1f', '\x7f',
           '\x80\xff', '\\', '\\n', '\a\b\f\v', 'caf\xc3\xa9', '', ' ', "'", '"', '\'"\'', 'a\nb\tc\\d',
           ''.join(chr(i) for i in range(0, 256, 7))]
for s in samples:
    print repr(s), len(s), repr(repr(s))
print str(samples[:6])
print [chr(i) for i in range(30, 40)], tuple('\x00\n'), {'\n': '\t'}
print repr(u'unicode'), repr(u"it's"), repr(u'\xe9\u1234\U0001f600'), repr(u'\x00\n\t'), repr(u'\\')
print repr(u'\u20ac'), repr(u'a\u0300'), [u'\xff'], repr(u'\ud800')
print '%r' % 'x\n', '%s' % 'x\ty', `'backtick'`, repr(str(repr('nested')))
print repr(bytearray('a\x00\'"')), repr(buffer('abc'))[:8] if False else 'skip buffer'
print repr('\x0b\x0c'), repr(chr(127)), repr(chr(128)), repr('\xe9')
x = 'line1\nline2'
print x
print repr(x)
print [x]
print "%s|%r|%-8r|%8r" % ('a', 'a', 'a', 'a')
