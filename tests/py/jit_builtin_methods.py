# Method calls of builtin types' methods (d.get(k), l.append(x), s.add(x),
# str methods) in hot loops: compiled code calls the method descriptor
# with the receiver instead of building a bound method; guard failures,
# exceptions and deopts between the attribute load and the call still see
# a proper bound method.


def counts(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return sorted(c.items())


def collect(n):
    out = []
    seen = set()
    for i in range(n):
        out.append(i * i % 7)
        seen.add(i % 5)
    return len(out), sum(out), sorted(seen)


def strs(n):
    acc = []
    for i in range(n):
        s = 'item%d' % i
        if s.startswith('item1') or s.endswith('7'):
            acc.append(s.upper().replace('ITEM', '#'))
    return ','.join(acc[:8]), len(acc)


print counts('a b a c b a d e a'.split() * 50)
print collect(3000)
print strs(300)


class D(dict):
    pass


def shadowed(n):
    d = D(a=1)
    out = []
    for i in range(n):
        if i == n // 2:
            d.get = lambda k, default: 'shadow %s' % k
        out.append(d.get('a', 0))
    return out[0], out[-1], len(set(map(str, out)))


print shadowed(2000)


class E(dict):
    def get(self, k, default=None):
        return 'E.get(%s)' % k


def overridden(n):
    objs = [dict(a=1), E(a=2)]
    r = []
    for i in range(n):
        r.append(objs[i % 2].get('a', 0))
    return r[:4], len(r)


print overridden(1000)


def raising_args(n):
    d = {0: 'zero'}
    got = []
    for i in range(n):
        z = 0 if i % 100 == 99 else 1
        try:
            got.append(d.get(1 // z - 1, 'none'))
        except ZeroDivisionError as e:
            got.append('ZDE')
    return got[:3], got.count('ZDE'), len(got)


print raising_args(1000)


def deopt_args(n):
    d = {}
    total = 0
    for i in range(n):
        k = i if i < n - 10 else i + 0.5
        d[k % 10] = d.get(k % 10, 0) + 1
    return sorted(d.items())


print deopt_args(3000)


def descr_direct(n):
    get = dict.get
    d = {1: 'one'}
    r = None
    for i in range(n):
        r = get(d, 1), d.get, [].append
    return r[0], type(r[1]).__name__, r[1].__self__ is d, type(r[2]).__name__


print descr_direct(500)


def wrong_args(n):
    d = {}
    errs = []
    for i in range(n):
        try:
            if i % 50 == 0:
                d.get()
            else:
                d.get(i, 0)
        except TypeError as e:
            errs.append(str(e))
    return len(errs), errs[0]


print wrong_args(1000)
