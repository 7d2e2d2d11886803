# Codecs through str.encode/str.decode/unicode.encode: ascii, latin-1, utf-8, utf-16, hex, base64; strict/ignore/replace.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


u = u'A\xe9\u20ac\U0001f600z'
print len(u), repr(u)
for enc in ['utf-8', 'utf8', 'UTF-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'latin-1', 'ascii']:
    for errors in ['strict', 'ignore', 'replace']:
        show('%s/%s encode' % (enc, errors), u.encode, enc, errors)
raw = 'A\xc3\xa9\xe2\x82\xacz\xff\xc3'
for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16']:
    for errors in ['strict', 'ignore', 'replace']:
        show('%s/%s decode' % (enc, errors), raw.decode, enc, errors)
print repr('caf\xe9'.decode('latin-1').encode('utf-8')), repr(u'caf\xe9'.encode('utf-8').decode('utf-8'))
print repr(u'\xe9'.encode('utf-16')), repr('\xff\xfe\xe9\x00'.decode('utf-16')), repr('\x00\xe9'.decode('utf-16-be'))
print repr(u'x'.encode('latin1')), repr(u'x'.encode('iso-8859-1')), repr(u'x'.encode('l1')), repr('\xe9'.decode('iso8859-1'))
print repr('hello'.encode('hex')), repr('68656c6c6f'.decode('hex')), repr('\x00\xff'.encode('hex_codec')), repr('ABCDEF'.decode('hex'))
print repr('hello world'.encode('base64')), repr('aGVsbG8gd29ybGQ=\n'.decode('base64')), repr(('x' * 60).encode('base64'))
print repr(''.encode('base64')), repr(''.decode('base64')), repr('YQ=='.decode('base64')), repr('Y Q = =\n'.decode('base64'))
print repr(u'abc'.encode('hex')), repr('abc'.encode('base64_codec')), repr('abc'.encode('utf-8')), repr('abc'.decode('utf-8'))
print repr(u'\u20ac'.encode('ascii', 'xmlcharrefreplace')), repr(u'\u20ac\xe9'.encode('latin-1', 'backslashreplace'))
print repr('\xe9'.decode('ascii', 'ignore')), repr('a\x80b'.decode('utf-8', 'replace')), repr('\xed\xa0\x80'.decode('utf-8', 'replace'))
show('hex odd', 'abc'.decode, 'hex')
show('hex bad', 'zz'.decode, 'hex')
show('base64 bad padding', 'abc'.decode, 'base64')
show('utf-8 truncated', '\xe2\x82'.decode, 'utf-8')
show('utf-8 bad continuation', '\xe2\x28\xa1'.decode, 'utf-8')
show('utf-16 odd length', 'abc'.decode, 'utf-16-le')
show('ascii encode', u'\xe9'.encode, 'ascii')
show('latin-1 encode', u'\u20ac'.encode, 'latin-1')
show('str.encode non-ascii', '\xe9'.encode, 'utf-8')
show('unknown errors', u'\xe9'.encode, 'ascii', 'bogus')
show('unknown encoding', 'x'.decode, 'bogus-enc')
show('encode arg type', u'x'.encode, 5)
show('hex on unicode nonascii', u'\xe9'.encode, 'hex')
show('unicode decode nonascii', u'\xe9'.decode, 'latin-1')
print repr(unicode('\xe9\xe8', 'latin-1')), repr(unicode('ab', errors='strict')), repr(str(u'ascii only'))
print [repr(u'\ud83d\ude00'.encode('utf-8')), repr('\xf0\x9f\x98\x80'.decode('utf-8')), len('\xf0\x9f\x98\x80'.decode('utf-8'))]
