# dict iteration/printing order through inserts, deletes, resizes and re-inserts.

d = {}
for i in range(0, 60, 3):
    d[i] = i * i
    if i % 9 == 0:
        print len(d), d.keys()
print d
for i in range(0, 60, 6):
    del d[i]
print d
print d.keys(), d.values()
for i in range(100, 110):
    d[i] = -i
print d
d2 = {}
for w in 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.split():
    d2[w] = len(w)
print d2
print d2.keys()
for w in ['sit', 'amet', 'do', 'sed']:
    del d2[w]
print d2
d2['zz'] = 0
d2['sit'] = 1
print d2
d3 = {}
for i in range(-10, 10):
    d3[i * 1000003] = i
print d3
d4 = {}
for i in range(30):
    d4[str(i)] = i
print d4
d5 = dict.fromkeys(range(64, 0, -1))
print d5.keys()
d6 = {}
for i in range(8):
    d6[i * 8] = i
print d6
d6[1] = 'collide?'
d6[9] = 'x'
print d6, d6.items()
for k in [0, 8, 16]:
    del d6[k]
d6[0] = 'back'
print d6
mixed = {1.5: 'a', 2: 'b', 'c': 3, (1, 2): 4, (): 5, -1: 6, 2.0 ** 70: 7, u'u': 8, True: 9, 0: 10, '': 11}
print mixed
print mixed.keys()
print dict(zip('abcdefghijklmnop', range(16)))
print dict((x, None) for x in [5, 3, 1, 4, 2, 1000, 7, 6])
growing = {}
for i in range(1, 200):
    growing[i * 37 % 199] = i
    if i in (5, 6, 21, 22, 85, 86):
        print i, growing.keys()[:12]
print len(growing), growing.keys()[-10:]
shrink = dict((i, i) for i in range(50))
for i in range(45):
    del shrink[i]
print shrink, shrink.keys()
shrink[1000] = 1
print shrink
tuples = dict(((i, j), i * j) for i in range(4) for j in range(4))
print tuples
floats = dict((i / 4.0, i) for i in range(-6, 7))
print floats
longs = dict((2 ** i, i) for i in range(60, 70))
print longs
