# hash() of ints, longs, floats, str, unicode and tuples (values fixed with hash randomisation off).


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 31), hash(2 ** 62), hash(2 ** 63 - 1), hash(-2 ** 63)
print hash(2 ** 63), hash(2 ** 64), hash(2 ** 100), hash(-2 ** 100), hash(10 ** 30), hash(7L), hash(-1L)
print hash(True), hash(False), hash(0.0), hash(-0.0), hash(1.0), hash(1.5), hash(-1.5), hash(0.1)
print hash(1e100), hash(2.0 ** 70), hash(float(2 ** 70)) == hash(2 ** 70), hash(float('inf')), hash(float('-inf')), hash(float('nan'))
print hash(''), hash('a'), hash('abc'), hash('hello world'), hash('\x00'), hash('a' * 100)
print hash(u''), hash(u'a'), hash(u'abc') == hash('abc'), hash(u'\u20ac'), hash(u'caf\xe9')
print hash(()), hash((1,)), hash((1, 2)), hash(('a', 1.5, (2, 3))), hash(((),))
print hash(1) == hash(1.0) == hash(1L), hash(2 ** 80) == hash(float(2 ** 80)), hash(0.5) == hash(1), hash(-1) == hash(-2)
print hash((1, 2)) == hash((1.0, 2L)), hash(('a',)) == hash((u'a',)), hash((2 ** 64,)), hash((-1,)), hash((0.5, -0.0, 'x'))
print type(hash('x')).__name__, type(hash(2 ** 100)).__name__
for n in [10 ** k for k in range(0, 25, 4)]:
    print n, hash(n), hash(-n), hash(float(n)) == hash(n)
show('hash([])', hash, [])
show('hash({})', hash, {})
show('hash(set())', hash, set())
show('hash((1, []))', hash, (1, []))
show('hash(bytearray())', hash, bytearray())
show('hash()', hash)
show('hash(1, 2)', hash, 1, 2)


class H(object):
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


class HL(object):
    def __hash__(self):
        return 2 ** 100


class HBad(object):
    def __hash__(self):
        return 'x'


class Unh(object):
    __hash__ = None


print hash(H(42)), hash(H(-1)), hash(H(2 ** 62)), hash(HL())
show('hash(HBad())', hash, HBad())
show('hash(Unh())', hash, Unh())
k = H(5)
d = {k: 'five', 5: 'int five'}
print len(d), d[k], d[5], H(5).__hash__(), H(5) in d
