# Attribute chains ending in a method call (a.b.c(), self.x.append(v)):
# the inner loads are plain attribute loads and the last one is the
# method; both must read the right objects in compiled code.

class Log(object):
    def __init__(self):
        self.items = []
        self.count = 0

    def add(self, v):
        self.count += 1
        return self.count + v


class Holder(object):
    def __init__(self):
        self.log = Log()
        self.other = Log()

    def push(self, v):
        self.log.items.append(v)
        return self.log.add(v)

    def mixed(self, v):
        # the callee's argument itself holds an attribute chain and a call
        return self.log.add(self.other.add(v))


def run(n):
    h = Holder()
    t = 0
    for i in xrange(n):
        t += h.push(i)
        t += h.mixed(i % 7)
        t += len(h.log.items)
    return t, h.log.count, h.other.count, h.log.items[-3:]


print run(3000)
s = "a,b,c"
parts = [s.upper().lower().split(",") for _ in range(3)]
print parts
