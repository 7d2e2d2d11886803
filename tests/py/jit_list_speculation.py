# Speculated list subscripts: sites that saw only exact lists indexed in
# bounds by small ints are compiled behind guards that leave compiled code
# (another container, an index out of bounds, a negative index counted
# from the end); the container becomes a known list for the rest of the
# loop. Every case here runs hot first, then changes under the compiled
# code.


def total(xs, n):
    s = 0
    i = 0
    while i < n:
        s += xs[i]
        i += 1
    return s


def fill(xs, n, v):
    i = 0
    while i < n:
        xs[i] = v
        i += 1
    return xs


def swap_all(xs):
    i = 0
    j = len(xs) - 1
    while i < j:
        t = xs[i]
        xs[i] = xs[j]
        xs[j] = t
        i += 1
        j -= 1
    return xs


class L(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10


for rep in range(1200):
    data = range(50)
    assert total(data, 50) == 1225
    fill([0] * 20, 20, rep)
    swap_all(range(9))

# other containers at the same sites
print total((1, 2, 3), 3)
print total('abc' and [7, 8, 9], 3)
print total(L([1, 2, 3]), 3)
print total({0: 5, 1: 6}, 2)
# items that are not small ints at sites that only saw small ints
print total([1.5, 2.25, 3], 3)
print total([2 ** 70, -1], 2)
print total([[1], [2]], 2) if False else total([True, 2, 3], 3)
print swap_all(['a', 'b', 'c', None])
print fill({}, 3, 'x')
print fill(bytearray('abcd'), 4, 65)

# negative indices count from the end
print total(range(10), -3) if False else sum(range(10)[-3:])


def tail_sum(xs, k):
    s = 0
    i = -1
    while i >= -k:
        s += xs[i]
        i -= 1
    return s


for rep in range(1200):
    tail_sum(range(20), 5)
print tail_sum(range(20), 5)
print tail_sum(range(20), 20)

# out of bounds: IndexError from compiled code's site
try:
    total(range(5), 6)
except IndexError as e:
    print 'IndexError:', e
try:
    fill([0, 0], 3, 1)
except IndexError as e:
    print 'IndexError:', e
try:
    tail_sum(range(3), 4)
except IndexError as e:
    print 'IndexError:', e

# the list local rebound mid-loop to another kind of container


def rebind(n):
    xs = [1] * 10
    s = 0
    i = 0
    while i < n:
        s += xs[i % 10]
        if i == n - 5:
            xs = 'abcdefghij' if n > 1000 else (2,) * 10
        i += 1
    return s


for rep in range(1200):
    rebind(100)
print rebind(100)
try:
    rebind(2000)
except TypeError as e:
    print 'TypeError:', e

# the list shrinks while compiled code indexes it


def shrink(xs):
    out = []
    i = 0
    try:
        while True:
            out.append(xs[i])
            if i == 3:
                del xs[5:]
            i += 1
    except IndexError:
        return out, i


for rep in range(1200):
    shrink(range(10))
print shrink(range(10))

# big and negative indices
for rep in range(1200):
    xs = range(100)
    xs[-1] = xs[-100]
print xs[-1], xs[99]
try:
    xs[2 ** 40]
except IndexError as e:
    print 'IndexError:', e
try:
    xs[-101] = 0
except IndexError as e:
    print 'IndexError:', e
print xs[True], xs[False]
