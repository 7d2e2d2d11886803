# -*- coding: utf-8 -*-
# unicode basics: literals (this file is UTF-8 encoded), repr, len, encode/decode, mixing with str, methods.

u = u'h\xe9llo w\xf6rld \u20ac'
print repr(u), len(u), repr(u.upper()), repr(u.title()), repr(u[1]), repr(u[::-1])
b = u.encode('utf-8')
print repr(b), len(b), repr(b.decode('utf-8')), b.decode('utf-8') == u
print repr(u.encode('latin-1', 'replace')), repr(u.encode('ascii', 'ignore')), repr(u.encode('ascii', 'replace'))
print repr(u.encode('ascii', 'xmlcharrefreplace')), repr(u.encode('ascii', 'backslashreplace'))
print repr(u'\U0001f600'.encode('utf-8')), len(u'\U0001f600')
print repr('abc' + u'def'), repr(u'x' * 3), repr(u'a,b'.split(u',')), repr(u' x '.strip())
print repr(u'%s-%d' % (u'a', 5)), repr('%s' % u'uni'), repr(u'{0}'.format(1)), repr(u''.join(['a', u'b']))
print u'abc' == 'abc', u'abc' < 'abd', hash(u'abc') == hash('abc'), 'a' in u'abc', u'a' in 'abc'
print repr(unicode('abc')), repr(unicode(5)), repr(unicode('caf\xc3\xa9', 'utf-8')), repr(unicode('\xe9', 'latin-1'))
print repr(unichr(233)), ord(u'\u20ac'), repr(u'\N{GREEK SMALL LETTER ALPHA}'), u'\u03b1'.isalpha()
print repr(u'ÄÖÜ'), repr('ÄÖÜ'), len('ÄÖÜ'), len(u'ÄÖÜ')
print repr(u'Stra\xdfe'.upper()), repr(u'\u0130'.lower()), repr(u'\u1e9e'.lower())
print repr(u'123'.isnumeric()), repr(u'\u0663'.isdigit()), repr(u'\u00bd'.isnumeric()), repr(u'abc'.isdecimal())
print repr(u'\xe9'.encode('utf-8').decode('latin-1')), repr('\xe2\x82\xac'.decode('utf-8'))
print repr(u'a\u0301'), repr(str(u'ascii only')), type(u'a' + 'b').__name__, type('a' + 'b').__name__
try:
    str(u'\xe9')
except UnicodeEncodeError, e:
    print 'UnicodeEncodeError:', e
try:
    u'x' + '\xff'
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
try:
    '\xff'.decode('ascii')
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e.encoding, e.start, e.end, e.reason
print repr(u'tab\there'), repr(u'\x7f\x80\x9f\xa0'), repr(u'\u2028')
print repr(u'x'.join([u'1', u'2'])), repr(u'aXbXc'.split(u'X', 1)), repr(u'hello'.replace(u'l', u'L'))
print repr(u'%5s|%-5s|' % (u'\xe9', u'\u20ac')), repr(u'\xe9'.center(5, u'*')), repr(u'\xe9'.zfill(3))
print sorted([u'b', 'a', u'\xe9', 'z']), max(u'abc'), min([u'x', 'y'])
print repr(u'caf\xe9'.encode('utf-8').decode('utf-8').encode('latin-1'))
print repr(u'\xe9\xe8'.encode('latin-1').decode('latin-1')), repr(u'abc'.encode('ascii'))
