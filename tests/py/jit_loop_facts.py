# Loop heads that start from what every back edge knows (a local holds a
# small int or a float): the facts are checked when the loop is entered
# and on back edges that do not know them, so kinds that change later
# (an int local becoming a long, a float, a str; a deleted local) leave
# compiled code and give CPython's results.


def accumulate(start, n):
    s = start             # an argument: its kind at entry is unknown
    i = 0
    while i < n:
        s = s + 0.5
        i += 1
    return s


def nested(n, m):
    total = 0
    i = 0
    while i < n:
        j = 0
        acc = 1.0
        while j < m:
            acc = acc * 1.0001 + 0.25
            j += 1
        total += int(acc) % 1000
        i += 1
    return total


def grows(n):
    x = 1
    k = 0
    while k < n:
        x = x + x          # leaves small ints after about 50 rounds
        k += 1
    return x


def skipping(n):
    s = 0
    k = 0
    while k < n:
        k += 1
        if k % 3 == 0:
            continue
        s += k
    return s


def rebinding(n, bad):
    v = 0
    k = 0
    while k < n:
        v = v + k
        if k == bad:
            v = 'str %d' % v
            break
        k += 1
    return v


def deleting(n):
    out = []
    k = 0
    while k < n:
        t = k * 2
        out.append(t)
        del t
        k += 1
    return len(out), out[-1]


def swaps(xs):
    i = 0
    j = len(xs) - 1
    while i < j:
        t = xs[i]
        xs[i] = xs[j]
        xs[j] = t
        i += 1
        j -= 1
    return xs


print accumulate(0.0, 5000)
print accumulate(0, 5000)          # an int at entry, floats after
print accumulate(10 ** 20, 3)      # a long
print accumulate(True, 2)
print nested(300, 40)
print nested(2, 3)
print grows(40), grows(70)
for n in (45, 50, 55, 60):
    print grows(n)
print skipping(5000), skipping(10)
print rebinding(5000, -1), rebinding(100, 50)
print deleting(5000)
r = None
for rep in range(300):
    r = swaps(range(20))
print r
print swaps([1.5, 'a', None, 2L])
print swaps(range(7))
for rep in range(3):
    print accumulate(rep, 2000), accumulate(rep * 0.5, 2000)
