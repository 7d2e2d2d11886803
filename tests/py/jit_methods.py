# Method calls in compiled code: plain methods, shadowing by instance
# attributes, methods replaced on the class mid-loop, static and class
# methods, builtin methods, exceptions raised while evaluating arguments
# (the pending method call must look exactly like a bound method).
import sys


class Counter(object):
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n

    @staticmethod
    def twice(x):
        return 2 * x

    @classmethod
    def name(cls):
        return cls.__name__


class Sub(Counter):
    def add(self, k):
        self.n += 10 * k
        return self.n


def bad(i):
    if i == 1500:
        raise ValueError('bad arg %d' % i)
    return i


def run(objs):
    total = 0
    for i in range(3000):
        o = objs[i % len(objs)]
        total += o.add(i % 3) + o.twice(1)
        if i % 1000 == 999:
            total += len(o.name())
    return total


print run([Counter()]), run([Counter(), Sub()])
c = Counter()
c.add = lambda k: -k          # instance attribute shadows the method
print run([c, Counter()])


def swap_midway():
    o = Counter()
    out = []
    original = Counter.add
    for i in range(2000):
        if i == 1000:
            Counter.add = lambda self, k: 12345
        out.append(o.add(1))
    Counter.add = original
    return out[998:1003]


print swap_midway()


def failing():
    o = Sub()
    try:
        for i in range(3000):
            o.add(bad(i))
    except ValueError as e:
        print 'caught', e, o.n
        tb = sys.exc_info()[2]
        while tb.tb_next:
            tb = tb.tb_next
        print tb.tb_frame.f_code.co_name, tb.tb_lineno


failing()


def builtin_methods():
    l = []
    d = {}
    for i in range(2000):
        l.append(i)
        d.setdefault(i % 7, []).append(i)
    return len(l), sorted(len(v) for v in d.values()), l.pop(), ' '.join('abc').upper()


print builtin_methods()


class Old:
    def m(self, x):
        return x + 1


def classic():
    o = Old()
    return sum(o.m(i) for i in range(2000))


print classic()


def args_raise_leave_method():
    o = Counter()
    table = dict((i, i) for i in range(2000))
    try:
        for i in range(3000):
            o.add(table[i] * 2)
    except KeyError as e:
        f = sys._getframe()
        return 'KeyError', e.args, o.n, sys.exc_info()[2].tb_lineno


print args_raise_leave_method()
