# iter() with one argument and the two-argument sentinel form; next() with and without a default.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


it = iter([1, 2, 3])
print type(it).__name__, next(it), it.next(), next(it), next(it, 'done'), next(it, None)
show('next(it)', next, it)
print type(iter('ab')).__name__, type(iter((1,))).__name__, type(iter({})).__name__, type(iter(xrange(2))).__name__
print type(iter(set())).__name__, type(iter(u'a')).__name__, iter(it) is it
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print list(iter(tick, 5)), counter
ci = iter(tick, 8)
print type(ci).__name__, next(ci), next(ci), list(ci), next(ci, 'exhausted'), counter
lines = ['a\n', 'b\n', '', 'never\n']
pos = [0]


def readline():
    s = lines[pos[0]]
    pos[0] += 1
    return s


print [l for l in iter(readline, '')], pos
stack = [None, 3, 2, 1]
print list(iter(stack.pop, None)), stack


class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print next(c), list(c), next(c, 'empty')


class OldSeq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return 'item%d' % i


print list(iter(OldSeq())), next(iter(OldSeq()))
g = (x * x for x in range(3))
print next(g), next(g), next(g), next(g, -1), next(g, -2)
show('iter(5)', iter, 5)
show('iter(None)', iter, None)
show('iter(1, 2)', iter, 1, 2)
show('iter()', iter)
show('next([1])', next, [1])
show('next()', next)
show('next(iter([]))', next, iter([]))


class Bad(object):
    def __iter__(self):
        return 42


show('iter(Bad())', iter, Bad())


def boom():
    raise ValueError('from callable')


show('next(iter(boom, 0))', next, iter(boom, 0))
d = {'k': 1}
di = iter(d)
print next(di)
d['j'] = 2
show('changed dict', next, di)
