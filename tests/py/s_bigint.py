# Arbitrary-precision integers.

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r = r * i
    return r


f100 = fact(100)
print f100
print len(str(f100)), f100 % 1000000007, f100 // fact(98), f100 / fact(99)
digits = str(fact(200))
s = 0
for c in digits:
    s = s + int(c)
print 'digit sum of 200!', s, len(digits)
zeros = 0
i = len(digits) - 1
while digits[i] == '0':
    zeros = zeros + 1
    i = i - 1
print 'trailing zeros', zeros

p = 2 ** 127 - 1
print p, p % 7, p // 3, -p, -p // 3, -p % 3
print 2 ** 200, 3 ** 100, 7 ** 77
print (2 ** 100) * (3 ** 50), (2 ** 100) - (2 ** 100 - 1), 2 ** 100 - 2 ** 100
print (10 ** 50 + 1) * (10 ** 50 - 1)
print (-(10 ** 25)) * 3, (-(10 ** 25)) / 7, (-(10 ** 25)) % 7


def powmod(b, e, m):
    result = 1
    b = b % m
    while e > 0:
        if e % 2 == 1:
            result = result * b % m
        e = e // 2
        b = b * b % m
    return result


print powmod(2, 10 ** 20, 10 ** 9 + 7), powmod(3, 2 ** 100, 2 ** 61 - 1)


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


print isqrt(10 ** 40), isqrt(2 * 10 ** 60), isqrt(99), isqrt(2 ** 127)
a = 1
b = 1
for i in range(400):
    t = a + b
    a = b
    b = t
print 'fib-ish', b
print b % 10 ** 10, b // 10 ** 70, len(str(b))
print 2 ** 64 == 18446744073709551616L, 2 ** 64 - 1 == 18446744073709551615, repr(2 ** 64)
print 2 ** 62 + 2 ** 62, repr(2 ** 62 + 2 ** 62), repr(4611686018427387904 * 2 - 1)
print -9223372036854775808, repr(-9223372036854775808), repr(-9223372036854775807 - 1)
print repr(9223372036854775807 + 1 - 1), repr(-(-9223372036854775807 - 1))
print 123456789012345678901234567890 / 987654321, 123456789012345678901234567890 % 987654321
