# Paths the interpreter never ran before a function was compiled are left
# out of its compiled code (deopt exits there); taking them later must
# give the same results, with values on the stack, inside try blocks,
# loops and generators, and after the code recompiles.


def classify(n, big):
    if n < big:
        return n * 2
    # never reached while the function was warming up
    return n * 3 + (n - big) * 100 - 1


def pipeline(xs, threshold):
    total = 0
    for x in xs:
        if x >= threshold:
            # cold until the data changes: stack values live across it
            total += [x, x + 1, (x * 5) % 7][x % 3]
        else:
            total += x
    return total


def guarded(a, b):
    try:
        if b == 0:
            return 'zero'
        return a // b
    except ZeroDivisionError:
        return 'never'


def two_loops(n):
    s = 0
    for i in xrange(n):
        s += i
    # a second loop the first compilation (entered from the first
    # loop) has never seen run
    t = 1
    for j in xrange(n):
        t = (t * 3 + j) % 1000003
    return s, t


def gen(n, flip):
    for i in xrange(n):
        if i < flip:
            yield i
        else:
            yield -i * 2.5


def calls(xs, mode):
    out = []
    for x in xs:
        if mode:
            # calls with other than one argument, never run while warming up
            out.append(divmod(x, 7))
            out.extend([x, max(x, 3, 5)])
        else:
            out.append(x)
    return len(out), out[-3:]


def mixed(a, b):
    # ints while warming up, then floats and strings reach new paths
    return a + b, a - b, a * b, a < b


print [classify(i, 5000) for i in range(3000)][-3:]
print [classify(i, 10) for i in range(20)]
print pipeline(range(2000), 10 ** 6), pipeline(range(2000), 1500)
print [guarded(i, 1 + i % 7) for i in range(1500)][-5:], guarded(3, 0)
print two_loops(3000)
print sum(gen(3000, 3000)), sum(gen(3000, 1000))
for i in range(1500):
    r = mixed(i, 7)
print r, mixed(1.5, 2), mixed(10 ** 20, 3)
try:
    mixed('a', 'b')
except TypeError as e:
    print 'TypeError:', e
for i in range(1500):
    r = calls([1, 2], 0)
print r, calls(range(10), 1)
for k in range(5):
    # enough cold exits to recompile, then the recompiled code
    print k, pipeline(range(3000), 100 * k), sum(gen(500, 250 - k))
