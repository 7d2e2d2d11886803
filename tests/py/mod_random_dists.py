# random: the distribution functions, all from fixed seeds (module functions and a Random instance).
import random


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


def draws(name, *args):
    f = getattr(random, name)
    print name, args, [repr(f(*args)) for _ in range(4)]


for seed in [3, 2 ** 80 + 1, -11]:
    random.seed(seed)
    print 'seed', seed
    draws('uniform', 0, 10)
    draws('triangular')
    draws('triangular', 0, 10, 2)
    draws('triangular', 5, 5)
    draws('gauss', 0, 1)
    draws('gauss', 100, 15)
    draws('normalvariate', 0, 1)
    draws('lognormvariate', 0, 0.5)
    draws('expovariate', 1.5)
    draws('vonmisesvariate', 1.0, 4.0)
    draws('vonmisesvariate', 0.0, 0.0)
    draws('gammavariate', 0.5, 1.0)
    draws('gammavariate', 1.0, 2.0)
    draws('gammavariate', 3.0, 0.5)
    draws('betavariate', 2.0, 5.0)
    draws('paretovariate', 3.0)
    draws('weibullvariate', 1.0, 1.5)
r = random.Random(1234)
print [round(r.gauss(0, 1), 6) for _ in range(5)], [round(r.expovariate(0.1), 6) for _ in range(3)]
print r.betavariate(1, 1) < 1, 0 <= r.triangular(1, 3) <= 3, round(r.normalvariate(10, 0), 12)
random.seed(77)
vals = [random.gauss(0, 1) for _ in range(1000)]
print round(sum(vals) / len(vals), 6), round(max(vals), 6), round(min(vals), 6)
show('gammavariate(0, 1)', random.gammavariate, 0, 1)
show('gammavariate(1, -1)', random.gammavariate, 1, -1)
show('expovariate(0)', random.expovariate, 0)
show('paretovariate(0)', random.paretovariate, 0)
show('betavariate(-1, 1)', random.betavariate, -1, 1)
show('normalvariate()', random.normalvariate)
show('uniform("a", 1)', random.uniform, 'a', 1)
