# frozenset: hashing, as dict keys and set members, operations returning frozensets.

f = frozenset([3, 1, 2])
g = frozenset('abc')
print f, g, len(f), 2 in f, type(f).__name__, frozenset(), repr(frozenset([None]))
print f | set([9]), type(f | set([9])).__name__, set([9]) | f, type(set([9]) | f).__name__
print f & frozenset([1, 5]), f - frozenset([1]), f ^ frozenset([1, 7]), f.union([4]), f.copy() is f
d = {f: 'numbers', g: 'letters', frozenset(): 'empty'}
print d[frozenset([1, 2, 3])], d[frozenset('cba')], d[frozenset()]
s = set([f, g, frozenset([1, 2, 3])])
print len(s), frozenset([1, 2, 3]) in s
print set([1, 2, 3]) in s, frozenset([3, 2, 1]) == set([1, 2, 3])
try:
    hash(set([1]))
except TypeError, e:
    print 'TypeError:', e
try:
    f.add(4)
except AttributeError, e:
    print 'AttributeError:', e
print hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset()) == hash(frozenset([]))
nested = frozenset([frozenset([1]), frozenset([1, 2]), frozenset()])
print len(nested), frozenset([1]) in nested, sorted(len(x) for x in nested)
power = set([frozenset()])
for x in [1, 2, 3]:
    power |= set(p | frozenset([x]) for p in power)
print len(power), sorted(sorted(p) for p in power)
print frozenset(range(10)), frozenset(['one', 'two', 'three'])
print frozenset([1, 2]) < frozenset([1, 2, 3]), frozenset([1]).issubset([1, 2]), frozenset(f) is f
print sorted([frozenset([2]), frozenset([1])], key=sorted)
print set([frozenset([1, 2])]) == set([frozenset([2, 1])])
print frozenset('hello'), set('hello') == frozenset('hello')
