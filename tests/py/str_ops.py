# str operations: comparisons, iteration, ord/chr, multiplication, containment, interning, conversions.

s = 'The quick brown fox jumps over the lazy dog'
words = s.split()
print len(s), len(words), sorted(words), sorted(words, key=str.lower), sorted(set(s.lower()) - set(' '))
freq = {}
for ch in s.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print [ord(c) for c in 'AZaz09 ~'], ''.join(chr(c) for c in range(65, 91)), chr(255) == '\xff'
print 'abc' < 'abd' < 'b' < 'ba', 'A' < 'a', '' < '\x00', 'abc'[0] == 'a', 'abc' * 0 == ''
print ''.join(reversed('stressed')), 'x'.join(reversed(['1', '2', '3'])), list(enumerate('ab'))
print str(1), str(1.0), str(1L), str(None), str([1, '2']), str((1,)), str({'a': 'b'}), str(str)
print int('101', 2) + int('7f', 16) + int('17', 8), hex(int('777')), bin(ord('A'))
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in 'hello, world')
print caesar
print 'abc'.__getitem__(1), 'abc'.__mul__(2), 'a'.__eq__('a'), 'a'.__lt__('b'), 'a'.__hash__() == hash('a')
print 'tic' 'tac' 'toe', 'a' + 'b' * 2 + 'c', ('-' * 5 + '|') * 2
print str.join(',', ['x', 'y']), str.split('a b'), str.__name__, type('x') is str, isinstance('x', basestring)
print 'hello'[1:4], 'hello'[-3:], 'hello'[::2], 'hello'[10:], 'hello'[-10:2]
print all(c in 'aeiou' for c in 'aei'), any(c.isupper() for c in 'abC'), 'll' in 'hello', 'xyz' not in 'hello'
acc = ''
for i in range(10):
    acc += str(i)
print acc, acc[::-1], int(acc) + 1, float(acc[:5] + '.' + acc[5:])
print 'Na' * 8 + ' Batman', len('\xc3\xa9'), len(u'\xe9'), '\x41\x42', '\101\102', '\u0041' if True else ''
intern_a = intern('interned_' + 'string')
print intern_a is intern('interned_string'), intern_a == 'interned_string'
print 'a%sb' % '%', '%%s' % () if False else 'skip', 'a{}b'.format('{}')
print max(words, key=len), min(words, key=len), sum(len(w) for w in words)
print ' '.join(w.capitalize() for w in words), ' '.join(w[::-1] for w in words)
print sorted(['b10', 'b9', 'a100', 'B1']), sorted(['b10', 'b9', 'a100', 'B1'], key=lambda w: (w[0].lower(), int(w[1:])))
