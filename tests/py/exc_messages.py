# Error message texts of builtin errors.

def report(label, f):
    try:
        f()
    except Exception, e:
        print '%-18s %s: %s' % (label, type(e).__name__, e)
    else:
        print label, 'no error'


def zde1(): return 1 / 0
def zde2(): return 1 % 0
def zde3(): return 1.0 / 0
def zde4(): return 1 // 0
def zde5(): return 5L / 0
def zde6(): return 1.5 % 0
def zde7(): return divmod(1, 0)
def zde8(): return 0.0 ** -1
def key1(): return {}['missing']
def key2(): return {}[(1, 2)]
def key3(): return {1: 2}[3]
def idx1(): return [1, 2][5]
def idx2(): return (1, 2)[5]
def idx3(): return 'ab'[5]
def idx4(): x = []; x[0] = 1
def idx5(): return [].pop()
def type1(): return 1 + 'a'
def type2(): return 'a' + 1
def type3(): return [] + ()
def type4(): return 1 - 'a'
def type5(): return 'a' * 'b'
def type6(): return len(5)
def type7(): return None()
def type8(): return 1()
def type9(): return {}[[]]
def type10(): return 'a'[1.0]
def type11(): return -'a'
def type12(): return ~1.5
def type13(): return 'abc'.find()
def type14(): return int([])
def type15(): return 2 ** 'a'
def type16(): return [] < 1 < [].sort(1)
def type17(): len(1, 2)
def type18(): return 'x' % 5
def type19(): return '%d' % 'x'
def type20(): return '%s %s' % ('a',)
def type21(): return 'a'.join([1])
def type22(): return hash([])
def name1(): return undefined_global
def attr1(): return None.a
def attr2(): return (1).foo
def attr3(): return 'x'.nothing
def attr4(): [].x = 1
def val1(): return int('abc')
def val2(): return float('x')
def val3(): return [1].index(2)
def val4(): return 'abc'.index('z')
def val5(): return int('12', 50)
def val6(): return chr(300)
def val7(): return range(1, 2, 0)
def val8(): a, b = [1, 2, 3]
def val9(): a, b, c = (1,)
def val10(): return 'a b'.split('')
def over1(): return 2.0 ** 10000
def over2(): return float(10 ** 400)
def over3(): return int(1e400)
def stop1(): return iter([]).next()
def assert1(): assert False, 'assertion message'
def assert2(): assert 1 == 2
def ulocal1():
    print y
    y = 1
def unicode1(): return u'\xe9'.encode('ascii')
def unicode2(): return '\xff'.decode('utf-8')
def neg1(): return [1] * -1
def shift1(): return 1 << -1
def sqrt1(): return (-1) ** 0.5
def cmp1(): return cmp(1j, 2j)
def complex1(): return 1j < 2j
def mod1(): return 1j % 1j


for name in sorted(k for k in globals() if k[-1].isdigit() and k[0] != '_'):
    report(name, globals()[name])


def nested():
    def inner():
        return free_var_later
    return inner


report('nested-global', nested())


def uses_free():
    def g():
        return v
    try:
        g()
    except NameError, e:
        print 'free var error:', e
    v = 1


uses_free()
try:
    print undefined_at_module_level
except NameError, e:
    print 'module level:', e
try:
    del never_defined
except NameError, e:
    print 'del:', e


def del_local():
    x = 1
    del x
    del x


report('del_local', del_local)


class Slotted(object):
    __slots__ = ('a',)


def slot_missing():
    return Slotted().a


def slot_new_attr():
    Slotted().b = 1


report('slot_missing', slot_missing)
report('slot_new_attr', slot_new_attr)


class Old:
    pass


class New(object):
    pass


report('old_attr', lambda: Old().zzz)
report('new_attr', lambda: New().zzz)
report('cls_attr', lambda: New.zzz)
report('old_call', lambda: Old()())
report('new_call', lambda: New()())
report('new_add', lambda: New() + 1)
report('old_add', lambda: Old() + 1)
report('new_index', lambda: New()[0])
report('old_index', lambda: Old()[0])
report('new_len', lambda: len(New()))
report('new_iter', lambda: iter(New()))
report('int_iter', lambda: iter(5))
report('for_int', lambda: [x for x in 5])
report('args1', lambda: report())
report('args2', lambda: report(1, 2, 3))
report('args3', lambda: divmod(1))
report('kw1', lambda: report(1, 2, bad=3))
report('kw2', lambda: report(1, label=2))
report('init_args', lambda: New(1))
report('obj_args', lambda: object(1))
