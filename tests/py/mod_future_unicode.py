# from __future__ import unicode_literals: plain literals become unicode, b'' stays str; interplay with str APIs.
from __future__ import unicode_literals

s = 'text'
b = b'bytes'
print type(s).__name__, type(b).__name__, type('').__name__, type(r'raw').__name__, type("""triple""").__name__
print repr(s), repr(b), repr('caf\xe9'), repr('\u20ac'), len('\u20ac'), repr(b'\xe9')
print repr(s + b), type(s + b).__name__, repr('a' * 3), repr(str('x')), type(str('x')).__name__
print repr('%s-%d' % ('x', 5)), type('%s' % b'b').__name__, repr(b'%s' % b'x'), repr('{0}'.format(1))
d = {'key': 1}
print d['key'], d[b'key'], 'key' == b'key', hash('key') == hash(b'key')
print repr(','.join(['a', 'b'])), repr(b','.join([b'a', b'b'])), repr('a b'.split()), repr(b'a b'.split())
print repr('caf\xe9'.encode('utf-8')), repr(b'caf\xc3\xa9'.decode('utf-8')), repr('x'.encode('ascii'))


def f(**kw):
    return sorted(kw.items())


print f(a=1), repr(getattr(f, '__name__')), type(f.__name__).__name__
print repr(str.upper(b'abc')), repr(unicode.upper('abc')), isinstance('x', basestring), isinstance('x', str), isinstance('x', unicode)
try:
    str('\xe9')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError', e
try:
    getattr(object(), '\xe9')
except Exception as e:
    print type(e).__name__
print repr(chr(65)), repr(unichr(65)), repr('%c' % 65), repr(b'%c' % 65), type(repr('x')).__name__, repr(u'explicit u')
