# array: typecodes, itemsize, every method, tostring/fromstring, slicing, byteswap, comparisons and errors.
from array import array
import array as array_mod


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print [(tc, array(tc).itemsize) for tc in 'cbBuhHiIlLfd']
print repr(array('i')), repr(array('i', [1, 2, 3])), repr(array('c', 'hi')), repr(array('u', u'xy')), repr(array('d', (1.5, -2)))
print repr(array('b', array('b', [1, 2]))), repr(array('f', [0.1])), repr(array('B', xrange(3))), array_mod.ArrayType is array
a = array('i', [5, 1, 4])
a.append(9)
a.extend([2, 2])
a.extend(array('i', [7]))
a.insert(0, -1)
a.insert(-1, 100)
print repr(a), a.typecode, a.itemsize, len(a), a[0], a[-1], a.count(2), a.index(4), 4 in a, 42 in a
print a.pop(), a.pop(0), a.pop(1), repr(a)
a.remove(2)
a.reverse()
print repr(a), a.tolist(), type(a.tolist()).__name__
print repr(a[1:3]), repr(a[::-1]), repr(a[::2]), a[1:3].typecode
a[0] = 77
a[1:3] = array('i', [8, 8, 8])
del a[-1]
print repr(a), a.buffer_info()[1], a == array('i', a.tolist()), a < array('i', [100]), a == [77, 8, 8, 8]
s = array('h', [1, 256, -2]).tostring()
print repr(s), repr(array('h', s)), array('h', s).tolist()
b = array('h')
b.fromstring('\x01\x00\x02\x00')
b.fromlist([3, 4])
print repr(b)
b.byteswap()
print repr(b), repr(b.tostring())
u = array('u', u'hello')
u.fromunicode(u' world')
print repr(u), repr(u.tounicode()), repr(u.tostring()[:8]), u.itemsize
c = array('c', 'abc')
c.fromstring('de')
print repr(c), repr(c.tostring()), c.tolist()
d = array('d', [1.0, 2.5]) + array('d', [3.0])
d *= 2
print repr(d), repr(d * 0), repr(3 * array('b', [1])), sum(d), max(d)
e = array('i', [3, 1, 2])
e += array('i', [0])
print sorted(e), repr(array('i', sorted(e))), list(reversed(e)), [x * 2 for x in e]
print repr(array('I', [2 ** 32 - 1])), repr(array('L', [2 ** 64 - 1])), repr(array('l', [-2 ** 63]))
import os
path = '/tmp/py2jit_mod_array.bin'
f = open(path, 'wb')
array('h', [1, -1, 300]).tofile(f)
array('h', [7]).write(f)
f.close()
g = array('h')
f = open(path, 'rb')
g.fromfile(f, 2)
g.read(f, 1)
show('fromfile past end', g.fromfile, f, 5)
f.close()
print repr(g), os.path.getsize(path)
os.remove(path)
show('bad typecode', array, 'z')
show('overflow b', array, 'b', [128])
show('negative B', array, 'B', [-1])
show('float into i', array, 'i', [1.5])
show('str into i', array('i').append, 'x')
show('concat mismatch', lambda: array('i') + array('d'))
show('fromstring odd', array('h').fromstring, 'abc')
show('index missing', array('i', [1]).index, 5)
show('remove missing', array('i', [1]).remove, 5)
show('pop empty', array('i').pop)
show('tounicode non-u', array('i').tounicode)
show('fromunicode non-u', array('i').fromunicode, u'x')
show('getitem out of range', array('i', [1]).__getitem__, 3)
show('slice assign type', array('i', [1, 2]).__setitem__, slice(0, 1), [5])
show('array(u, str)', array, 'u', 'abc')
show('array(c, list)', array, 'c', [1])
show('fromlist bad', array('i').fromlist, [1, 'a'])
