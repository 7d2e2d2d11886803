# A caller keeps its arguments alive until the call returns (CPython's
# value stack holds them): a callee that rebinds or deletes a parameter
# does not free the argument, so its __del__ (or a weakref callback) runs
# after the callee returns, in every call shape and execution mode; then
# the caller releases its arguments the last one first.
import weakref

events = []


class Noisy(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append('del ' + self.name)


class Target(object):
    pass


def rebind(obj):
    events.append('enter')
    obj = None
    events.append('rebound')
    return 1


def delete(obj):
    del obj
    events.append('deleted')


def with_default(obj, k=1):
    obj = k
    events.append('rebound with default')


def two(a, obj):
    obj = a
    events.append('rebound second')


class C(object):
    def m(self, obj):
        obj = None
        events.append('rebound in method')


def closure_maker():
    seen = []

    def inner(obj):
        seen.append(1)
        obj = None
        events.append('rebound in closure')
    return inner


def weak(obj):
    obj = None
    events.append('weak rebound')


def nothing(a, b, c):
    events.append('body')


class D(object):
    def m(self, a, b):
        events.append('method body')


def list_of_noisy(n):
    return [Noisy('item %d' % i) for i in range(n)]


def one_round(inner, c):
    del events[:]
    rebind(Noisy('a'))
    delete(Noisy('b'))
    with_default(Noisy('c'))
    two(0, Noisy('d'))
    c.m(Noisy('e'))
    inner(Noisy('f'))
    t = Target()
    ref = weakref.ref(t, lambda w: events.append('callback'))
    weak(t)
    del t
    # temporaries die after the call, the last argument first
    nothing(Noisy('x'), Noisy('y'), Noisy('z'))
    D().m(Noisy('p'), Noisy('q'))
    # a list's items die last first
    len(list_of_noisy(3))
    return ref


def main():
    inner = closure_maker()
    c = C()
    for r in range(4000):
        one_round(inner, c)
        if r in (0, 3999):
            print r, events
    print rebind(Noisy('last')), events[-2:]


main()
