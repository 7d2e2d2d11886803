# The print statement and its softspace rules.

print 'a',
print 'b'
print 'a', 'b', 'c'
print 'x',
print
print 'after empty print'
print 1, 2, 3,
print 4
print 'line\n',
print 'next'
print 'tab\t',
print 'after tab'
print 'space ',
print 'after space'
print '', 'empty first'
print 'ends with newline\n', 'second'
print 'a\n', 'b\n', 'c'
print 1.5, -2, 'x', None, True, (1, 2), [3, 'y'],
print {'k': 1}
print 'nl-only' + '\n',
print 1,
print 2,
print
print
print 'x' + '\t',
print 'y'
print '\t',
print 'z'
print '\n',
print 'w'
print 'mix', 1, 'two', 2.0, 3L


def f(x):
    print 'in f', x,
    return x * 2


print 'call', f(3)
print f(4), 'done'
print 'softspace', 'then', 'function:',
print f(5)
print 'empty string last', '',
print 'ok'
print '',
print 'after empty with comma'
print 'a\r',
print 'b'
print 'a ',
print
print 'end'
