# Exception handlers entered from compiled code: matching and non-matching
# except clauses, tuples of classes, nested try blocks, try/finally with an
# exception passing through, bare raise and re-raise from END_FINALLY,
# exceptions raised inside handlers, returns, break and continue inside
# handlers, sys.exc_info() during and after handlers, traceback line
# numbers, values left on the stack below the try block, handlers in
# generators and in loops entered by OSR.
import sys


class Base(Exception):
    pass


class Derived(Base):
    def __init__(self, n):
        Base.__init__(self, n)
        self.n = n


class Old:
    pass


def boom(kind, i):
    if kind == 0:
        raise Derived(i)
    if kind == 1:
        raise KeyError(i)
    if kind == 2:
        return [][i]
    if kind == 3:
        return 1 // (i - i)
    if kind == 4:
        raise Old()
    if kind == 5:
        raise Base('b%d' % i)
    return i


def tb_lines(tb):
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    return lines


def classify(kind, i):
    try:
        v = boom(kind, i)
    except Derived as e:
        return 'derived %d' % e.n
    except (KeyError, IndexError) as e:
        return 'lookup %s' % type(e).__name__
    except Base:
        return 'base %s' % sys.exc_info()[1]
    except Old:
        return 'old'
    except:
        return 'other %s' % sys.exc_info()[0].__name__
    else:
        return 'ok %d' % v


def nested(kind, i):
    out = []
    try:
        try:
            out.append('in')
            boom(kind, i)
            out.append('no error')
        except KeyError:
            out.append('inner KeyError')
            raise
        finally:
            out.append('finally')
    except Exception as e:
        out.append('outer %s %s' % (type(e).__name__, tb_lines(sys.exc_info()[2])))
    return ' '.join(out)


def in_handler(i):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            # an exception raised while handling another one
            {}[i]
    except KeyError as e:
        return 'key %r, handling done: %s' % (e.args[0], sys.exc_info()[0].__name__)


def stack_below(seq, i):
    # the list being built stays on the stack below the try block
    return [x + (lambda: 1 // x if x else -1)() for x in seq[i % 3:]]


def safe_div(items):
    total = 0
    for a, b in items:
        try:
            total += a // b
        except ZeroDivisionError:
            total -= 1
            continue
        finally:
            total += 1000
        if total > 10 ** 9:
            break
    return total


def loop_with_break(n):
    found = []
    for i in range(n):
        try:
            if i % 7 == 6:
                raise StopIteration(i)
        except StopIteration as e:
            found.append(e.args[0])
            if len(found) == 3:
                break
    return found


def gen(n):
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield -e.args[0]


def after_handler():
    try:
        raise Derived(5)
    except Base:
        pass
    # CPython 2.7 keeps the handled exception until the function returns
    return sys.exc_info()[0].__name__


def reraise_tb(i):
    try:
        boom(1, i)
    except KeyError:
        t, v, tb = sys.exc_info()
    try:
        raise t, v, tb
    except KeyError:
        return tb_lines(sys.exc_info()[2])


def finally_return(i):
    try:
        if i % 2:
            raise Base(i)
        return 'returned'
    finally:
        if i % 4 == 3:
            return 'finally swallowed'


def main():
    counts = {}
    for i in range(3000):
        for kind in range(7):
            r = classify(kind, i)
            key = r.split()[0] + ' ' + r.split()[1] if r.startswith('lookup') else r.split()[0]
            counts[key] = counts.get(key, 0) + 1
    for k in sorted(counts):
        print k, counts[k]
    print classify(0, 7), '|', classify(5, 8), '|', classify(6, 9)
    for kind in (0, 1, 6):
        last = None
        for i in range(1500):
            last = nested(kind, i)
        print last
    for i in range(1500):
        r = in_handler(i)
    print r
    for i in range(1500):
        r = stack_below([0, 1, 2, 3], i)
    print r
    print safe_div([(i, i % 4) for i in range(3000)])
    print loop_with_break(3000)
    for i in range(500):
        g = list(gen(10))
    print g
    for i in range(1500):
        r = after_handler()
    print r, sys.exc_info()
    for i in range(1500):
        r = reraise_tb(i)
    print r
    seen = {}
    for i in range(1500):
        try:
            seen[finally_return(i)] = i
        except Base as e:
            seen['raised'] = e.args[0]
    print sorted(seen.items())
    try:
        for i in range(1500):
            finally_return(i)
    except Base as e:
        print 'escaped', e, tb_lines(sys.exc_info()[2])


main()
