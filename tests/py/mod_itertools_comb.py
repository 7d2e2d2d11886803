# itertools combinatorics: product, permutations, combinations, combinations_with_replacement, incl. r edge cases.
import itertools as it


def show(label, f, *args, **kw):
    try:
        r = repr(list(f(*args, **kw)))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print list(it.product('ab', 'xy')), list(it.product()), list(it.product('ab', [])), list(it.product(range(2), repeat=3))
print list(it.product('ab', repeat=0)), list(it.product([1, 2], 'x', repeat=2)), len(list(it.product(range(4), repeat=4)))
print list(it.permutations('abc')), list(it.permutations('abc', 2)), list(it.permutations('ab', 0)), list(it.permutations('ab', 3))
print list(it.permutations([])), len(list(it.permutations(range(6)))), list(it.permutations(range(3), 1))
print list(it.combinations('abcd', 2)), list(it.combinations('abc', 0)), list(it.combinations('abc', 3)), list(it.combinations('abc', 4))
print list(it.combinations(range(5), 3)), len(list(it.combinations(range(10), 5)))
print list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('ab', 0)), list(it.combinations_with_replacement('', 2))
print list(it.combinations_with_replacement([1, 2], 3)), len(list(it.combinations_with_replacement(range(5), 3))), list(it.combinations_with_replacement('a', 4))
print list(it.permutations('aab', 2)), list(it.combinations('aab', 2)), list(it.product('a', 'a'))
p = it.product('ab', repeat=2)
print next(p), next(p), list(p), list(p)
print type(it.product()).__name__, type(it.permutations('')).__name__, type(it.combinations('', 0)).__name__
print sorted(set(''.join(x) for x in it.permutations('aabb'))), sum(1 for _ in it.product(range(3), range(3), range(3)))
print [''.join(x) for x in it.product('01', repeat=3) if x.count('1') == 2]
print max(it.permutations([3, 1, 2])), min(it.combinations([5, 4, 3, 2], 2)), list(it.product(xrange(2), iter('ab')))
show('combinations(-1)', it.combinations, 'abc', -1)
show('permutations(-1)', it.permutations, 'abc', -1)
show('cwr(-1)', it.combinations_with_replacement, 'abc', -1)
show('product(1)', it.product, 1)
show('product repeat -1', it.product, 'ab', repeat=-1)
show('product bad kw', it.product, 'ab', r=2)
show('combinations no r', it.combinations, 'abc')
show('permutations("ab", "x")', it.permutations, 'ab', 'x')
show('permutations(None)', it.permutations, 'ab', None)
show('combinations(5, 2)', it.combinations, 5, 2)
