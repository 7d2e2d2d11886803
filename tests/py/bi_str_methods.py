# Every str method, with edge cases and error messages.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


s = 'Hello, World'
print repr(s.capitalize()), repr('hELLO wORLD'.capitalize()), repr(''.capitalize()), repr('1abc'.capitalize())
print repr(s.center(20)), repr(s.center(21, '*')), repr('ab'.center(1)), repr('a'.center(4, '-')), repr('ab'.center(5))
print s.count('l'), s.count('l', 4), s.count('l', 4, 10), s.count(''), 'aaaa'.count('aa'), s.count('z')
print repr('aGk='.decode('base64')), repr('caf\xc3\xa9'.decode('utf-8')), repr('abc'.encode('hex')), repr('ab'.encode('rot13'))
print s.endswith('World'), s.endswith('Hello'), s.endswith(('x', 'ld')), s.endswith('lo', 0, 5), s.endswith('')
print repr('a\tbc\td'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('\t'.expandtabs(0)), repr('ab\n\tc'.expandtabs(2))
print s.find('o'), s.find('o', 5), s.find('o', 5, 8), s.find('xyz'), s.find(''), s.find('', 20), s.find('W', -5)
print '{0}-{1}-{0}'.format('a', 'b'), '{x:>4}|{y:<3}|'.format(x=1, y='z'), '{0[1]} {1.real}'.format([5, 6], 3j), '{{}}'.format()
print s.index('W'), s.index('l', 5), s.rindex('l'), s.rfind('l'), s.rfind('l', 0, 4), s.rfind('q'), s.rfind('')
print 'abc123'.isalnum(), 'abc 123'.isalnum(), 'abc'.isalpha(), 'ab1'.isalpha(), '0123'.isdigit(), '1.5'.isdigit(), ''.isdigit()
print 'abc'.islower(), 'aBc'.islower(), 'a1'.islower(), '1'.islower(), ' \t\n'.isspace(), ''.isspace(), 'ABC'.isupper(), 'A1'.isupper()
print 'Hello World'.istitle(), 'Hello world'.istitle(), 'A1 B2'.istitle(), ''.istitle(), "It'S".istitle()
print repr(', '.join(['a', 'b', 'c'])), repr(''.join('xyz')), repr('-'.join([])), repr('-'.join(['only'])), repr(' '.join(('t', 'u')))
print repr(s.ljust(15)), repr(s.ljust(15, '.')), repr(s.rjust(15)), repr(s.rjust(15, '0')), repr(s.ljust(3))
print repr(s.lower()), repr(s.upper()), repr(s.swapcase()), repr('hello wORLD it\'s 3rd'.title()), repr('ABC'.lower())
print repr('  xx  '.strip()), repr('  xx  '.lstrip()), repr('  xx  '.rstrip()), repr('xxaxx'.strip('x')), repr('abcba'.lstrip('ab')), repr('abcba'.rstrip('ab'))
print repr('\t\n x \r\f\v'.strip()), repr('xyz'.strip('')), repr('aaa'.strip('a'))
print s.partition(', '), s.partition('zz'), s.rpartition('o'), s.rpartition('zz'), 'a.b.c'.partition('.')
print repr(s.replace('l', 'L')), repr(s.replace('l', 'L', 2)), repr('aaa'.replace('a', 'bb')), repr('abc'.replace('', '-')), repr('abc'.replace('x', 'y'))
print 'a b  c'.split(), 'a b  c'.split(' '), 'a,b,c'.split(',', 1), '  lead trail  '.split(), ''.split(), ''.split(','), 'abc'.split('abc')
print 'a b c d'.rsplit(None, 2), 'a,b,c'.rsplit(',', 1), 'a,b,c'.rsplit(','), '  x  y  '.rsplit(), 'a b c'.split(None, 0)
print 'a\nb\r\nc\rd'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'x\n\ny'.splitlines()
print s.startswith('Hell'), s.startswith('World', 7), s.startswith(('a', 'H')), s.startswith('ell', 1, 3), s.startswith('')
table = ''.join(chr(i) for i in range(256)).replace('a', 'A').replace('e', 'E')
print repr('banana tree'.translate(table)), repr('banana'.translate(None, 'an')), repr('banana tree'.translate(table, 'b '))
print repr('42'.zfill(5)), repr('-42'.zfill(5)), repr('+7'.zfill(4)), repr('abc'.zfill(2)), repr(''.zfill(3))
print list('{0} and {x!r:>5}'._formatter_parser()), 'x.y[0]'._formatter_field_name_split()[0]
print s[::-1], s[-5:], s * 2 if len(s) < 5 else len(s * 2), 'abc' < 'abd', 'Z' < 'a', 'ab' in 'cabd', s.__len__(), s.__getnewargs__()
show('index missing', s.index, 'q')
show('rindex missing', s.rindex, 'q')
show('center bad fill', s.center, 20, 'ab')
show('split empty sep', s.split, '')
show('rsplit empty sep', s.rsplit, '')
show('partition empty', s.partition, '')
show('translate bad table', 'abc'.translate, 'short')
show('join nonstr', ','.join, ['a', 2])
show('startswith int', s.startswith, 1)
show('endswith list', s.endswith, ['World'])
show('replace int', s.replace, 1, 2)
show('zfill str', s.zfill, '5')
show('ljust no args', s.ljust)
show('expandtabs str', s.expandtabs, 'x')
show('count no args', s.count)
show('format missing', '{0} {1}'.format, 'a')
show('format bad key', '{name}'.format, 'a')
show('format unmatched', '{0'.format, 1)
show('decode bad', '\xff'.decode, 'ascii')
show('upper arg', s.upper, 1)
show('strip int', s.strip, 5)
