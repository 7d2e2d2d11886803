# max and min: positional and iterable forms, key=, ties, mixed types and the error messages.


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print max(1, 2), max([1, 2, 3]), max('abc'), max((1, 5), (1, 7)), max(1, 2.5), max(2 ** 70, 1), max([[1], [0, 9]])
print min(1, 2), min([1, 2, 3]), min('abc'), min((1, 5), (1, 7)), min(1, 0.5), min(-2 ** 70, 1), min(u'ba')
print max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len)
print max('a', 'B', 'c', key=str.upper), min('a', 'B', 'c', key=str.upper), max(xrange(10), key=lambda x: x % 7)
print max([(1, 'a'), (2, 'b'), (2, 'a')], key=lambda t: t[0]), min([(1, 'z'), (1, 'a')], key=lambda t: t[0])
print max([-3, 2, -5], key=abs), min([-3, 2, -5], key=abs), max({1: 'a', 3: 'b', 2: 'c'}), min(set([5, 3, 8]))
print max(iter([4, 8, 1])), min(x * x for x in [-3, 2, 5]), max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0)
print max([1, 2], [1, 2, 0]), max('abc', 'abd'), min(None, 0), max(None, 0), min([], ()), max([], ())
print max(float('nan'), 1), max(1, float('nan')), min(float('inf'), 2 ** 2000 > 0)


class K(object):
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print 'lt', self.v, other.v,
        return self.v < other.v

    def __gt__(self, other):
        print 'gt', self.v, other.v,
        return self.v > other.v


print max(K(1), K(3), K(2)).v
print min(K(1), K(3), K(2)).v
show('max()', max)
show('min()', min)
show('max([])', max, [])
show('min(())', min, ())
show('max(1)', max, 1)
show('min(5)', min, 5)
show('max(1, 2, key=None)', max, 1, 2, key=None)
show('max([1], key=len)', max, [1], key=len)
show('max(1, 2, foo=1)', max, 1, 2, foo=1)
show('min([1, 2], default=0)', min, [1, 2], default=0)
show('max(iter([]))', max, iter([]))
show('min(1j, 2j)', min, 1j, 2j)
show('max(x for x in [])', max, (x for x in []))
