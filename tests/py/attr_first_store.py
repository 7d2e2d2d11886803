# The first attribute stored on a fresh instance creates its __dict__;
# after the attribute cache has seen that transition it replays it
# directly. The dict, its order, later stores, deletions, descriptors
# added to the class afterwards and replaced __dict__s all behave as in
# CPython.


class P(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    pass


def make(n):
    return [P(i, -i) for i in range(n)]

ps = make(3000)
print ps[0].__dict__, ps[-1].__dict__, vars(ps[1234])
print sorted(ps[5].__dict__.items()), len(ps[7].__dict__)
q = Q(1, 2)
print q.__dict__, type(q).__name__
p = P(3, 4)
d = p.__dict__
p.z = 5
print d is p.__dict__, d
del p.x
p.x = 9
print p.__dict__
p.__dict__ = {'only': 1}
p.x = 'again'
print sorted(p.__dict__.items())


class Loud(object):
    def __set__(self, obj, v):
        print 'descriptor got', v

    def __get__(self, obj, t):
        return 'from descriptor'

P.x = Loud()
r = P(10, 20)
print r.__dict__, r.x
del P.x
s = P(30, 40)
print s.__dict__, s.x


class Slotted(object):
    __slots__ = ('a', '__dict__')

    def __init__(self):
        self.a = 1
        self.b = 2

for i in range(2000):
    t = Slotted()
print t.a, t.b, t.__dict__


def first_then_many(n):
    objs = []
    for i in range(n):
        o = P.__new__(P)
        o.k0 = i
        if i % 2:
            o.k1 = i
        objs.append(o)
    return objs[-2].__dict__, objs[-1].__dict__

print first_then_many(3000)
