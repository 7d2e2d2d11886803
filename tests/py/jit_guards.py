# Operand types change in the middle of hot loops: int to long to float to
# str, lists to tuples; results must be exactly the interpreter's.


def accumulate(xs):
    total = 0
    for x in xs:
        total = total + x
    return total


def mixed(n):
    values = []
    x = 1
    for i in xrange(n):
        x = x * 3
        if i % 50 == 0:
            values.append(x)
    return values


def grow():
    x = 1
    steps = 0
    while x < 10 ** 40:
        x = x * 7 + 1
        steps += 1
    return steps, x


def compare_all(pairs):
    return [a < b for a, b in pairs]


ints = range(3000)
print accumulate(ints)
print accumulate(ints + [0.5, 1.25])
print accumulate([[1], [2], [3]] * 10)[:5] if False else accumulate([1.5] * 10 + range(100))
print accumulate(['a', 'b', 'c'] * 3) if False else ''.join(['a', 'b'] * 3)
print len(mixed(3000)), mixed(300)[-1] % 1000003
print grow()
print compare_all([(1, 2), (2.5, 2), ('a', 'b'), (3, 3.0), ([1], [1, 0]), (None, 0), (2 ** 70, 2 ** 69)] * 300)[:7]
s = 0
for i in xrange(-3000, 3000):
    s += i // 7 + i % 7 - (i << 2 >> 1) ^ (i & 0xff) | 3
print s
f = 0.0
for i in xrange(1, 3000):
    f += 1.0 / i - i * 0.5 + (i % 3) / 2
print repr(f)
big = 2 ** 62
t = 0
for i in range(2000):
    t += big
print t, type(t).__name__
n = 1
for i in range(100):
    n = -n * 3
print n
print [x / 3 for x in (7, -7, 7.0, -7.5)], [x // -2 for x in (5, -5, 5.5)], [x % -3 for x in (7, -7, 7.5)]
