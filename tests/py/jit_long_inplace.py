# Long arithmetic in compiled code may reuse an operand's digits when no
# one else can see that operand (a temporary, or a local the result is
# assigned back to). None of that may be visible: every name keeps its
# value, aliases and containers see no change, subclasses keep their
# methods, and results equal CPython's.


class MyLong(long):
    def __add__(self, other):
        return 'MyLong.__add__'

    def __radd__(self, other):
        return 'MyLong.__radd__'

    def __mul__(self, other):
        return 'MyLong.__mul__'

    def __rsub__(self, other):
        return 'MyLong.__rsub__'


def temporaries(n):
    q, r, t = 1, 0, 1
    out = []
    for k in range(1, n):
        odd = 2 * k + 1
        r = (2 * q + r) * odd
        q *= k
        t *= odd
        out.append((3 * q + r) // t)
        r = 10 * (r - q * t) - r
    return out, q, r, t


def aliases(n):
    x = 10 ** 30
    y = x
    seen = []
    kept = [x]
    for i in range(n):
        x *= 3
        x += i
        x -= 1
        seen.append(y)
    return x, y, kept[0], seen[0] == seen[-1] == y


def self_ops(n):
    x = 3 ** 50
    for i in range(n):
        x = x + x
        x = x - x // 2
        x = x * 1
    return x


def reversed_sub(n):
    acc = []
    x = 7 ** 40
    for i in range(n):
        x = i - x
        x = (1 << 70) - x
        x = -5 - x
        acc.append(x % 1000)
    return x, acc[-3:]


def mixed_signs(n):
    x = -(2 ** 100)
    for i in range(n):
        x = x * -1
        x += -(2 ** 100)
        x -= -3
        x = (x * 2) - (x + x)
        x = x + (1 << 80) * (-1) ** i
    return x


def zero_and_small(n):
    x = 2 ** 64
    for i in range(n):
        x = x - 2 ** 64
        x = x * 0
        x = x + 5L
        x = x - 5
    return x, type(x).__name__


def subclasses(n):
    m = MyLong(10 ** 20)
    res = []
    for i in range(n):
        res.append(m + 1)
        res.append(1 + m)
        res.append(m * 2)
        res.append(5 - m)
        res.append((10 ** 20 + i) + m)
    return res[-5:]


def ints_stay(n):
    s = 0
    for i in range(n):
        s = s + i * 3
        s -= 1
    return s, type(s).__name__


def long_bools(n):
    x = 10 ** 20
    for i in range(n):
        x = x + True
        x = x * True
        x = x - False
    return x


def in_closure(n):
    x = 10 ** 25
    def get():
        return x
    for i in range(n):
        x = x * 2
    return x, get()


def globals_too(n):
    global G
    for i in range(n):
        G = G * 3 + 1
    return G


G = 10 ** 18
NUMBERS = [10 ** 19 + i for i in range(5)]


def in_list(n):
    for i in range(n):
        v = NUMBERS[i % 5]
        v *= 2
    return NUMBERS


def exceptions(n):
    x = 10 ** 30
    out = []
    for i in range(n):
        try:
            x = x * None
        except TypeError as e:
            out.append(str(e))
        x += 1
    return x, out[0]


for f in (temporaries, aliases, self_ops, reversed_sub, mixed_signs,
          zero_and_small, subclasses, ints_stay, long_bools, in_closure,
          globals_too, in_list, exceptions):
    print f.__name__, f(40)
    print f.__name__, f(40)
