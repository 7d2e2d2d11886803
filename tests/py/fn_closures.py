# Closures: cells, three levels of nesting, mutation through containers, late binding.

def make_counter():
    count = [0]

    def incr():
        count[0] += 1
        return count[0]
    return incr


c1 = make_counter()
c2 = make_counter()
print c1(), c1(), c1(), c2(), c1()


def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle


print outer(1)(10)(100), outer('a')('b')('c')


def adders():
    fs = []
    for i in range(4):
        fs.append(lambda n: n + i)
    return fs


print [f(10) for f in adders()]


def adders_bound():
    fs = []
    for i in range(4):
        fs.append(lambda n, i=i: n + i)
    return fs


print [f(10) for f in adders_bound()]


def cell_changes():
    x = 1

    def get():
        return x
    first = get()
    x = 2
    return first, get()


print cell_changes()


def shared_cell():
    v = ['start']

    def setter(s):
        v[0] = s

    def getter():
        return v[0]
    return setter, getter


s, g = shared_cell()
s('changed')
print g()


def closure_over_arg(a, b):
    def f():
        return a * b
    a = a + 1
    return f


print closure_over_arg(3, 4)()


def three_levels():
    a = 'a'

    def l2():
        b = 'b'

        def l3():
            c = 'c'

            def l4():
                return a + b + c
            return l4()
        return l3()
    return l2()


print three_levels()


def skip_level():
    outer_var = 'from outer'

    def mid():
        def inner():
            return outer_var
        return inner()
    return mid()


print skip_level()
f = make_counter()
print f.func_closure is not None, len(f.func_closure), f.func_closure[0].cell_contents
f()
print f.func_closure[0].cell_contents
print make_counter.func_closure, f.func_code.co_freevars, make_counter.func_code.co_cellvars
print outer.func_code.co_cellvars, outer(1).func_code.co_cellvars, outer(1).func_code.co_freevars
print outer(1)(2).func_code.co_freevars, [c.cell_contents for c in outer(1)(2).func_closure]


def gen_closure(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen


print list(gen_closure(3)())


def class_in_func(val):
    class Inner(object):
        attr = val

        def get(self):
            return val * 2
    return Inner


K = class_in_func(21)
print K.attr, K().get()


def comprehension_closure(n):
    return [lambda: i * n for i in range(3)]


print [f() for f in comprehension_closure(10)]


def genexp_closure(n):
    return list(x * n for x in range(4))


print genexp_closure(5)


def recursive_closure():
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact


print recursive_closure()(10)


def mutual():
    def even(n):
        return True if n == 0 else odd(n - 1)

    def odd(n):
        return False if n == 0 else even(n - 1)
    return even(10), odd(7), even(3)


print mutual()


def del_cell():
    x = 1

    def f():
        return x
    return f()


print del_cell()


def accum(start):
    total = [start]

    def add(n):
        total[0] += n
        return total[0]
    return add


a = accum(100)
print [a(i) for i in range(5)]
x = 'global x'


def global_vs_closure():
    def f():
        return x
    return f()


print global_vs_closure()


def shadow_closure():
    x = 'local x'

    def f():
        return x
    return f()


print shadow_closure()
