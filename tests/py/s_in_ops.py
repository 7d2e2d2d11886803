# Membership tests with in / not in.

lst = [1, 2.5, 'three', (4, 5), [6], None, 7L]
for probe in [1, 1.0, 2.5, 'three', 'thr', (4, 5), [6], 6, None, 7, 0]:
    print repr(probe), probe in lst, probe not in lst

s = 'hello world'
for sub in ['h', 'hello', 'world', 'o w', '', 'xyz', 'dlrow', 'lo', 'HELLO']:
    print repr(sub), sub in s

d = {'a': 1, 2: 'b', (3, 4): 'c', 5.0: 'd'}
for k in ['a', 'b', 1, 2, 2.0, (3, 4), 5, 5.0, 'c', None]:
    print repr(k), k in d

t = (1, 2, 3)
print 1 in t, 4 in t, 3 not in t
print 'a' in 'a', 'aa' in 'a', '' in '', [] in [[]], () in [()]


def count_in(needles, hay):
    c = 0
    for n in needles:
        if n in hay:
            c = c + 1
    return c


print count_in(range(10), [2, 4, 6, 8, 10, 12])
print count_in('aeiou', 'programming language')
print count_in(['x', 'y', 'z'], {'x': 0, 'z': 1})
vowels = 'aeiou'
out = ''
for ch in 'membership testing':
    if ch not in vowels:
        out = out + ch
print out
print 3 in range(5), 5 in range(5), 2 ** 70 in [2 ** 70], 2 ** 70 in {2 ** 70: 1}
print 1 in {1: 0} in [True], 1 in [1] == True
