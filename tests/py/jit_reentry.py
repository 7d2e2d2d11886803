# Re-entrancy: compiled code calls runtime functions that call Python
# functions that are themselves compiled (sorted keys, map, __add__,
# properties, __getitem__, callbacks from builtins).


class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return 'Vec(%d, %d)' % (self.x, self.y)


class Grid(object):
    def __init__(self, n):
        self.cells = [i * i % 17 for i in range(n)]

    def __getitem__(self, i):
        return self.cells[i % len(self.cells)]

    def __len__(self):
        return len(self.cells)


def key(v):
    return (v.norm1, v.x)


vs = [Vec(i % 7 - 3, i % 5 - 2) for i in range(3000)]
acc = Vec(0, 0)
for v in vs:
    acc = acc + v
print acc, acc.norm1
print sorted(vs, key=key)[:3], sorted(vs, key=key)[-1]
print sum(map(lambda v: v.norm1, vs))
g = Grid(101)
print sum(g[i] for i in range(5000)), len(g)
print reduce(lambda a, b: a + b, [Vec(1, 2)] * 1000)
print max(vs, key=lambda v: v.x * 10 + v.y), min(range(1000), key=lambda i: (i * 37) % 101)
print filter(lambda v: v.norm1 > 4, vs)[:2]
