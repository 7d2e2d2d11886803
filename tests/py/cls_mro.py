# C3 method resolution order and super() chains.

def mro(cls):
    return [c.__name__ for c in cls.__mro__]


class O(object):
    def who(self):
        return ['O']


class A(O):
    def who(self):
        return ['A'] + super(A, self).who()


class B(O):
    def who(self):
        return ['B'] + super(B, self).who()


class C(O):
    def who(self):
        return ['C'] + super(C, self).who()


class D(O):
    def who(self):
        return ['D'] + super(D, self).who()


class E(O):
    def who(self):
        return ['E'] + super(E, self).who()


class K1(A, B, C):
    def who(self):
        return ['K1'] + super(K1, self).who()


class K2(D, B, E):
    def who(self):
        return ['K2'] + super(K2, self).who()


class K3(D, A):
    def who(self):
        return ['K3'] + super(K3, self).who()


class Z(K1, K2, K3):
    def who(self):
        return ['Z'] + super(Z, self).who()


for cls in [O, A, K1, K2, K3, Z]:
    print cls.__name__, mro(cls), cls().who()


class Left(object):
    def go(self):
        return 'Left'


class Right(object):
    def go(self):
        return 'Right'


class LR(Left, Right):
    pass


class RL(Right, Left):
    pass


print mro(LR), LR().go(), mro(RL), RL().go()


def mro_error(e):
    # CPython lists the conflicting bases in the order of a dict keyed by
    # the classes themselves (address hashes): sort them for a stable line
    head, _, names = str(e).rpartition('bases ')
    return head + 'bases ' + ', '.join(sorted(names.split(', ')))


try:
    class Bad(LR, RL):
        pass
except TypeError, e:
    print 'TypeError:', mro_error(e)

try:
    class Bad2(O, A):
        pass
except TypeError, e:
    print 'TypeError:', mro_error(e)


class Base(object):
    def __init__(self):
        self.log = ['Base']


class M1(Base):
    def __init__(self):
        super(M1, self).__init__()
        self.log.append('M1')


class M2(Base):
    def __init__(self):
        super(M2, self).__init__()
        self.log.append('M2')


class Diamond(M1, M2):
    def __init__(self):
        super(Diamond, self).__init__()
        self.log.append('Diamond')


print Diamond().log, mro(Diamond)
print mro(bool), mro(int), mro(dict), mro(Exception), mro(type)
s = super(Diamond, Diamond())
print type(s).__name__
print super(M1, Diamond()).__init__.__name__


class Attr(object):
    x = 'Attr.x'


class SubAttr(Attr):
    x = 'SubAttr.x'

    def get(self):
        return self.x, super(SubAttr, self).x, Attr.x


print SubAttr().get()


class CM(object):
    @classmethod
    def make(cls):
        return cls.__name__


class CM2(CM):
    @classmethod
    def make(cls):
        return 'CM2 via ' + super(CM2, cls).make()


print CM.make(), CM2.make(), CM2().make()
print mro(type('Dyn', (K3,), {}))
