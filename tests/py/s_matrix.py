# Matrices as nested lists: multiply, transpose, identity, determinant.

def zeros(n, m):
    rows = []
    for i in range(n):
        rows = rows + [[0] * m]
    return rows


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s = s + a[i][t] * b[t][j]
            c[i][j] = s
    return c


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def show(m):
    for row in m:
        print row


def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    sign = 1
    for col in range(n):
        sub = []
        for i in range(1, n):
            row = []
            for j in range(n):
                if j != col:
                    row = row + [m[i][j]]
            sub = sub + [row]
        total = total + sign * m[0][col] * det(sub)
        sign = -sign
    return total


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(matmul(b, a))
show(identity(4))
print matmul(identity(3), [[1], [2], [3]])
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print 'det', det(m)
print 'det4', det([[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]])
fib = [[1, 1], [1, 0]]
p = identity(2)
for i in range(90):
    p = matmul(p, fib)
print p
f = [[1.5, 0.5], [0.25, 2.0]]
show(matmul(f, f))
