# heapq and bisect: the exact sequence of comparisons (traced), __le__-only classes, merge ties, nlargest/nsmallest paths and argument errors.
import heapq
import bisect

log = []


class T(object):
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append('%s<%s' % (self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'T%s' % self.v


class LeOnly:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        log.append('%s<=%s' % (self.v, other.v))
        return self.v <= other.v

    def __repr__(self):
        return 'L%s' % self.v


def flush(label):
    print label, ' '.join(log)
    del log[:]


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


h = []
for v in [5, 3, 7, 1, 4]:
    heapq.heappush(h, T(v))
flush('push')
print h
print heapq.heappop(h), h
flush('pop')
print heapq.heapreplace(h, T(6)), heapq.heappushpop(h, T(2)), heapq.heappushpop(h, T(9)), h
flush('replace/pushpop')
data = [T(v) for v in [9, 8, 7, 6, 5, 4, 3, 2, 1]]
heapq.heapify(data)
flush('heapify')
print data
old = [LeOnly(v) for v in [4, 2, 6, 1]]
heapq.heapify(old)
flush('heapify le-only')
print old, heapq.heappop(old), old
flush('pop le-only')
items = [T(v) for v in [4, 1, 3, 1, 5, 9, 2, 6]]
print heapq.nlargest(3, items)
flush('nlargest')
print heapq.nsmallest(3, items)
flush('nsmallest')
print heapq.nsmallest(3, iter(items))
flush('nsmallest iter')
print heapq.nlargest(1, items), heapq.nsmallest(1, items)
flush('n=1')
print heapq.nlargest(2, items, key=lambda t: -t.v)
flush('nlargest key')
print list(heapq.merge([T(1), T(4)], [T(1), T(3)], [T(2)]))
flush('merge')
print list(heapq.merge([1, 3], [2, 2], [])), list(heapq.merge(*[[i] for i in range(5)]))
print heapq.nlargest(2, [(1, 'a'), (1, 'b'), (1, 'c')]), heapq.nsmallest(2, [[2], [1], [1, 0]])
print heapq.nlargest(3, 'hello'), heapq.nsmallest(2, {'b': 1, 'a': 2}), heapq.nlargest(2, xrange(10), key=lambda x: x % 3)
show('nlargest float n', heapq.nlargest, 2.0, iter([1, 2]))
show('nlargest str n', heapq.nlargest, 'a', iter([1, 2]))
show('nlargest no args', heapq.nlargest)
show('heappop 2 args', heapq.heappop, [], 1)
show('heapify none', heapq.heapify, None)
show('heappushpop tuple', heapq.heappushpop, (), 1)
show('heapreplace 1 arg', heapq.heapreplace, [])
show('merge non-iterable', lambda: list(heapq.merge([1], 5)))
a = [T(v) for v in [1, 3, 5, 7, 9]]
print bisect.bisect(a, T(5)), bisect.bisect_left(a, T(5)), bisect.bisect_right(a, T(0), 1, 3)
flush('bisect')
bisect.insort(a, T(4))
flush('insort')
print a


class MyList(list):
    def insert(self, i, x):
        print 'MyList.insert', i, x
        list.insert(self, i, x)


ml = MyList([1, 5])
bisect.insort_left(ml, 3)
bisect.insort(ml, 9, lo=1)
print ml, bisect.bisect(x=3, a=[1, 2, 3, 4]), bisect.bisect_left(a=[1, 2], x=2, hi=1), bisect.bisect(range(10), 5, hi=-1)
show('kw and pos', bisect.bisect, [1], 1, a=[2])
show('bad kw', bisect.bisect, [1], 1, low=0)
show('too many', bisect.insort, [1], 1, 0, 1, 2)
show('hi float', bisect.bisect, [1], 1, 0, 1.0)
show('lo long', bisect.bisect, [1, 2, 3], 2, 1L)
show('lo huge', bisect.bisect, [1], 1, 2 ** 70)
show('dict', bisect.bisect, {0: 'a', 1: 'b'}, 'a')
show('insort_right no x', bisect.insort_right, [])
print bisect.bisect.__name__, bisect.insort.__doc__.splitlines()[0], heapq.heappush.__doc__
