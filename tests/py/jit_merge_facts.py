# Facts at joins: after an if/else, a loop exit or a short-circuit, the
# compiled code keeps what every way in knows of a local (a small int, a
# float, a list), and nothing that only some ways know. Each function runs
# hot with one mix of kinds, then gets another.


def join_kinds(n, flip):
    x = 0
    acc = 0
    i = 0
    while i < n:
        if i % 3 == flip:
            x = i * 2
        else:
            x = i + 1
        acc += x
        i += 1
    return acc, x


def join_mixed(n, flip):
    acc = 0.0
    i = 0
    while i < n:
        if i % 4 == flip:
            x = i
        else:
            x = i * 0.5
        acc += x
        i += 1
    return acc


def after_loop(n):
    j = 0
    k = 0
    while j < n:
        k += j
        j += 1
    # the loop exit knows j and k
    return j * 3 + k


def short_circuit(xs, n):
    hits = 0
    i = 0
    while i < n:
        if i > 2 and xs[i] > xs[i - 1] or i == 0:
            hits += 1
        i += 1
    return hits


def list_or_tuple(n, make):
    ys = [1, 2, 3]
    s = 0
    i = 0
    while i < n:
        if i == make:
            ys = (4, 5, 6)
        s += ys[i % 3]
        i += 1
    return s


def growing(n):
    v = 1
    i = 0
    while i < n:
        if i % 7 == 0:
            v = v * 3
        else:
            v = v + 1
        i += 1
    return v


for rep in range(1200):
    join_kinds(30, 1)
    join_mixed(30, 9)
    after_loop(20)
    short_circuit(range(20), 20)
    list_or_tuple(30, -1)
    growing(20)

print join_kinds(30, 1), join_kinds(31, 0)
print join_mixed(30, 9), join_mixed(30, 1)
print after_loop(20), after_loop(100000)
print short_circuit(range(20), 20), short_circuit([3, 1, 4, 1, 5, 9, 2, 6], 8)
print list_or_tuple(30, -1), list_or_tuple(30, 10)
print growing(20), growing(200)
try:
    short_circuit([1, 2, 'a', 'b', None], 5)
except TypeError as e:
    print 'TypeError:', e
print short_circuit([1, 2, 'a', 'b', 'c'], 5)
