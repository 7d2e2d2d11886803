# random/_random beyond the basics: subclasses overriding random()/getrandbits()/randrange(), state round trips, jumpahead, WichmannHill, SystemRandom, shuffle/sample/choice corner cases, huge ranges, _random errors.
import random
import _random
import copy


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


class Counting(random.Random):
    """Counts the draws random.py makes through self.random()."""

    def __init__(self, x=None):
        self.calls = 0
        random.Random.__init__(self, x)

    def random(self):
        self.calls += 1
        return random.Random.random(self)


class Fixed(random.Random):
    """random() from a fixed cycle of values; no getrandbits of its own."""

    def __init__(self, values):
        self.values = values
        self.i = 0
        random.Random.__init__(self, 0)

    def random(self):
        v = self.values[self.i % len(self.values)]
        self.i += 1
        return v


class Bits(random.Random):
    """Overrides both random() and getrandbits()."""

    def random(self):
        return 0.25

    def getrandbits(self, k):
        return (1 << k) - 1 if k < 4 else 5


class Steps(random.Random):
    """randint goes through an overridden randrange."""

    def randrange(self, start, stop=None, step=1):
        return ('randrange', start, stop, step)


print 'types', type(random.random).__name__, type(random.randint).__name__, type(random._inst).__name__
print 'bases', random.Random.__bases__, random.WichmannHill.__bases__, random.SystemRandom.__bases__
print 'mro', [c.__name__ for c in random.Random.__mro__]
print 'module', random.Random.__module__, random.Random.VERSION, random.WichmannHill.VERSION
print 'consts', repr(random.NV_MAGICCONST), repr(random.TWOPI), repr(random.LOG4), repr(random.SG_MAGICCONST), random.BPF, repr(random.RECIP_BPF)
print 'all', sorted(random.__all__)
print 'bound', random.seed.im_self is random._inst, random.randrange.im_func is random.Random.randrange.im_func
print 'docs', random.Random.randint.__doc__.strip(), '|', random.uniform.__doc__, '|', random.random.__doc__
print '_random doc', _random.Random.__doc__, '|', _random.Random.getrandbits.__doc__

# a subclass overriding random(): every algorithm draws through it
c = Counting(12)
plain = random.Random(12)
print 'counting', c.randrange(100) == plain.randrange(100), c.calls
for name, args in [('randint', (1, 6)), ('choice', ('abc',)), ('uniform', (2, 3)),
                   ('normalvariate', (0, 1)), ('gauss', (0, 1)), ('expovariate', (2,)),
                   ('gammavariate', (2.5, 1)), ('betavariate', (2, 3)), ('triangular', ()),
                   ('vonmisesvariate', (1, 2)), ('paretovariate', (2,)), ('weibullvariate', (1, 2)),
                   ('lognormvariate', (0, 1))]:
    before = c.calls
    a = getattr(c, name)(*args)
    b = getattr(plain, name)(*args)
    print ' ', name, a == b, c.calls - before
lst = range(10)
c.shuffle(lst)
print '  shuffle', lst, c.calls
print '  sample', c.sample(xrange(100), 5), c.sample(range(10), 4), c.calls
# random() is overridden and getrandbits is not, so _randbelow uses random()
c.calls = 0
print '  _randbelow', c._randbelow(1000) == plain._randbelow(1000), c.calls
f = Fixed((0.5, 0.999, 0.0, 0.25))
print 'fixed', f.randrange(10), f.randrange(10), f.randrange(10), f.randrange(10), f.randint(-5, 5), f.choice('abcd')
b = Bits(1)
print 'bits', b.randrange(10), b.randrange(2 ** 60), b.randrange(3), b.choice('xyz')
print 'steps', Steps(0).randint(3, 9)

# state round trips across instances, and pickling
r1 = random.Random(31337)
r1.gauss(0, 1)
state = r1.getstate()
print 'state', state[0], len(state[1]), type(state[1][0]).__name__, state[1][-1], repr(state[2])
r2 = random.Random(1)
r2.setstate(state)
print 'same stream', [r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.gauss(0, 1) == r2.gauss(0, 1)
core = _random.Random(5)
core.setstate(random.Random(5).getstate()[1])
print 'core vs Random', core.random() == random.Random(5).random()
v2 = (2, tuple(x - 2 ** 32 if x >= 2 ** 31 else x for x in state[1][:-1]) + (state[1][-1],), None)
r2.setstate(v2)
r1.setstate(state)
print 'version 2', r2.random() == r1.random()
show('setstate version 4', r2.setstate, (4, state[1], None))
show('setstate short', r2.setstate, (3, state[1][:10], None))
show('setstate list', r2.setstate, (3, list(state[1]), None))
show('setstate unpack', r2.setstate, (3, state[1]))
show('setstate v2 bad', r2.setstate, (2, ('x',) * 625, None))
show('setstate bad index', r2.setstate, (3, state[1][:-1] + (625L,), None))
show('setstate negative word', r2.setstate, (3, (-1,) + state[1][1:], None))
print 'gauss_next after failed setstate', r2.gauss_next
r3 = copy.copy(r1)
r4 = copy.deepcopy(r1)
print 'copies', r3.getstate() == r4.getstate() == r1.getstate(), type(r3).__name__, r3 is not r1
nxt = r1.random()
print 'copies draw alike', r3.random() == nxt, r4.random() == nxt
c2 = copy.copy(Counting(6))
print 'subclass copy', type(c2).__name__, c2.calls, c2.random() == random.Random(6).random()
print 'reduce', random.Random(3).__reduce__()[0].__name__, random.Random(3).__reduce__()[1]

# jumpahead: Random hashes n and the state; _random shuffles with n directly
for n in [0, 1, 5, -5, 2 ** 80, 'spam', (1, 2)]:
    j = random.Random(99)
    j.jumpahead(n)
    print 'jumpahead', repr(n), repr(j.random())
j = random.Random(99)
j.gauss(0, 1)
j.jumpahead(7)
print 'jumpahead with gauss_next', repr(j.random()), repr(j.gauss_next)
for n in [0, 1, 12345, -12345, 2 ** 70, -2 ** 70, True]:
    k = _random.Random(99)
    k.jumpahead(n)
    print '_random jumpahead', repr(n), repr(k.random())
show('_random jumpahead float', _random.Random(1).jumpahead, 1.5)

# WichmannHill
w = random.WichmannHill(12345)
print 'wh', [repr(w.random()) for _ in range(3)], w.getstate()
print 'wh randint', [w.randint(1, 10) for _ in range(5)], repr(w.gauss(0, 1))
w.jumpahead(1000)
print 'wh jumpahead', repr(w.random())
w.seed('abc')
print 'wh str seed', w._seed
w.seed(-2 ** 70)
print 'wh long seed', w._seed
w.whseed(42)
print 'wh whseed', w._seed, repr(w.random())
w.setstate((1, (1, 2, 3), None))
print 'wh setstate', repr(w.random())
show('wh setstate v3', w.setstate, (3, (1, 2, 3), None))
show('wh jumpahead -1', w.jumpahead, -1)
show('wh whseed bad', w._WichmannHill__whseed, 1, 2, 300)
show('wh whseed float', w._WichmannHill__whseed, 1.0, 2, 3)
w2 = random.WichmannHill(0)
w3 = random.WichmannHill(0)
w2.jumpahead(10)
for _ in range(10):
    w3.random()
print 'wh jumpahead = draws', w2.getstate() == w3.getstate()

# SystemRandom: no state; values are not reproducible, so only their shape is printed
s = random.SystemRandom()
x = s.random()
print 'system', 0.0 <= x < 1.0, type(s.getrandbits(70)).__name__, s.getrandbits(70) < 2 ** 70, 0 <= s.randrange(2 ** 100) < 2 ** 100
print 'system stubs', s.seed(5), s.jumpahead(3)
show('system getstate', s.getstate)
show('system setstate', s.setstate, None)
show('system getrandbits(0)', s.getrandbits, 0)
show('system getrandbits(2.5)', s.getrandbits, 2.5)

# shuffle with a custom random function; choice/sample corners
lst = range(8)
random.shuffle(lst, lambda: 0.5)
print 'shuffle half', lst
lst = range(8)
random.shuffle(lst, lambda: 0.0)
print 'shuffle zero', lst
random.seed(8)
lst = list('abcdefgh')
random.Random(8).shuffle(lst, random.random)
print 'shuffle bound', lst
show('shuffle bad random', random.shuffle, [1, 2, 3], lambda: 2.0)
show('shuffle non-callable', random.shuffle, [1, 2, 3], 5)
random.seed(2)
print 'sample set', random.sample(set(range(100)), 5)
print 'sample frozenset small', sorted(random.sample(frozenset('abc'), 3))
print 'sample dict', random.sample(dict.fromkeys(range(50)), 4)
print 'sample xrange', random.sample(xrange(10 ** 9), 4), random.sample(xrange(5, 50, 5), 3)
print 'sample str', random.sample('hello world', 4), random.sample((1, 2, 3), 0)
print 'sample all', random.sample(range(30), 30)
print 'sample big k', random.sample(xrange(1000), 60)[:10]
show('sample float k', random.sample, range(10), 2.5)
show('sample no len', random.sample, iter([1, 2]), 1)
show('choice empty list', random.choice, [])
show('choice empty str', random.choice, '')
show('choice empty tuple', random.choice, ())
show('choice dict', random.choice, {5: 'five'})
show('choice int', random.choice, 5)

# large ranges go through getrandbits
random.seed(1234)
print 'big', random.randrange(2 ** 53), random.randrange(2 ** 53 - 1), random.randrange(10 ** 30)
print 'big', random.randrange(-10 ** 25, 10 ** 25), random.randrange(0, 10 ** 20, 7), random.randint(2 ** 64, 2 ** 64 + 2)
print 'big', random.randrange(2 ** 200), random.randrange(-2 ** 100, -2 ** 100 + 10 ** 18, 3)
print 'small long args', repr(random.randrange(10L)), repr(random.randrange(5L, 9L)), repr(random.randint(1L, 3L)), repr(random.randrange(0, 10, 2L))
print 'big result types', type(random.randrange(2 ** 62, 2 ** 62 + 5)).__name__, type(random.randrange(2 ** 63, 2 ** 63 + 5)).__name__
print 'getrandbits', [random.getrandbits(k) for k in (1, 31, 32, 33, 63, 64, 65)]
print 'float args', random.randrange(10.0), random.randrange(1.0, 5.0), random.randrange(0, 10, 2.0), random.randint(1.0, 2.0)

# errors
show('randrange(1.5)', random.randrange, 1.5)
show('randrange(1, 2.5)', random.randrange, 1, 2.5)
show('randrange(1, 9, 1.5)', random.randrange, 1, 9, 1.5)
show('randrange(-3)', random.randrange, -3)
show('randrange(10, 1)', random.randrange, 10, 1)
show('randrange(1, 10, -1)', random.randrange, 1, 10, -1)
show('randrange(10, 1, 2)', random.randrange, 10, 1, 2)
show('randrange("a")', random.randrange, 'a')
show('randrange(None)', random.randrange, None)
show('randint(1)', random.randint, 1)
show('randrange()', random.randrange)
show('getrandbits(-1)', random.getrandbits, -1)
show('getrandbits(1.0)', random.getrandbits, 1.0)
show('getrandbits(2**40)', random.getrandbits, 2 ** 40)
show('getrandbits(x)', random.getrandbits, 'x')
show('seed([])', random.seed, [])
show('seed(1, 2)', random.seed, 1, 2)
show('Random(1, 2)', random.Random, 1, 2)
show('Random([])', random.Random, [])
show('_random.Random(x=1)', _random.Random, x=1)
show('random(1)', random.random, 1)
show('_random setstate(1)', _random.Random().setstate, 1)
show('_random setstate(())', _random.Random().setstate, ())
show('_random setstate float word', _random.Random().setstate, (1.5,) * 625)
show('_random setstate big word', _random.Random().setstate, (2 ** 64,) * 625)
show('gauss()', random.gauss)
show('triangular(0, 1, "x")', random.triangular, 0, 1, 'x')
show('expovariate("x")', random.expovariate, 'x')
show('vonmisesvariate(0, -1)', random.vonmisesvariate, 0, -1)
show('weibullvariate(1, 0)', random.weibullvariate, 1, 0)
show('lognormvariate(1000, 1)', random.Random(1).lognormvariate, 1000, 1)

# seeding: bool, negatives, hashable non-integers, and seeds that agree
def first(seed):
    return repr(random.Random(seed).random())
print 'seeds', first(True) == first(1), first(-42) == first(42), first(2 ** 64) == first(-2 ** 64)
print 'seeds', first('spam'), first(1.5), first((1, 'a')), first(u'spam') == first('spam'), first(3.0) == first(3)
print 'seeds', first(2 ** 32 - 1), first(2 ** 64 - 1), first(-1), first(0L) == first(0)
class MyInt(int):
    def __abs__(self):
        return 7
print 'int subclass seed', first(MyInt(-3)) == first(3)
r = random.Random(0)
r.seed()
r.seed(None)
print 'unseeded', 0.0 <= r.random() < 1.0, 0.0 <= random.Random().random() < 1.0, r.gauss_next
r.x = 1
print 'instance dict', sorted(r.__dict__)
show('_random attr', setattr, _random.Random(), 'x', 1)
class Sub(_random.Random):
    pass
sr = Sub(4)
sr.tag = 'ok'
print 'core subclass', sr.tag, sr.random() == _random.Random(4).random(), type(sr.getrandbits(5)).__name__
