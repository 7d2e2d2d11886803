# Reading slices of lists, strings, tuples, with all index forms.

L = range(10)
S = 'abcdefghij'
T = tuple(L)
forms = [(None, None, None), (2, None, None), (None, 3, None), (2, 7, None), (-3, None, None),
         (None, -3, None), (-7, -2, None), (None, None, 2), (None, None, -1), (1, None, 3),
         (None, None, -2), (8, 2, -2), (-1, -11, -3), (100, None, None), (None, 100, None),
         (-100, 100, None), (5, 5, None), (7, 3, None), (3, 7, -1), (None, 5, -1), (5, None, -1),
         (-100, None, -1), (100, -100, -4), (0, 0, 1), (1, 2, 100), (2 ** 70, None, None)]
for start, stop, step in forms:
    print (start, stop, step), L[start:stop:step], S[start:stop:step], T[start:stop:step]
print L[:], L[3:], L[:3], L[-2:], L[:-2], L[1:-1], L[-1:1], S[::], S[4:2], T[::3]
print L[2:5][1], S[1:][1:][1:], 'x'[5:], ''[:], ()[1:]
print L[::2][::2], S[::-1][::-1] == S, T[::-2]
try:
    L[::0]
except ValueError, e:
    print 'ValueError:', e
print S[1.5:] if False else 'skip float', u'unicode slice'[2:7], bytearray('bytes')[1:3]
print xrange(10)[3], range(5)[-1]
a = [1, 2, 3]
b = a[:]
b.append(4)
print a, b, a[:] is a, a[:] == a, S[:] is S, T[:] is T
n = 3
print L[n:n + 2], L[-n:], L[:n * 2:n], S[len(S) - n:]
print L[True:], L[:False], S[True::2]
long_start = 3L
print L[long_start:], S[:2L]
