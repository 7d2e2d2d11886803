# Every list method (append, count, extend, index, insert, pop, remove, reverse, sort) plus operators and errors.


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


l = [3, 1, 4, 1, 5]
print l.append(9), l, l.count(1), l.count(7), l.count(9), [[1], [1]].count([1])
print l.extend([2, 6]), l, l.extend('ab'), l, l.extend(xrange(2)), l
l = [3, 1, 4, 1, 5, 9, 2, 6]
print l.index(1), l.index(1, 2), l.index(6, -3), l.index(4, 0, 3)
l.insert(0, 'first')
l.insert(100, 'last')
l.insert(-1, 'before last')
l.insert(-100, 'very first')
print l
print l.pop(), l.pop(0), l.pop(1), l.pop(-2), l
l.remove(1)
print l
l.reverse()
print l
l.sort()
print l
l.sort(reverse=True)
print l
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
words.sort()
print words
words.sort(key=str.lower)
print words
words.sort(key=len, reverse=True)
print words
words.sort(cmp=lambda a, b: cmp(a[-1], b[-1]))
print words
pairs = [(2, 'b'), (1, 'a'), (2, 'a'), (1, 'b')]
pairs.sort(key=lambda p: p[0])
print pairs
pairs.sort(lambda a, b: cmp(b[1], a[1]))
print pairs
x = [5, 2, 8]
print x.sort(), x.reverse(), x
print [1, 2] + [3], [0] * 3, 3 * ['a'], [1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 9], 2 in [1, 2], [] == []
y = [1, 2, 3]
y += (4, 5)
y *= 2
print y, len(y)
del y[::2]
print y
y[1:3] = 'xyz'
print y
print [].sort(), sorted([[2], [1, 5], [1]]), list.__len__(y), y.__contains__('x')
show('index missing', [1, 2].index, 3)
show('index bounded', [1, 2, 3].index, 1, 1)
show('remove missing', [1, 2].remove, 3)
show('pop empty', [].pop)
show('pop out of range', [1].pop, 5)
show('pop str', [1].pop, 'a')
show('insert no index', [].insert, 1)
show('insert str index', [].insert, 'a', 1)
show('extend int', [].extend, 5)
show('sort key bad', [1, 2].sort, key=5)
show('sort bad kw', [1, 2].sort, foo=1)
show('sort cmp returns str', [1, 2].sort, cmp=lambda a, b: 'x')
show('sort mixed complex', [1j, 2j].sort)
show('append two', [].append, 1, 2)
show('count none', [].count)
show('[1] * 1.5', lambda: [1] * 1.5)
show('[1][5]', lambda: [1][5])
show('[1]["a"]', lambda: [1]['a'])


def mutate_during_sort(a, b):
    ml.append(0)
    return cmp(a, b)


ml = [3, 2, 1]
show('mutate during sort', ml.sort, mutate_during_sort)
nested = [[3, 'c'], [1, 'a'], [2, 'b']]
nested.sort()
print nested, max(nested), min(nested)
