# Function calls: many positional args, call chains, functions as values, return values.

def add3(a, b, c):
    return a + b + c


def six(a, b, c, d, e, f):
    return [f, e, d, c, b, a]


def nothing():
    pass


def early(x):
    if x < 0:
        return 'negative'
    if x == 0:
        return
    return 'positive'


def apply(f, x):
    return f(x)


def twice(f, x):
    return f(f(x))


def inc(x):
    return x + 1


def sq(x):
    return x * x


def compose_list(fs, x):
    for f in fs:
        x = f(x)
    return x


print add3(1, 2, 3), add3('a', 'b', 'c'), add3([1], [2], [3]), add3(1.5, 2, 3L)
print six(1, 2, 3, 4, 5, 6)
print nothing(), repr(nothing())
print early(-5), early(0), early(5)
print apply(inc, 10), apply(sq, 12), twice(sq, 3), twice(inc, 0)
print compose_list([inc, sq, inc, sq], 1)
fs = [inc, sq, len, str, repr]
for f in fs:
    if f is len or f is str or f is repr:
        print f('xyz'),
    else:
        print f(7),
print
table = {'inc': inc, 'sq': sq}
print table['inc'](1), table['sq'](9)


def f1(x):
    return f2(x) + 1


def f2(x):
    return f3(x) * 2


def f3(x):
    return x - 3


print f1(10), f1(0), f1(-100)


def count_calls(n):
    if n == 0:
        return 1
    return 1 + count_calls(n - 1)


print count_calls(50)
alias = add3
print alias(10, 20, 30), alias is add3
print add3(add3(1, 2, 3), add3(4, 5, 6), add3(7, 8, 9))
