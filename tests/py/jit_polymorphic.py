# Attribute loads and method calls at sites that see several receiver
# types: compiled code checks each cached receiver type in turn. Classes
# changed mid-loop, instance attributes shadowing methods, more types
# than the cache holds, and builtin methods mixed with Python ones all
# give CPython's results.


class A(object):
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def append(self, x):
        self.v += x


class B(A):
    def get(self):
        return -self.v


class C(object):
    def __init__(self, v):
        self.w = 0
        self.v = v

    def get(self):
        return self.v * 10

    def append(self, x):
        self.w += 1


class D(C):
    pass


class E(object):
    v = 'class attribute'

    def get(self):
        return 'E'

    def append(self, x):
        pass


def walk(objs, rounds):
    total = []
    for r in range(rounds):
        for o in objs:
            total.append((o.get(), o.v))
    return total[-len(objs):]

objs = [A(1), B(2), C(3), D(4), E()]
print walk(objs, 600)


def changing(objs, n):
    out = []
    for i in range(n):
        for o in objs:
            out.append(o.get())
        if i == n // 3:
            B.get = lambda self: 'patched'
        if i == n // 2:
            objs[2].get = lambda: 'instance'
        if i == 2 * n // 3:
            del B.get
    return out[-len(objs):], out[len(objs) * (n // 3 + 1)]

print changing([A(1), B(2), C(3), D(4)], 900)


def appends(targets, n):
    for i in range(n):
        for t in targets:
            t.append(i)
    return [t if isinstance(t, list) else t.v for t in targets][:2], len(targets[2])

print appends([A(0), C(0), []], 800)


def attrs(objs, n):
    s = 0
    for i in range(n):
        for o in objs:
            s += o.v
        if i == n // 2:
            del objs[0].v
            objs[0].v = 100
    return s

print attrs([A(1), B(2), C(3), D(4)], 1000)
try:
    walk([A(1), object()], 400)
except AttributeError as e:
    print 'AttributeError', e
