# chr, ord, unichr, str, unicode, repr, format, intern, bytes.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print repr(chr(0)), repr(chr(65)), repr(chr(255)), ord('a'), ord('\xff'), ord(u'\u20ac'), ord(u'\x00')
print repr(unichr(65)), repr(unichr(0x20ac)), repr(unichr(0xffff)), len(unichr(0xffff))
show('chr(256)', chr, 256)
show('chr(-1)', chr, -1)
show('chr("a")', chr, 'a')
show('unichr(-1)', unichr, -1)
show('unichr(0x110000)', unichr, 0x110000)
show('ord("ab")', ord, 'ab')
show('ord("")', ord, '')
show('ord(1)', ord, 1)
print repr(str()), str(1), str(1.5), str(2 ** 70), str([1, 'a']), str((1,)), str(None), str(u'abc'), str(1e100)
print repr(unicode()), repr(unicode('abc')), repr(unicode(12)), repr(unicode('caf\xc3\xa9', 'utf-8')), repr(unicode('ab', 'ascii', 'strict'))
show('str(u"\\xe9")', str, u'\xe9')
show('unicode("\\xe9")', unicode, '\xe9')
show('unicode(u"a", "utf-8")', unicode, u'a', 'utf-8')
show('unicode("a", "nope")', unicode, 'a', 'nope')
print repr(unicode('a\xffb', 'ascii', 'ignore')), repr(unicode('a\xffb', 'ascii', 'replace'))
print repr(1), repr('a\'b"c'), repr("it's"), repr('\t\n\\'), repr(u'\u1234\n'), repr(1.1), repr(1L), repr([u'x', 'y'])
print repr(None), repr(True), repr(()), repr((1,)), repr({}), repr(set()), repr(frozenset()), repr(1j), repr(-0.0)


class Both(object):
    def __str__(self):
        return 'str of Both'

    def __repr__(self):
        return 'Both()'

    def __unicode__(self):
        return u'unicode of Both'


b = Both()
print str(b), repr(b), unicode(b), [b], '%s %r' % (b, b), `b`
print format(3.14159, '.2f'), format(42, '08b'), format(42, 'x'), format('abc', '>6'), format(1234567, ','), format(0.5, '%')
print format(5), format('s'), format(1.5, ''), format(u'u', '^5'), repr(format(u'u')), format(-3, '+d'), format(255, '#o')
print format(1e10, 'g'), format(123.456, 'e'), format(2 ** 70, ','), format(True), format(None), format(1 + 2j, '.1f')


class Fmt(object):
    def __format__(self, spec):
        return 'Fmt<' + spec + '>'


print format(Fmt(), 'xyz'), '{0:abc}'.format(Fmt()), format(Fmt())
show('format(1, "q")', format, 1, 'q')
show('format("a", "d")', format, 'a', 'd')
show('format(1.5, "d")', format, 1.5, 'd')
show('format(1, 2)', format, 1, 2)
show('format()', format)
s1 = intern('hello_world_interned')
s2 = intern(''.join(['hello_', 'world_', 'interned']))
print s1 is s2, s1 == s2, type(s1).__name__
show('intern(u"a")', intern, u'a')
show('intern(1)', intern, 1)
print bytes is str, bytes('abc'), repr(bytes()), bytes(5), repr(bytes(u'x'))
print str(-0.0), str(1e16), str(0.1 + 0.2), repr(0.1 + 0.2), str(1.0 / 3), str(123456789012.0), str(1e-5)
