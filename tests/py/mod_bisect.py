# bisect: bisect/bisect_left/bisect_right/insort/insort_left/insort_right with lo/hi, duplicates and errors.
import bisect


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x)
print bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect(a, 4, lo=5), bisect.bisect_left(a, 8, hi=3)
print bisect.bisect_left([], 1), bisect.bisect_right([], 1), bisect.bisect('aceg', 'd'), bisect.bisect_left(('a', 'b'), 'b')
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(l, x)
print l
bisect.insort_left(l, 5)
bisect.insort_right(l, 5)
bisect.insort(l, 0, 0, 0)
bisect.insort_left(l, 100, lo=len(l))
print l
pairs = []
for p in [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]:
    bisect.insort(pairs, p)
print pairs


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print [grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]]
print bisect.bisect_right([1.5, 2.5], 2), bisect.bisect_left([1, 2, 3], 2.0), bisect.bisect([[1], [1, 2]], [1, 1])


class Rev(object):
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return 'Rev(%d)' % self.v


r = [Rev(9), Rev(5), Rev(1)]
bisect.insort(r, Rev(3))
print r, bisect.bisect(r, Rev(5))
show('lo negative', bisect.bisect, a, 1, -1)
show('not a sequence', bisect.bisect, 5, 1)
show('insort tuple', bisect.insort, (1, 2), 1)
show('missing args', bisect.bisect_left, a)
show('lo str', bisect.bisect, a, 1, 'x')
show('hi beyond', bisect.bisect_left, a, 100, 0, 100)
