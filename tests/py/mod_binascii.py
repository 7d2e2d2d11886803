# binascii: hexlify/unhexlify (b2a_hex/a2b_hex), crc32, b2a_base64/a2b_base64, crc_hqx, qp and uu round-trips, errors.
import binascii


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


data = ['', 'a', 'hello world', '\x00\xff\x10\x80', ''.join(chr(i) for i in range(256))[::17], 'The quick brown fox jumps over the lazy dog']
for d in data:
    h = binascii.hexlify(d)
    print repr(d[:12]), h[:40], binascii.unhexlify(h) == d, binascii.b2a_hex(d) == h, binascii.a2b_hex(h.upper()) == d
for d in data:
    print binascii.crc32(d), binascii.crc32(d) & 0xffffffff, binascii.crc32(d, 1), binascii.crc32(d, -1), binascii.crc_hqx(d, 0)
print binascii.crc32('world', binascii.crc32('hello ')) == binascii.crc32('hello world'), type(binascii.crc32('x')).__name__
for d in data:
    b = binascii.b2a_base64(d)
    print repr(b[:44]), binascii.a2b_base64(b) == d
print repr(binascii.a2b_base64('aGVsbG8=')), repr(binascii.a2b_base64('aGVs\nbG8=')), repr(binascii.a2b_base64('a G V s bG8='))
print repr(binascii.b2a_qp('caf\xe9 = ok\n')), repr(binascii.a2b_qp('caf=E9 =3D ok')), repr(binascii.b2a_qp('a b', header=True))
uu = binascii.b2a_uu('uuencode me')
print repr(uu), repr(binascii.a2b_uu(uu)), repr(binascii.b2a_hqx('abc'))
print repr(binascii.unhexlify(u'4142')), repr(binascii.hexlify(bytearray('AB'))), repr(binascii.hexlify(buffer('xyz')))
show('unhexlify odd', binascii.unhexlify, 'abc')
show('unhexlify non-hex', binascii.unhexlify, 'zz')
show('unhexlify int', binascii.unhexlify, 5)
show('hexlify unicode nonascii', binascii.hexlify, u'\xe9')
show('hexlify()', binascii.hexlify)
show('a2b_base64 padding', binascii.a2b_base64, 'abc')
show('a2b_base64 one char', binascii.a2b_base64, 'a')
show('crc32 int', binascii.crc32, 5)
show('b2a_uu too long', binascii.b2a_uu, 'x' * 46)
show('a2b_uu bad', binascii.a2b_uu, '\x7f\x7f')
print binascii.Error.__name__, issubclass(binascii.Error, Exception), binascii.Incomplete.__name__
