# Every set and frozenset method, operators, mixing set and frozenset, and errors.


def show(label, f, *args):
    try:
        r = f(*args)
        if isinstance(r, (set, frozenset)):
            r = type(r).__name__ + str(sorted(r))
        else:
            r = repr(r)
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


def sh(s):
    return type(s).__name__ + str(sorted(s))


a = set([1, 2, 3, 4])
b = frozenset([3, 4, 5])
print sh(a.union(b)), sh(a.union([9], (8,))), sh(b.union(a)), sh(a | b), sh(b | a)
print sh(a.intersection(b)), sh(a.intersection([1, 2], [2])), sh(b & a), sh(a & b)
print sh(a.difference(b)), sh(b.difference(a)), sh(a.difference([1], [2])), sh(a - b), sh(b - a)
print sh(a.symmetric_difference(b)), sh(b.symmetric_difference([1])), sh(a ^ b)
print a.isdisjoint(b), a.isdisjoint([7, 8]), set([1]).issubset(a), a.issubset([1, 2]), a.issuperset([1, 2]), b.issuperset(b)
print set([1]) <= a, a < a, a <= a, a > set([1]), b >= frozenset(), a == set([4, 3, 2, 1]), set([1]) == frozenset([1])
c = a.copy()
c.add(10)
c.add(10)
print sh(a), sh(c), sh(b.copy()), b.copy() is b
c.discard(10)
c.discard(99)
c.remove(1)
print sh(c)
p = set([42])
print p.pop(), sh(p)
c.update([7, 8], 'x')
print sh(c)
c.difference_update([7, 'x'])
print sh(c)
c.intersection_update([2, 3, 8, 100])
print sh(c)
c.symmetric_difference_update([3, 50])
print sh(c)
c.clear()
print sh(c), len(c)
d = set('abc')
d |= set('d')
d &= set('abd')
d -= set('a')
d ^= set('bz')
print sh(d)
f = frozenset('xy')
f |= set('z')
print sh(f)
print set() == set(), set([1, 2]) != set([2, 1]), frozenset([frozenset([1])]), len(set(range(100)) - set(range(50)))
print sh(set([1, 2]).union()), sh(frozenset('ab').intersection()), 1 in b, 6 not in b, sh(set(b))
print hash(frozenset([1, 2])) == hash(frozenset([2, 1])), sh({x % 3 for x in range(10)}), sh(set([True, 1, 1.0]))
show('remove missing', set().remove, 5)
show('pop empty', set().pop)
show('add list', set().add, [1])
show('union int', a.union, 5)
show('a | [1]', lambda: a | [1])
show('a < [1]', lambda: a < [1])
show('frozenset add', getattr, b, 'add')
show('issubset int', a.issubset, 3)
show('remove unhashable', a.remove, {})
show('discard set', set([frozenset([1])]).discard, set([1]))
show('remove set', set([frozenset([1])]).remove, set([1]))
show('set in set', set([frozenset([1])]).__contains__, set([1]))
show('cmp sets', cmp, set([1]), set([2]))
show('sorted set of sets', lambda: sorted([set([2]), set([1])]))
s = set([1, 2, 3])
show('changed during iteration', lambda: [s.add(x * 10) for x in s])
