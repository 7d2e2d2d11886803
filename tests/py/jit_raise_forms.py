# raise in compiled code with one, two and three arguments, classes and
# instances, old-style classes, bad arguments, and bare re-raise.
import sys


class Old:
    pass


class New(Exception):
    pass


def r(kind, i):
    if kind == 0:
        raise ValueError
    if kind == 1:
        raise ValueError('v%d' % i)
    if kind == 2:
        raise KeyError, i
    if kind == 3:
        raise New, New('n%d' % i), None
    if kind == 4:
        raise Old
    if kind == 5:
        raise 42
    if kind == 6:
        raise ValueError, 'x', 'not a traceback'
    if kind == 7:
        try:
            raise IndexError(i)
        except IndexError:
            raise
    if kind == 8:
        try:
            raise TypeError('first')
        except TypeError:
            tb = sys.exc_info()[2]
        raise New, 'with tb', tb
    return i


seen = {}
for i in range(3000):
    kind = i % 10
    try:
        r(kind, i)
    except Exception as e:
        seen[kind] = (type(e).__name__, str(e))
    except Old as e:
        seen[kind] = ('Old', e.__class__.__name__)
for k in sorted(seen):
    print k, seen[k]
try:
    r(8, 0)
except New:
    tb = sys.exc_info()[2]
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print lines
