# str methods: split/join/strip/replace/find/index/count/case/startswith/partition.

s = '  Hello, World! Hello again.  '
print repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(' .H')), repr('xxhixx'.strip('x'))
print s.split(), s.split(','), s.split('Hello'), s.split(None, 1), s.split(' ', 3), s.rsplit(None, 1), s.rsplit(' ', 2)
print 'a,b,,c,'.split(','), ''.split(), ''.split(','), '   '.split(), 'a b'.split(' ', 0), 'abc'.split('abc')
print '1\n2\r\n3\r4\n'.splitlines(), '1\n2\n'.splitlines(True), ''.splitlines(), 'x'.splitlines()
print '-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '\n'.join(['1', '2']).split('\n')
print s.replace('Hello', 'Bye'), s.replace('Hello', 'Bye', 1), 'aaa'.replace('a', 'bb'), 'abc'.replace('', '-')
print s.find('Hello'), s.find('Hello', 5), s.find('zzz'), s.rfind('Hello'), s.find(''), 'abc'.find('c', -1), 'abc'.find('a', 1, 2)
print s.index('World'), s.rindex('l'), s.count('l'), s.count('Hello'), 'aaaa'.count('aa'), 'abc'.count(''), s.count('l', 10, 20)
print s.upper(), s.lower(), s.swapcase(), s.title(), 'hello world'.capitalize(), "they're bill's".title()
print s.startswith('  He'), s.startswith('He'), s.startswith('He', 2), s.endswith('.  '), s.endswith(('x', '  ')), 'abc'.startswith(('z', 'a'))
print 'key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'novalue'.partition('='), 'novalue'.rpartition('=')
print '[' + 'ab'.center(7) + ']', '[' + 'ab'.center(6, '*') + ']', '[' + 'ab'.ljust(5) + ']', '[' + 'ab'.rjust(5, '.') + ']', 'abc'.center(2)
print '42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3)
for t in ['123', '12a', '', 'abc', 'ABC', 'Abc', '   ', 'a1', 'Title Case', '\t\n', '\xd9\xa3']:
    print repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isupper(), t.islower(), t.isspace(), t.istitle()
print 'a\tb\tc'.expandtabs(), 'a\tb'.expandtabs(4), '01234567\tx'.expandtabs(), repr('\t'.expandtabs(0))
print 'hello'.translate(None, 'l'), 'hello'[::-1], 'abc'.translate(None), 'a-b'.translate(None, '-')
print 'ab' * 3, 'x'.join('123'), min('hello'), max('hello'), sorted('hello'), list('abc'), len('\x00\x01')
print 'Hello'.lower().upper().swapcase(), ' x '.strip().center(5, '-')
print 'a-b_c d'.replace('-', ' ').replace('_', ' ').split(), 'CamelCaseString'.lower()
print 'mississippi'.split('ss'), 'mississippi'.rsplit('ss', 1), 'mississippi'.split('i', 2), 'mississippi'.rstrip('ip')
try:
    'abc'.index('z')
except ValueError, e:
    print 'ValueError:', e
try:
    'abc'.rindex('z')
except ValueError, e:
    print 'ValueError:', e
table = ''.join(chr(i) for i in range(256)).replace('abc', 'xyz')
print 'aabbcc'.translate(table), str.upper('q'), 'a b c'.split(' ', -1)
print ord(min('Zebra')), 'hello world'.find('o', 5), 'a'.__add__('b'), 'ab'.__contains__('b'), 'ab'.__len__()
