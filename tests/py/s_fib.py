# Fibonacci numbers: recursive, iterative, and with big ints.

def fib_rec(n):
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)


def fib_iter(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        t = a + b
        a = b
        b = t
        i = i + 1
    return a


for i in range(20):
    print i, fib_rec(i), fib_iter(i)

print 'fib_rec(22) =', fib_rec(22)

for n in [50, 90, 91, 92, 93, 100, 150, 200, 300]:
    f = fib_iter(n)
    print n, f, repr(f), len(str(f))

total = 0
for i in xrange(100):
    total = total + fib_iter(i)
print 'sum of first 100:', total
print 'fib(100) - 1 == sum:', fib_iter(101) - 1 == total

# Even-valued Fibonacci numbers below four million.
a = 1
b = 2
even = 0
while b < 4000000:
    if b % 2 == 0:
        even = even + b
    t = a + b
    a = b
    b = t
print 'even sum', even
