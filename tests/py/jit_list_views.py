# List views: compiled code keeps the length and item array of a list a
# local holds in registers between subscripts of one region. Anything that
# can resize the list in between (a method call, a del, a slice
# assignment, a __del__ run by releasing an old item or an old local, an
# alias mutated through a call) must be seen by the next subscript. Each
# function runs hot with harmless inputs first, then with the resizing
# ones.


class Shrinker(object):
    """Empties `target` when it is freed."""

    def __init__(self, target):
        self.target = target

    def __del__(self):
        del self.target[:]


class Grower(object):
    """Extends `target` far past its capacity when freed."""

    def __init__(self, target):
        self.target = target

    def __del__(self):
        self.target.extend(range(1000))


def store_then_read(xs, v):
    # the store releases the old item (a __del__ may resize xs), then the
    # read indexes xs again
    xs[0] = v
    try:
        return xs[1]
    except IndexError:
        return 'index error'


def call_between(xs, k):
    a = xs[0]
    if k:
        xs.pop()
        xs.pop()
        xs.pop()
    try:
        return a + xs[2]
    except IndexError:
        return 'index error'


def del_between(xs, k):
    a = xs[1]
    del xs[k:]
    try:
        return a + xs[1]
    except IndexError:
        return 'index error'


def slice_between(xs, n):
    a = xs[0]
    xs[:] = range(100, 100 + n)
    return a, xs[1], xs[n - 1], len(xs)


def alias_between(xs, ys):
    a = xs[0]
    ys.append(a + 1)
    ys[:] = [7] * 50
    return a, xs[0], xs[49]


def rebind_between(xs, ys):
    a = xs[1]
    xs = ys
    try:
        return a, xs[1]
    except IndexError:
        return a, 'index error'


def local_release(xs, make):
    obj = make(xs)
    a = xs[0]
    # rebinding obj releases the last reference to the object it held
    obj = None
    try:
        return a, xs[1], obj
    except IndexError:
        return a, 'index error', obj


def loop_store(xs, n, k, make):
    # a loop that stores into one list and reads it back; at iteration k
    # the stored item is made by `make`, and the next store releases it
    s = 0
    i = 0
    while i < n:
        if i == k:
            v = make(xs)
        else:
            v = i
        xs[0] = v
        try:
            s += xs[1]
        except IndexError:
            return s, 'index error at', i
        i += 1
    return s, len(xs)


def main():
    out = []
    for r in range(3000):
        out.append(store_then_read([0, r, 2], r))
        out.append(call_between([1, 2, 3, 4, 5], 0))
        out.append(del_between([1, 2, 3], 3))
        out.append(slice_between([5, 6], 3))
        out.append(alias_between([1] * 50, [2]))
        out.append(rebind_between([1, 2], [3, 4]))
        out.append(local_release([1, 2], len))
        out.append(loop_store([0, 1], 3, -1, None))
    print len(out), out[:8], out[-8:]
    # now the resizing cases, under compiled code
    xs = [0, 1, 2]
    xs[0] = Shrinker(xs)
    print store_then_read(xs, 5), xs
    xs = [0, 1, 2]
    xs[0] = Grower(xs)
    print store_then_read(xs, 5), len(xs), xs[:4], xs[-1]
    print call_between([1, 2, 3, 4, 5], 1)
    print call_between([1, 2, 3, 4], 1)
    print del_between([10, 20, 30], 1)
    print del_between([10, 20, 30], 2)
    print slice_between([5, 6], 200)
    xs = [3]
    print alias_between(xs, xs), len(xs)
    print rebind_between([1, 2], [9])
    xs = [1, 2, 3]
    print local_release(xs, Shrinker), xs
    xs = [1, 2, 3]
    print local_release(xs, Grower), len(xs)
    print loop_store([0, 1], 5, 2, Shrinker)
    print loop_store([0, 1], 5, 2, Grower)


main()
