# copy and copy_reg: __reduce_ex__ protocols, copy_reg.pickle, __getinitargs__, slots with mangled names, subclasses of builtins, memo behaviour.
import copy
import copy_reg


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point(1, [2])
r = p.__reduce_ex__(2)
print r[0] is copy_reg.__newobj__, r[1][0] is Point, r[2], r[3:], p.__reduce_ex__(2) == p.__reduce_ex__(2)
r0 = p.__reduce_ex__(0)
print r0[0] is copy_reg._reconstructor, r0[1][0] is Point, r0[1][1] is object, r0[1][2], r0[2], len(p.__reduce__())
print copy.copy(p), copy.deepcopy(p), copy.copy(p).y is p.y, copy.deepcopy(p).y is p.y


class Slots(object):
    __slots__ = ('a', '__hidden', '__dict__')

    def __init__(self):
        self.a = 1
        self.__hidden = 2
        self.free = 3


s = Slots()
print copy_reg._slotnames(Slots), Slots.__slotnames__, s.__reduce_ex__(2)[2]
c = copy.copy(s)
print c.a, c._Slots__hidden, c.free
show('proto 1 slots', s.__reduce_ex__, 1)


class Inherit(Slots):
    __slots__ = 'b'


i = Inherit()
i.b = 'bee'
print copy_reg._slotnames(Inherit), copy.deepcopy(i).b, copy.deepcopy(i).a


class Num(int):
    pass


n = Num(7)
n.tag = 't'
cn = copy.copy(n)
print cn, type(cn).__name__, cn.tag, n.__reduce_ex__(0)[1], n.__reduce_ex__(2)[1]


class Lst(list):
    pass


l = Lst([1, [2]])
l.attr = 'a'
dl = copy.deepcopy(l)
print dl, type(dl).__name__, dl.attr, dl[1] is l[1], l.__reduce_ex__(2)[2], list(l.__reduce_ex__(2)[3])


class Dct(dict):
    pass


d = Dct(k=[1])
dd = copy.deepcopy(d)
print dd, type(dd).__name__, dd['k'] is d['k'], sorted(d.__reduce_ex__(2)[4])


class Classic:
    def __init__(self, a, b):
        print 'Classic.__init__', a, b
        self.a, self.b = a, b

    def __getinitargs__(self):
        return (self.a, self.b)


k = Classic(1, [2])
ck = copy.deepcopy(k)
print ck.a, ck.b, ck.b is k.b, copy.copy(k).b is k.b


class ClassicState:
    def __getstate__(self):
        return 'state'

    def __setstate__(self, st):
        print 'setstate', st


copy.copy(ClassicState())
copy.deepcopy(ClassicState())


class Reducer(object):
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        print 'reduce called'
        return (Reducer, (self.v + 1,))


print copy.copy(Reducer(1)).v, copy.deepcopy(Reducer(10)).v


class RedStr(object):
    def __reduce__(self):
        return 'a_global_name'


rs = RedStr()
print copy.copy(rs) is rs, copy.deepcopy(rs) is rs


class Registered(object):
    pass


def reduce_registered(obj):
    print 'dispatch_table reducer'
    return (Registered, ())


copy_reg.pickle(Registered, reduce_registered)
print type(copy.copy(Registered())).__name__, type(copy.deepcopy(Registered())).__name__
print copy_reg.dispatch_table[complex](3 + 4j), copy.copy(2j)
show('pickle classic', copy_reg.pickle, Classic, reduce_registered)
show('pickle uncallable', copy_reg.pickle, Registered, 5)
show('constructor', copy_reg.constructor, 5)
copy_reg.add_extension('mod', 'name', 240)
copy_reg.add_extension('mod', 'name', 240)
show('ext dup', copy_reg.add_extension, 'mod', 'other', 240)
show('ext range', copy_reg.add_extension, 'mod', 'x', 0)
copy_reg.remove_extension('mod', 'name', 240)
show('ext remove', copy_reg.remove_extension, 'mod', 'name', 240)


class NoInit(object):
    def __new__(cls, *args):
        print 'NoInit.__new__', args
        return object.__new__(cls)

    def __init__(self):
        print 'NoInit.__init__ (not called by copy)'

    def __getnewargs__(self):
        return ('arg',)


copy.copy(NoInit())
memo = {}
shared = [1]
first = copy.deepcopy(shared, memo)
second = copy.deepcopy(shared, memo)
print first is second, first is shared, memo[id(shared)] is first, len(memo[id(memo)])
t = (1, 2)
print copy.deepcopy(t) is t, copy.deepcopy(([],))[0] is not None, copy.deepcopy((shared, shared))[0] is copy.deepcopy((shared, shared))[1]
print copy.deepcopy(Point.__init__) is Point.__init__, copy.copy(len) is len
m = copy.deepcopy(p.__repr__)
print m(), m.im_self is p, m.im_self.y is p.y
show('uncopyable', copy.copy, iter([1]))
show('gen', copy.deepcopy, (x for x in ()))
show('getnewargs not tuple', lambda: type('G', (object,), {'__getnewargs__': lambda s: 5})().__reduce_ex__(2))
