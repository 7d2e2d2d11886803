# Nested loops, multiplication tables, patterns.

for i in range(1, 10):
    line = ''
    for j in range(1, 10):
        p = i * j
        if p < 10:
            line = line + ' '
        line = line + ' ' + str(p)
    print line

for i in range(1, 6):
    print '*' * i + ' ' * (5 - i) + '|'

for i in range(5):
    for j in range(5):
        if j > i:
            break
        print j,
    print

count = 0
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print 'triple', a, b, c
                count = count + 1
print 'triples', count

found = None
for x in range(100):
    for y in range(100):
        if x * y == 391 and x > 1 and y > 1:
            found = [x, y]
            break
    if found is not None:
        break
print 'found', found

total = 0
for i in xrange(50):
    for j in xrange(i):
        if (i + j) % 3 == 0:
            continue
        total = total + i * j
print 'total', total

pairs = []
for c in 'abc':
    for n in [1, 2]:
        pairs = pairs + [c + str(n)]
print pairs

i = 0
while i < 4:
    j = 0
    while j < 4:
        if j == i:
            j = j + 1
            continue
        print '%d%d' % (i, j),
        j = j + 1
    print
    i = i + 1

n = 0
for i in range(3):
    for j in range(3):
        for k in range(3):
            for l in range(3):
                n = n + i * j - k + l
print 'four deep', n
