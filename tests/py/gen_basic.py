# Generators: yield, iteration, StopIteration, infinite generators, nesting.

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def chain(*its):
    for it in its:
        for x in it:
            yield x


def flatten(x):
    if isinstance(x, list):
        for item in x:
            for sub in flatten(item):
                yield sub
    else:
        yield x


def early_return(n):
    for i in range(n):
        if i == 3:
            return
        yield i


def empty():
    return
    yield


print list(count_up(5)), list(squares(count_up(5))), sum(count_up(101))
print take(10, naturals()), take(15, fib())
print list(chain('ab', [1, 2], (3,), count_up(2)))
print list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))
print list(early_return(10)), list(empty())
g = count_up(3)
print type(g).__name__, g.next(), g.next(), g.next()
try:
    g.next()
except StopIteration:
    print 'StopIteration'
try:
    g.next()
except StopIteration:
    print 'StopIteration again'
print iter(g) is g, list(g)
nat = naturals()
for n in nat:
    if n > 5:
        break
print 'broke at', n, 'next is', nat.next()
gen = (x * 3 for x in range(4))
print gen.next(), list(gen), list(gen)


def gen_with_state():
    total = 0
    for i in range(5):
        total += i
        yield total, i


for t, i in gen_with_state():
    print t, i,
print
print dict((k, v) for k, v in gen_with_state()), max(gen_with_state())
print sorted(count_up(5), reverse=True), tuple(count_up(3)), set(squares([1, -1, 2]))
a, b, c = count_up(3)
print a, b, c
print 4 in count_up(10), 40 in count_up(10)
print zip(count_up(3), naturals()), map(None, count_up(2))


def gen_name():
    yield 1


gn = gen_name()
print gn.__name__, gn.gi_frame is not None, gn.gi_running, gn.gi_code.co_name
list(gn)
print gn.gi_frame is None


def recursive_gen(n):
    if n > 0:
        for x in recursive_gen(n - 1):
            yield x
        yield n


print list(recursive_gen(6))


def running():
    yield g2.gi_running


g2 = running()
print g2.next()


def reentrant():
    yield g3.next()


g3 = reentrant()
try:
    g3.next()
except ValueError, e:
    print 'ValueError:', e
