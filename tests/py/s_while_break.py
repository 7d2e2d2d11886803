# while loops with break and continue.

i = 0
while True:
    i = i + 1
    if i % 2 == 0:
        continue
    if i > 15:
        break
    print i,
print
print 'i =', i

n = 100
steps = 0
while n > 1:
    n = n - 7
    steps = steps + 1
print n, steps

x = 1
while x < 10 ** 30:
    x = x * 13
print x

k = 0
while k < 10:
    k = k + 1
    if k == 3:
        continue
    if k == 8:
        break
    print 'k', k
print 'end k', k


def first_square_above(limit):
    i = 0
    while 1:
        if i * i > limit:
            return i
        i = i + 1


for lim in [0, 1, 10, 99, 100, 1000, 123456]:
    print lim, first_square_above(lim)


def digits(n):
    out = []
    if n == 0:
        return [0]
    while n:
        out = [n % 10] + out
        n = n // 10
    return out


print digits(0), digits(7), digits(1234567890), digits(2 ** 64)

a = 0
b = 0
while a < 5:
    a = a + 1
    b = 0
    while True:
        b = b + 1
        if b >= a:
            break
    print a, b,
print

s = 'the quick brown fox'
pos = 0
while pos < len(s):
    if s[pos] == ' ':
        pos = pos + 1
        continue
    start = pos
    while pos < len(s) and s[pos] != ' ':
        pos = pos + 1
    print 'word at', start, 'length', pos - start
count = 0
while count < 3:
    count = count + 1
print 'count', count
