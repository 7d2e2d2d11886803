# struct: pack/unpack/calcsize over many formats and byte orders, pack_into/unpack_from, Struct objects, errors.
import struct


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd', 'c', 's', '?', 'x', 'P',
            'bh', 'hb', 'bi', 'bq', '3s', '10p', '2h', 'cd', 'id?', '0i', 'iii']:
    sizes = []
    for o in ['', '@', '=', '<', '>', '!']:
        try:
            sizes.append('%s:%d' % (o or 'native', struct.calcsize(o + fmt)))
        except struct.error as e:
            sizes.append('%s:error(%s)' % (o or 'native', e))
    print '%-4s' % fmt, ' '.join(sizes)
vals = [('b', -128), ('B', 255), ('h', -2), ('H', 65535), ('i', -123456), ('I', 4000000000), ('q', -2 ** 63), ('Q', 2 ** 64 - 1),
        ('f', 1.5), ('d', -0.1), ('?', True), ('?', 0), ('c', 'z'), ('l', 7), ('L', 2 ** 32 - 1)]
for code, v in vals:
    out = []
    for order in '<>!=':
        packed = struct.pack(order + code, v)
        out.append(packed.encode('hex') + '=' + repr(struct.unpack(order + code, packed)[0]))
    print code, repr(v), ' '.join(out)
print repr(struct.pack('<hhl', 1, 2, 3)), struct.unpack('<hhl', '\x01\x00\x02\x00\x03\x00\x00\x00'), repr(struct.pack('>3sx2s', 'abc', 'de'))
print struct.unpack('>3sx2s', 'abc\x00de'), repr(struct.pack('5s', 'ab')), repr(struct.pack('2s', 'abcdef')), repr(struct.pack('5p', 'abc'))
print struct.unpack('5p', '\x03abc\x00'), repr(struct.pack('<f', 0.1)), struct.unpack('<f', struct.pack('<f', 0.1)), repr(struct.pack('>d', float('inf')))
print struct.unpack('>d', struct.pack('>d', -0.0)), struct.unpack('!I', '\xde\xad\xbe\xef'), struct.unpack('<I', '\xde\xad\xbe\xef')
print struct.pack('=?', 5) == '\x01', struct.unpack('??', '\x00\x02'), repr(struct.pack('<bBhH', 1, 2, 3, 4)), struct.pack('>i', 1L).encode('hex')
buf = bytearray(16)
struct.pack_into('<iH', buf, 2, -1, 0xabcd)
print repr(buf), struct.unpack_from('<iH', buf, 2), struct.unpack_from('<H', str(buf)), struct.unpack_from('>B', buf, offset=6)
s = struct.Struct('>hI')
print s.format, s.size, repr(s.pack(-1, 7)), s.unpack('\xff\xff\x00\x00\x00\x07'), s.unpack_from('xx\x00\x01\x00\x00\x00\x02', 2)
b2 = bytearray(8)
s.pack_into(b2, 1, 5, 6)
print repr(b2), type(s).__name__
show('pack b 128', struct.pack, 'b', 128)
show('pack B -1', struct.pack, 'B', -1)
show('pack h 70000', struct.pack, '<h', 70000)
show('pack Q -1', struct.pack, 'Q', -1)
show('pack i str', struct.pack, 'i', 'x')
show('pack i float', struct.pack, 'i', 1.5)
show('pack c long', struct.pack, 'c', 'ab')
show('pack s int', struct.pack, 's', 1)
show('pack too few', struct.pack, 'ii', 1)
show('pack too many', struct.pack, 'i', 1, 2)
show('unpack short', struct.unpack, 'i', 'ab')
show('unpack long', struct.unpack, 'b', 'ab')
show('bad format', struct.calcsize, 'z')
show('bad count', struct.calcsize, '9999999999999999999999i')
show('pack f overflow', struct.pack, 'f', 1e300)
show('pack_into too small', struct.pack_into, 'i', bytearray(2), 0, 1)
show('pack_into offset', struct.pack_into, 'i', bytearray(8), 6, 1)
show('unpack_from short', struct.unpack_from, 'i', 'abc', 1)
show('pack_into readonly', struct.pack_into, 'b', 'abc', 0, 1)
show('pack no fmt', struct.pack)
show('Struct bad', struct.Struct, 'q!')
