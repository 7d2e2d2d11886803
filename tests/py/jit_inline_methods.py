# Method calls of small leaf methods (reading instance attributes and
# computing on them) from hot loops: compiled callers inline them. Every
# change that makes the inline guards fail must give the real call:
# another class, an instance attribute shadowing the method, a deleted or
# re-typed attribute, a property added to the class later, __slots__,
# old-style instances, a wrong argument count, a rebound method.
import sys


class Vec(object):
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def first(self):
        return self.x

    def bigger(self, o):
        return self.x > o.x or (self.x == o.x and self.y > o.y)


class Vec2(Vec):
    def __init__(self, x, y):
        Vec.__init__(self, x, y, 0)


class Other(object):
    def __init__(self, v):
        self.x = v
        self.y = -v
        self.z = v * 2

    def dot(self, o):
        return 'other dot'

    def first(self):
        return 'other first'

    def bigger(self, o):
        return None


class Slotted(object):
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def first(self):
        return self.x

    def bigger(self, o):
        return self.x > o.x


class Old:
    def __init__(self, x):
        self.x = x
        self.y = 1
        self.z = 2

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def first(self):
        return self.x

    def bigger(self, o):
        return self.x > o.x


def run(objs, n):
    t = 0
    out = []
    for i in xrange(n):
        a = objs[i % len(objs)]
        b = objs[(i + 1) % len(objs)]
        t = a.dot(b)
        out.append((t, a.first(), a.bigger(b)))
    return out[-len(objs):]


vs = [Vec(i, i + 1, i - 2) for i in range(5)] + [Vec(1.5, 2, -0.5)]
print run(vs, 3000)
print run(vs + [Vec2(7, 8)], 3000)
print run([Other(3), Vec(1, 2, 3)], 7)
print run([Slotted(1, 2, 3), Vec(1, 2, 3)], 7)
print run([Old(4), Vec(1, 2, 3)], 7)
print run(vs, 3000)

# an instance attribute shadows the method
w = Vec(1, 2, 3)
w.dot = lambda o: 'instance dot'
print run([w, Vec(1, 1, 1)], 6)

# attribute values of other types: longs, strings, objects
print run([Vec(2 ** 40, 2 ** 40, 1), Vec(2 ** 30, 2 ** 30, 1)], 4)
s = Vec('a', 'b', 'c')
try:
    run([s, s], 3)
except TypeError as e:
    print 'TypeError', e

# a deleted attribute raises from the real method
d = Vec(1, 2, 3)
del d.y
try:
    run([d, Vec(1, 2, 3)], 3)
except AttributeError as e:
    print 'AttributeError', e
    tb = sys.exc_info()[2]
    while tb is not None:
        print tb.tb_frame.f_code.co_name, tb.tb_lineno,
        tb = tb.tb_next
    print

# a wrong argument count
class Bad(object):
    x = 1

    def first(self, extra):
        return extra

    dot = first
    bigger = first


try:
    run([Bad()], 2)
except TypeError as e:
    print 'TypeError', e

print run(vs, 3000)


# a property added to the class after the callers were compiled
def getx(self):
    print 'property x of', type(self).__name__
    return 100


early = Vec2(1, 2)
Vec.x = property(getx)
print run([early], 3)
del Vec.x
print run(vs, 3000)

# a rebound method
Vec.first = lambda self: 'rebound first'
print run(vs, 5)[0]


# leaf methods returning objects: the caller gets its own reference
class Holder(object):
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


payload = object()
h = Holder(payload)
before = sys.getrefcount(payload)
got = [h.get() for i in xrange(3000)]
print sys.getrefcount(payload) - before
del got
print sys.getrefcount(payload) - before, h.get() is payload
