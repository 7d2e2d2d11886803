# Locals the compiled code may assume bound, and those it may not: loads
# after conditional assignments, deletes, exception handlers that skip an
# assignment before a hot loop (entered by OSR), comparisons fused with
# branches on ints, floats, mixed and non-numbers.

def cond_assign(n, flag):
    if flag:
        x = 10
    total = 0
    for i in xrange(n):
        total += x + i
    return total

def deleted(n):
    y = 1
    out = []
    for i in xrange(n):
        out.append(y)
        if i == n - 2:
            del y
    return out

def after_handler(n, fail):
    try:
        if fail:
            raise ValueError('no value')
        z = 5
    except ValueError:
        pass
    acc = 0
    i = 0
    while i < n:
        acc += z
        i += 1
    return acc

def compares(items):
    counts = [0, 0, 0, 0, 0, 0]
    for a, b in items:
        if a < b:
            counts[0] += 1
        if a <= b:
            counts[1] += 1
        if a == b:
            counts[2] += 1
        if a != b:
            counts[3] += 1
        if not a > b:
            counts[4] += 1
        if a >= b:
            counts[5] += 1
    return counts

def gen(n):
    a = 0
    for i in xrange(n):
        b = a + i
        yield b
        a = b

for flag in (True, False):
    try:
        print cond_assign(3000, flag)
    except UnboundLocalError as e:
        print 'UnboundLocalError', e
try:
    print deleted(2000)[-3:]
except UnboundLocalError as e:
    print 'UnboundLocalError', e
for fail in (False, True, False):
    try:
        print after_handler(3000, fail)
    except UnboundLocalError as e:
        print 'UnboundLocalError', e
pairs = [(1, 2), (2, 2), (3, 2), (1.5, 2), (2, 2.0), (2.5, 1.5), (-1, -1L),
         (10 ** 20, 1), ('a', 'b'), ('b', 'b'), (None, 0), ((1, 2), (1, 3)),
         (float('nan'), 1.0), (True, 1)] * 300
print compares(pairs)
print sum(gen(5000)), list(gen(6))
