# Calls of the builtin len at sites where the interpreter only saw len:
# compiled code reads list and tuple lengths itself and hands anything
# else to len's implementation; a site whose callee changes (rebinding
# len, shadowing it) still calls whatever the name means now.
import __builtin__


class Sized(object):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadLen(object):
    def __len__(self):
        return 'seven'


class Raises(object):
    def __len__(self):
        raise KeyError('inside __len__')


def lengths(items, rounds):
    total = 0
    for r in range(rounds):
        for x in items:
            total += len(x)
    return total


print lengths([[1, 2, 3], (4, 5), 'abc', u'\u00e9t\u00e9', {1: 2}, set([1, 2, 3, 4]),
               frozenset([1]), Sized(9), xrange(5, 50, 3), bytearray('xy'), []], 500)

for bad in (5, None, 2.5, BadLen(), Raises(), Sized(-1)):
    try:
        lengths([[1], bad], 3)
    except Exception as e:
        print type(e).__name__, e


def rebinding(n):
    out = []
    for i in range(n):
        out.append(len([0] * (i % 4)))
        if i == n // 2:
            __builtin__.len = lambda x: -1
    __builtin__.len = real_len
    return out

real_len = len
print rebinding(3000)[1495:1510]


def shadowing(n, len):
    t = 0
    for i in range(n):
        t += len((i, i))
    return t

print shadowing(3000, real_len), shadowing(5, lambda x: 100)


def global_len(n):
    global len
    t = []
    for i in range(n):
        t.append(len('ab' * (i % 3)))
        if i == 2000:
            len = lambda x: 'mine'
    del len
    return t[1998:2004]

print global_len(2500)
try:
    len()
except TypeError as e:
    print e
try:
    len([1], [2])
except TypeError as e:
    print e


def keyword(n):
    r = []
    for i in range(n):
        try:
            r.append(len(obj=[1]))
        except TypeError as e:
            r.append(str(e))
    return r[-1]

print keyword(2000)
big = range(100000)
print lengths([big, tuple(big)], 2000)
