# Collatz sequences.

def steps(n):
    count = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count = count + 1
    return count


def peak(n):
    top = n
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n = n / 2
        if n > top:
            top = n
    return top


for i in range(1, 31):
    print i, steps(i), peak(i)

best = 0
best_n = 0
for i in xrange(1, 3000):
    s = steps(i)
    if s > best:
        best = s
        best_n = i
print 'longest below 3000:', best_n, best

seq = []
n = 27
while n != 1:
    seq = seq + [n]
    if n % 2 == 0:
        n = n / 2
    else:
        n = n * 3 + 1
seq = seq + [1]
print len(seq), seq[0], seq[1], seq[-2], seq[-1]
print 'peak of 27 is', peak(27)

# Big starting value: goes through long arithmetic.
big = 2 ** 100 + 1
print big, steps(big), peak(big)
