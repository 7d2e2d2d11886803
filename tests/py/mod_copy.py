# copy: copy/deepcopy of builtins, nested structures, cycles, shared references, __copy__/__deepcopy__, __getstate__/__setstate__.
import copy


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'], d == a
a[1].append(99)
print s[1], d[1]
t = (1, 2, 'x')
print copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None
tl = (1, [2])
print copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl, copy.copy(tl) is tl
for v in [1, 2 ** 70, 1.5, 1j, 'str', u'uni', None, True, frozenset([1]), xrange(3), len, type]:
    print type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v
print copy.copy({'a': 1}) == {'a': 1}, sorted(copy.copy(set([1, 2]))), copy.copy(bytearray('ab')), copy.deepcopy([[]] * 2)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print dp[0] is dp[1], dp[0] is shared
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print cc[2] is cc, cc[2] is not cyc, cc[:2], len(cc)
dcyc = {'name': 'root'}
dcyc['self'] = dcyc
dc2 = copy.deepcopy(dcyc)
print dc2['self'] is dc2, dc2['name']
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print y[0] is y[1], len(memo) > 0


class Plain(object):
    def __init__(self, items):
        self.items = items
        self.label = 'plain'


p = Plain([1, 2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print type(pc).__name__, pc.items is p.items, pd.items is p.items, pd.items == p.items, pd.label, pc is p


class Custom(object):
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print 'custom __copy__ called'
        return Custom(self.v + ['shallow'])

    def __deepcopy__(self, memo):
        print 'custom __deepcopy__ called, memo is dict:', isinstance(memo, dict)
        return Custom(copy.deepcopy(self.v, memo) + ['deep'])


c = Custom([0])
print copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v


class Stateful(object):
    def __init__(self):
        self.a = 1
        self.cache = 'expensive'

    def __getstate__(self):
        print 'getstate'
        return {'a': self.a}

    def __setstate__(self, state):
        print 'setstate', sorted(state)
        self.__dict__.update(state)
        self.cache = None


st = copy.deepcopy(Stateful())
print st.a, st.cache


class Slotted(object):
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1
        self.y = [2]


sl = copy.deepcopy(Slotted())
print sl.x, sl.y


class Old:
    def __init__(self):
        self.z = [5]


o = Old()
oc = copy.copy(o)
print oc.z is o.z, copy.deepcopy(o).z is o.z, oc.__class__ is Old
print copy.Error is copy.error, issubclass(copy.Error, Exception)


class NoCopy(object):
    def __reduce_ex__(self, proto):
        raise TypeError('refusing to be copied')


show('copy NoCopy', copy.copy, NoCopy())
show('deepcopy NoCopy', copy.deepcopy, [NoCopy()])
