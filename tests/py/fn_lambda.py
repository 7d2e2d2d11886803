# Lambdas, higher-order builtins (map, filter, reduce, sorted with key), functions as data.

sq = lambda x: x * x
print sq(7), (lambda: 'no args')(), (lambda a, b: a - b)(10, 3), sq.__name__
print map(sq, range(6)), map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])
print map(None, [1, 2], 'ab'), map(str, [1, 2.5, None])
print filter(lambda x: x % 3 == 0, range(20)), filter(None, [0, 1, '', 'a', [], [0], None])
print filter(lambda c: c in 'aeiou', 'functional programming'), filter(None, (0, 1, 2))
print reduce(lambda a, b: a + b, range(10)), reduce(lambda a, b: a * b, range(1, 15), 1)
print reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 8, 2])
try:
    reduce(lambda a, b: a, [])
except TypeError, e:
    print 'TypeError:', e
words = ['banana', 'Apple', 'cherry', 'apple', 'date']
print sorted(words), sorted(words, key=lambda w: w.lower()), sorted(words, key=len)
print sorted(words, cmp=lambda a, b: cmp(len(a), len(b)) or cmp(a, b))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print compose(inc, dbl)(5), compose(dbl, inc)(5)
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for op in sorted(ops):
    print op, ops[op](6, 3)
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print curry(1)(2)(3)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print fact(20)
print (lambda *args: sum(args))(1, 2, 3), (lambda x, (y, z): x + y + z)(1, (2, 3))
print [(lambda i=i: i)() for i in range(3)]
print any(x > 5 for x in [1, 9]), all(x > 0 for x in [1, 2]), any([]), all([])
print zip(range(3), 'abc', [True, False, None]), zip(), zip([1, 2, 3], 'ab')
print list(enumerate('xyz')), list(enumerate('ab', 10))
print sum([0.1] * 10), sum(range(101)), sum([[1], [2]], []), sum([], 5)
print max([3, 1, 4], key=lambda x: -x), min('hello', key=ord), max('a', 'B', key=str.lower)
print apply(lambda a, b=0: a + b, (1,), {'b': 2})
print callable(lambda: 0), (lambda: None)() is None
table = [(lambda x, n=n: x ** n) for n in range(4)]
print [f(3) for f in table]
pipeline = [str.strip, str.upper, lambda s: s.replace(' ', '_')]
s = '  make me a constant  '
for step in pipeline:
    s = step(s)
print s
print map(lambda (k, v): '%s=%s' % (k, v), sorted({'a': 1, 'b': 2}.items()))
