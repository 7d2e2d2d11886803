# Hot loops at module level and in functions called once: they move to
# compiled code in the middle of running (on-stack replacement).
total = 0
for i in xrange(200000):
    total += i % 13
print total

squares = {}
i = 0
while i < 50000:
    squares[i % 1000] = i * i
    i += 1
print len(squares), squares[999]


def once(n):
    acc = []
    x = 0
    while x < n:
        if x % 1000 == 0:
            acc.append(x)
        x += 1
    for j in range(3):
        acc.append(-j)
    return acc


print once(100000)[-5:]
words = ['alpha', 'beta', 'gamma'] * 20000
lengths = 0
for w in words:
    lengths += len(w)
print lengths
k = 0
for a in range(300):
    for b in range(300):
        k ^= a * b
print k
