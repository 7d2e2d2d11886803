# array: conversion errors per typecode, construction from every initializer kind, slice and extended-slice assignment/deletion, in-place operators, comparisons across typecodes, subclasses, iterators, reduce.
from array import array
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
t(lambda: array('d',['x']))
for tc, v in [('h',70000),('b',70000),('b',2**70),('B',256),('H',-1),('H',70000),('i',2**31),('i',-2**31-1),('I',-1),('I',-1L),('I',2**32),('L',2**64),('L',-1L),('l',2**63),('u','a'),('u',u'ab'),('c','ab'),('c',bytearray('a')), ('f', 1e300), ('f', 2**2000), ('d', 2**2000)]:
    t(lambda: array(tc, [v]))
t(lambda: array('i',{1:2}))
t(lambda: array('i',5))
t(lambda: array(5))
t(lambda: array('ii'))
t(lambda: array(u'i', [1]))
t(lambda: array('i', u'ab'))
t(lambda: array('u', 'abcd'))
t(lambda: array('i', 'abcd'))
t(lambda: array('i', [1]) + [1])
t(lambda: array('i', [1]).extend(array('d')))
t(lambda: array('i', [1]).extend(5))
t(lambda: array('i', [1]).__iadd__([1]))
t(lambda: array('i', [1])['a'])
t(lambda: array('i', [1]).__setitem__('a', 1))
t(lambda: array('i', [1]).__setitem__(5, 1))
t(lambda: array('i', [1,2,3]).__setitem__(slice(0,3,2), array('i',[1])))
t(lambda: array('i', [1]).fromlist((1,)))
t(lambda: array('i', [1]).fromfile(5, 1))
t(lambda: array('i', [1]).tofile(5))
t(lambda: array('i', [1]).fromstring(u'abcd'))
t(lambda: array('i', [1]).fromstring(5))
t(lambda: array('i', [1]).fromunicode('ab'))
t(lambda: array('i', [1]).pop(5))
t(lambda: array('i', [1]).insert('a', 5))
t(lambda: array('i', [1]) * 'a')
t(lambda: array('i', [1]) < 3)
t(lambda: array('i', [1,2]) < array('d', [1,3]))
t(lambda: array('d', [1.5]) == array('i', [1]))
t(lambda: hash(array('i')))
t(lambda: array('i', [1,2,3]).__reduce__())
t(lambda: array('i',[3])[0:5:0])
a = array('i', range(10))
a[2:5] = array('i')
print a
a[::3] = array('i', [0, 0, 0])
print a
del a[::2]
print a
del a[1:2]
print a
a[1:1] = a
print a
a[::-1] = a
print a
a[5:2] = array('i', [42])
print a
del a[::-3]
print a
print a[::-2], a[-100:100], a[3:1], a[1:-1]
a *= 0
print a
b = array('c', 'hello')
b.reverse(); print b, b[1], b.count('l'), b.index('l')
b[0] = 'Z'; print b
t(b.__setitem__, 0, 'ab')
u = array('u', u'\u1234x')
print repr(u), repr(u[0]), repr(u.tounicode())
print array('f', [1.5, 2]) , array('d'), array('B', 'ab'), array('b', [-1]).tostring()
x = array('H', [1, 2])
x.byteswap(); print x
x.insert(-100, 7); x.insert(100, 8); print x
print array('i', [1]) == array('l', [1]), array('i', [2]) > array('i', [1, 5])
class A(array):
    pass
s = A('i', [1, 2])
print repr(s), type(s[:1]).__name__, type(s + s).__name__, s.__reduce__()
t(lambda: A('i', x=1))
import weakref
print weakref.ref(s)() is s
print list(iter(array('d', [0.5]))), type(iter(array('i'))).__name__
print array('i', [1, 2]).__copy__(), array('i', [5]).__deepcopy__({})
print [x for x in array('L', [1])], array('I', [1]).tolist(), array('i', [-5]).tolist()
z = array('i', [1,2,3])
for i in z:
    if i == 1: z.append(4)
print z
print 2 in array('d', [2.0]), array('i',[1,2,3])[array('i',[1])[0]]
t(lambda: array('i', [1]) + array('i', [2]) * -1)
print 2 * array('i', [1]), array('i', [1]) * 2L
t(lambda: array('i') .__iadd__(array('d')))
t(lambda: array('i', [1]).__imul__('a'))
s = array('i', range(6))
print s.__getslice__(1, 3), s.__getslice__(-1, 100)
s.__setslice__(0, 2, array('i', [9])); print s
s.__delslice__(0, 1); print s
t(s.__getslice__, 1)
t(s.__getslice__, 1.5, 2)
t(s.__getslice__, 'a', 2)
print array('b', [1]).__doc__[:20], type(iter(array('b'))).__doc__
