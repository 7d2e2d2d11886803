# Integer arithmetic: signs of / // %, powers, big ints.

vals = [7, -7, 1, -1, 0, 13, -13, 100, -100]
divs = [2, -2, 3, -3, 7, -7, 1, -1]
for a in vals:
    for b in divs:
        print a, b, a / b, a // b, a % b, a * b, a + b, a - b


def show(label, v):
    print label, v, repr(v)


show('2**10', 2 ** 10)
show('2**62', 2 ** 62)
show('2**63', 2 ** 63)
show('2**64', 2 ** 64)
show('2**100', 2 ** 100)
show('-2**63', -2 ** 63)
show('(-2)**63', (-2) ** 63)
show('(-2)**64', (-2) ** 64)
show('3**40', 3 ** 40)
show('10**20', 10 ** 20)
show('2**-1', 2 ** -1)
show('2**-3', 2 ** -3)
show('0**0', 0 ** 0)
show('-3**2', -3 ** 2)
show('(-3)**3', (-3) ** 3)

big = 9223372036854775807
show('maxint', big)
show('maxint+1', big + 1)
show('maxint*2', big * 2)
show('-maxint-1', -big - 1)
show('-maxint-2', -big - 2)
show('maxint*maxint', big * big)
show('neg big // 7', -(10 ** 30) // 7)
show('neg big % 7', -(10 ** 30) % 7)
show('big / neg', (10 ** 30) / -7)
show('big % neg', (10 ** 30) % -7)
show('long // long', (10 ** 40) // (10 ** 20 + 3))
show('long % long', (10 ** 40) % (10 ** 20 + 3))
show('long - long to small', (2 ** 70 + 5) - 2 ** 70)
show('unary minus', -(-5))
show('unary minus long', -(2 ** 64))
show('1L', 1L)
show('0L', 0L)
show('-1L', -1L)
show('5L + 3', 5L + 3)
show('5L * 3', 5L * 3)
show('5L / 2', 5L / 2)
show('-5L / 2', -5L / 2)
show('-5L % 3', -5L % 3)
show('7 % -3', 7 % -3)
show('-7 // 2', -7 // 2)


def fact(n):
    r = 1
    i = 2
    while i <= n:
        r = r * i
        i = i + 1
    return r


for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print n, fact(n)

x = 1
for i in range(70):
    x = x * 2
print x, x - 1, x / 3, x % 1000007
x = 1
for i in range(70):
    x = x * -3
print x, x // 7, x % 7
print 123456789 * 987654321, 123456789 * 987654321 * 1000000007
print 2 ** 31 * 2 ** 32, 2 ** 63 - 1, 2 ** 63 - 1 + 1
