# Strings: concatenation, repetition, indexing, len, in, comparisons, repr.

s = 'hello'
t = 'world'
print s + ' ' + t
print s * 3, repr(s * 0), repr('' * 5), '-' * 20
print 3 * 'ab'
print len(s), len(''), len(s + t), len('a' * 1000)
print s[0], s[1], s[4], s[-1], s[-5]
for i in range(len(t)):
    print i, t[i], t[-i - 1]
print 'ell' in s, 'lo' in s, 'x' in s, '' in s, 'hello' in s, 'helloo' in s
print 'x' not in s
print s == 'hello', s != 'hello', s < t, s > t, 'a' < 'b' < 'c', 'abc' < 'abd', 'ab' < 'abc'
print 'Z' < 'a', '' < 'a', 'B' > 'AZ'
print repr('quote\'s'), repr("dq\"s"), repr('both\'"'), repr('tab\there'), repr('nl\n')
print repr('\x00\x01\x7f\x80\xff'), repr('back\\slash'), repr('\r')
print str(123) + str(4.5) + str(None) + str(True) + str(-7)
print repr(123) + repr('x') + repr(1.25) + repr(None)
acc = ''
for c in 'abcdef':
    acc = c + acc
print acc
count = 0
for c in 'mississippi':
    if c == 's':
        count = count + 1
print 'count of s', count


def reverse(x):
    r = ''
    i = len(x) - 1
    while i >= 0:
        r = r + x[i]
        i = i - 1
    return r


def is_pal(x):
    return x == reverse(x)


for w in ['racecar', 'abba', 'abc', '', 'a', 'noon', 'python']:
    print repr(w), reverse(w), is_pal(w)

long_s = ''
for i in range(30):
    long_s = long_s + str(i)
print long_s, len(long_s)
print 'a' 'b' 'c'
print """triple
quoted""", '''also
this'''
print 'unicode-free \\n stays', r'raw\n'
