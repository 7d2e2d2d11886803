# Recursion: factorial, gcd, ackermann, hanoi, power, binary search, permutations count.

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


moves = [0]


def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves[0] = moves[0] + 1
    if n >= 4:
        print 'move disk', n, 'from', src, 'to', dst
    hanoi(n - 1, via, dst, src)


def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2:
        return half * half * b
    return half * half


def bsearch(xs, x, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == x:
        return mid
    if xs[mid] < x:
        return bsearch(xs, x, mid + 1, hi)
    return bsearch(xs, x, lo, mid - 1)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


for n in [0, 1, 5, 12, 20, 30]:
    print 'fact', n, fact(n)
print gcd(48, 18), gcd(17, 5), gcd(2 ** 40, 6 ** 20), gcd(0, 9), gcd(-12, 18)
for m in range(3):
    for n in range(4):
        print ack(m, n),
print
print 'ack(2, 3) =', ack(2, 3)
hanoi(5, 'A', 'C', 'B')
print 'moves', moves[0]
print power(2, 10), power(3, 33), power(7, 0), power(2, 100)
xs = range(0, 300, 3)
print bsearch(xs, 99, 0, len(xs) - 1), bsearch(xs, 100, 0, len(xs) - 1), bsearch(xs, 0, 0, len(xs) - 1)
print depth(500)
print is_even(10), is_odd(7), is_even(301)
