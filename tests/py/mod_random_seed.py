# random: seeding with several ints/longs (incl. big and negative), the basic draws, state round-trips, Random instances.
import random


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


for seed in [0, 1, 42, 12345, -7, 2 ** 100 + 17, 10 ** 30, 2 ** 32 - 1, 2 ** 32, -2 ** 64]:
    random.seed(seed)
    a = [repr(random.random()) for _ in range(3)]
    b = [random.randint(1, 100) for _ in range(5)]
    c = [random.randrange(10) for _ in range(5)] + [random.randrange(5, 50, 5), random.randrange(-10, 10, 3), random.randrange(100, 0, -7)]
    d = random.choice('abcdefg'), random.choice([10, 20, 30]), random.choice(range(1000))
    l = range(10)
    random.shuffle(l)
    s = random.sample(range(100), 5), random.sample('abcdef', 3), random.sample(xrange(10 ** 6), 3)
    u = repr(random.uniform(1, 2)), repr(random.uniform(5, -5))
    g = random.getrandbits(1), random.getrandbits(8), random.getrandbits(64), random.getrandbits(100)
    print 'seed', seed
    print '  random', a
    print '  randint/randrange', b, c
    print '  choice', d, 'shuffle', l
    print '  sample', s
    print '  uniform', u, 'getrandbits', g
random.seed(99)
first = [random.random() for _ in range(3)]
random.seed(99)
print first == [random.random() for _ in range(3)]
random.seed(5)
state = random.getstate()
x1 = [random.random() for _ in range(4)]
random.setstate(state)
x2 = [random.random() for _ in range(4)]
print x1 == x2, type(state).__name__, state[0], len(state[1]), state[2]
r1 = random.Random(2024)
r2 = random.Random(2024)
print [r1.randint(0, 9) for _ in range(10)], [r2.randint(0, 9) for _ in range(10)]
r3 = random.Random()
r3.seed(2024)
print r3.random() == random.Random(2024).random(), repr(random.Random(-3).random()), repr(random.Random(3).random())
r3.setstate(r1.getstate())
print r3.random() == r1.random(), isinstance(r1, random.Random), type(random.random).__name__
r4 = random.Random(7)
r4.jumpahead(5)
print repr(r4.random()), repr(random.Random(7).random())
big = random.Random(1)
print big.randrange(2 ** 70), big.randrange(10 ** 20, 10 ** 20 + 5), big.randint(-2 ** 65, -2 ** 64)
print random.Random(0).sample([1, 2, 3, 4], 4), random.Random(0).sample(set([5]), 1), random.Random(8).choice((1,))
show('randrange(0)', random.randrange, 0)
show('randrange(5, 5)', random.randrange, 5, 5)
show('randrange(1, 10, 0)', random.randrange, 1, 10, 0)
show('randrange(1.5)', random.randrange, 1.5)
show('randint(5, 1)', random.randint, 5, 1)
show('choice([])', random.choice, [])
show('sample too big', random.sample, [1, 2], 3)
show('sample negative', random.sample, [1, 2], -1)
show('getrandbits(0)', random.getrandbits, 0)
show('setstate bad', random.setstate, (99, (), None))
show('shuffle tuple', random.shuffle, (1, 2))
show('sample dict', random.sample, {1: 2}, 1)
