# Numeric series with floats: pi, e, sqrt by Newton, harmonic numbers.

def pi_leibniz(n):
    s = 0.0
    sign = 1.0
    for k in xrange(n):
        s = s + sign / (2 * k + 1)
        sign = -sign
    return 4 * s


def e_series(n):
    s = 0.0
    term = 1.0
    for k in range(n):
        s = s + term
        term = term / (k + 1)
    return s


def newton_sqrt(x):
    if x == 0:
        return 0.0
    g = x
    for i in range(60):
        g = (g + x / g) / 2
    return g


def harmonic(n):
    h = 0.0
    for k in range(1, n + 1):
        h = h + 1.0 / k
    return h


for n in [1, 10, 100, 1000, 10000]:
    print n, pi_leibniz(n), repr(pi_leibniz(n))
for n in [1, 2, 5, 10, 20]:
    print n, e_series(n), repr(e_series(n))
for x in [0, 1, 2, 3, 10, 1e10, 0.25, 12345.6789]:
    print x, newton_sqrt(x), repr(newton_sqrt(x))
for n in [1, 2, 3, 10, 100, 1000]:
    print n, harmonic(n), repr(harmonic(n))
x = 1.0
n = 0
while 1.0 + x != 1.0:
    x = x / 2
    n = n + 1
print 'epsilon exponent', n, repr(x * 2)
y = 1.0
k = 0
while y * 2 != y:
    y = y * 2
    k = k + 1
print 'overflow after', k, y
z = 1.0
j = 0
while z / 2 > 0:
    z = z / 2
    j = j + 1
print 'underflow after', j, repr(z)
