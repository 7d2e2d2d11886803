# Compiled code reads locals without taking references while they still
# hold the value. Finalizers (__del__) show exactly when objects die:
# rebinding, swapping, deleting and exceptions must release them at the
# same points as CPython, with values still on the stack kept alive.

class D(object):
    def __init__(self, name):
        self.name = name
        self.items = [name]

    def __del__(self):
        print "del", self.name

    def __add__(self, other):
        return D(self.name + "+" + other.name)

    def get(self):
        return self.name

    def __repr__(self):
        return "D(%s)" % self.name


def swap():
    a = D("a")
    b = D("b")
    a, b = b, a
    print "swapped", a.name, b.name
    a, b, c = b, a, D("c")
    print "rotated", a.name, b.name, c.name
    del c
    print "after del c"
    return a.name + b.name


def rebind():
    x = D("x1")
    x = x + x
    print "rebound", x.name
    x = x.get()
    print "now a str", x
    y = D("y1")
    z = [y, y.items, y.name]
    y = None
    print "list holds", z[0].name
    z = None
    print "end rebind"


def raising(n):
    v = D("v%d" % n)
    try:
        t = (v, v.name, v.items[5])
    except IndexError:
        print "caught with", v.name
    try:
        r = v.name + n
    except TypeError as e:
        print "type error", e
    w = v
    del v
    print "w still", w.name
    return w.items


def setk():
    global k
    k = 41 + 1


def in_exec():
    d = {}
    exec setk.func_code in d
    print "exec gave", d["k"]
    return d["k"]


def gen(n):
    x = D("g")
    for i in range(n):
        got = [x.name, (yield i), x.items[0]]
        print "resumed", got
    x = None
    yield -1


def loop(n):
    # many rounds: compiled code runs these with borrowed locals
    s = D("s")
    total = 0
    for i in xrange(n):
        t = s
        s = D("s%d" % (i % 3)) if i % 100 == 0 else s
        total += len(t.items) + len(s.name)
        t = None
    return total


print swap()
rebind()
print raising(3)
print in_exec()
g = gen(2)
print g.next()
print g.send("a")
print g.send("b")
g = None
print loop(1000)
print "done"
