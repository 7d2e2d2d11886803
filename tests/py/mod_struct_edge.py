# struct: range and conversion errors of every code in native and standard modes, 'p'/'P' fields, buffers (bytearray, array, unicode), unpack_from/pack_into arguments, Struct subclasses.
import struct
from array import array
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
for fmt, v in [('h', 70000), ('H', -1), ('H', 70000), ('<H', 70000), ('>H', -1), ('>h', 40000), ('i', 2**31), ('<i', 2**31), ('>i', 2**31),
               ('I', -1), ('I', 2**32), ('>I', 2**32), ('l', 2**63), ('>l', 2**31), ('<l', -2**31-1), ('L', -1), ('>L', 2**32), ('q', 2**63), ('>q', 2**63), ('<Q', -1), ('>Q', 2**64),
               ('b', 2**70), ('B', 2**70), ('P', -1), ('P', 2**64), ('P', 5), ('<f', 1e300), ('f', 'x'), ('d', 'x'), ('d', 2**2000), ('?', []), ('c', u'a'), ('s', u'a'),
               ('p', 'abc'), ('0p', 'abc'), ('1p', 'abc'), ('300p', 'a'*300), ('i', None), ('b', True), ('>d', 10**400)]:
    t(struct.pack, fmt, v)
t(struct.unpack, 'P', '\xff'*8)
t(struct.unpack, 'P', '\x01'+'\x00'*7)
t(struct.unpack, '300p', '\xff' + 'a'*299)
t(struct.unpack, 'i', u'abcd')
t(struct.unpack, 'i', bytearray('abcd'))
t(struct.unpack, 'i', 5)
t(struct.unpack, 'i')
t(struct.unpack_from, 'i', 5)
t(struct.unpack_from, 'i', None)
t(struct.unpack_from, 'i', 'abcd', 'x')
t(struct.unpack_from, 'i', 'abcdabcd', -4)
t(struct.unpack_from, 'i', 'abcdabcd', -9)
t(struct.unpack_from, 'i', buffer='abcd')
t(struct.pack_into, 'i', bytearray(4))
t(struct.pack_into, 'i', bytearray(4), 0)
t(struct.pack_into, 'i')
t(struct.pack_into, 'i', bytearray(4), 'a', 1)
t(struct.pack_into, 'i', bytearray(8), -4, 1)
t(struct.calcsize, 5)
t(struct.calcsize, u'ii')
t(struct.calcsize, 'i i')
t(struct.calcsize, '2')
t(struct.calcsize, 'i2')
t(struct.calcsize, 'c0i')
t(struct.calcsize, '@bi0q')
t(struct.calcsize, 'b?')
t(struct.calcsize, 'bP')
t(struct.Struct, 5)
print type(struct.Struct(format='i')).__name__, struct.Struct(format='i').size
s = struct.Struct('2s3p')
print s.size, s.format, s.pack('abc', 'defg'), s.unpack('ab\x02cd')
class S(struct.Struct):
    pass
print S('ii').size, struct.__doc__[:30], struct.error, struct.error.__module__, struct.Struct.__module__, struct.pack.__module__
print struct.Struct.pack.__doc__
t(struct.pack, 'i', 1.5)
t(struct.pack, 'ii', 1, 2, 3)
class I(object):
    def __index__(self): return 7
class J(object):
    def __int__(self): return 8
t(struct.pack, 'i', I())
t(struct.pack, 'i', J())
t(struct.pack, 'x')
t(struct.pack, '3x', )
t(struct.unpack, '3xi', 'abcdefg')
import weakref
print weakref.ref(s)() is s
t(struct.unpack_from, 'i', 'abcd', 1.5)
t(struct.pack_into, 'i', bytearray(4), 1.5, 1)
t(struct.pack_into, 'i', bytearray(4), 'x', 1)
t(struct.pack, 'P', -2**64)
t(array('i',[1]).pop, 'a')
t(array('i',[1]).pop, 1.5)
t(array('i',[1]).insert, 1.5, 1)
t(array('i',[1]).fromfile, 'f', 'x')
t(array('i',[1]).__getitem__, 1.5)
t(array('i',[1]).__getitem__, 2**80)
t(array, 'i', [1], 5)
buf = array('b', [0] * 8)
struct.pack_into('>hh', buf, 2, 258, -1)
print buf.tolist(), struct.unpack_from('>h', buf, 2), struct.unpack('<q', array('i', [1, 2]))
print struct.calcsize('@ci'), struct.calcsize('=ci'), struct.calcsize('@ic'), struct.calcsize('@2c0l'), struct.calcsize('<0s'), struct.unpack('0s', '')
print struct.pack('@c?h', 'x', 1, -3) == 'x\x01\xfd\xff', struct.pack('2p', ''), struct.unpack('2p', '\x05z'), struct.pack('<Q', 2 ** 63)
