# Lists: literals, concatenation, repetition, indexing, item assignment, len, in.

a = [1, 2, 3]
b = ['x', 'y']
print a, b, a + b, b + a, a * 2, [] * 3, [0] * 5
print len(a), len([]), len(a + b), len([[]]), len([[1, 2], [3]])
print a[0], a[-1], a[1], b[-2]
a[0] = 10
a[-1] = 30
print a
nested = [[1, 2], [3, [4, 5]], []]
print nested, nested[1][1][0], nested[-2][-1][-1], len(nested[2])
nested[0][1] = 'two'
print nested
print 3 in [1, 2, 3], 4 in [1, 2, 3], 'y' in b, [1] in [[1], 2], None in [None]
print 1 not in a, 10 not in a
print [1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0]
print [1, 'a', 2.5, None, True, (1,), [2]]
print repr([1, 'a']), str(['b', "it's"])

squares = []
for i in range(15):
    squares = squares + [i * i]
print squares

total = 0
for x in squares:
    total = total + x
print 'total', total

grid = [[0] * 4] * 3
grid[0][0] = 1
print grid
rows = [[0] * 4, [0] * 4, [0] * 4]
rows[0][0] = 1
print rows

stack = []
for i in range(6):
    stack = stack + [i]
print stack
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
t = [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
for i in range(3):
    for j in range(3):
        t[j][i] = m[i][j]
print t


def maximum(xs):
    best = xs[0]
    for x in xs:
        if x > best:
            best = x
    return best


def bubble(xs):
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                tmp = xs[j]
                xs[j] = xs[j + 1]
                xs[j + 1] = tmp
    return xs


data = [5, 3, 9, -1, 0, 12, 7, 7, 2]
print maximum(data), maximum(['pear', 'apple', 'zoo', 'kiwi'])
print bubble(data)
print data
print bubble(['d', 'a', 'c', 'b'])
print range(10), range(3, 12, 4), range(10, 0, -3), range(0), range(-5)
print xrange(5), xrange(1, 7), xrange(0, 10, 2)
c = [1, 2]
d = c
d[0] = 99
print c, d, c is d, c == [99, 2], c is [99, 2]
