# Prime sieve and trial division.

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j = j + i
        i = i + 1
    primes = []
    for k in range(n + 1):
        if flags[k]:
            primes = primes + [k]
    return primes


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d = d + 2
    return True


ps = sieve(2000)
print 'count', len(ps)
print 'first', ps[0], ps[1], ps[2], ps[3], ps[4]
print 'last', ps[-1], ps[-2], ps[-3]
line = ''
count = 0
for p in ps:
    if p > 400:
        break
    line = line + str(p) + ' '
    count = count + 1
    if count % 15 == 0:
        print line
        line = ''
print line

mismatch = 0
for n in range(2001):
    if is_prime(n) != (n in ps):
        mismatch = mismatch + 1
print 'mismatches', mismatch

for n in [97, 561, 7919, 104729, 1000003, 2147483647, 999999937]:
    print n, is_prime(n)

twins = 0
for i in range(len(ps) - 1):
    if ps[i + 1] - ps[i] == 2:
        twins = twins + 1
print 'twin pairs', twins

gap = 0
where = 0
for i in range(len(ps) - 1):
    if ps[i + 1] - ps[i] > gap:
        gap = ps[i + 1] - ps[i]
        where = ps[i]
print 'max gap', gap, 'after', where
