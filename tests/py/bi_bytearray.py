# bytearray: constructors, mutation, every method, slicing and errors.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print repr(bytearray()), repr(bytearray(3)), repr(bytearray('abc')), repr(bytearray([65, 66])), repr(bytearray(u'hi', 'ascii'))
print repr(bytearray(xrange(97, 100))), repr(bytearray(bytearray('x'))), repr(bytearray(b'\x00\xff'))
b = bytearray('hello world')
print len(b), b[0], b[-1], repr(b[1:5]), repr(b[::-1]), str(b), b == 'hello world', 'wor' in b, 111 in b
b[0] = 72
b[-5:] = 'there'
print repr(b)
b.append(33)
b.extend(' again')
b.extend([33, 33])
b.insert(0, 62)
print repr(b), b.pop(), b.pop(0), repr(b)
b.remove(ord('!'))
print repr(b)
b.reverse()
print repr(b)
b.reverse()
del b[5:11]
print repr(b), b.count('a'), b.find('ga'), b.index('a'), b.rfind('a'), b.rindex('a')
x = bytearray('  Mixed Case text  ')
print repr(x.upper()), repr(x.lower()), repr(x.swapcase()), repr(x.title()), repr(x.strip()), repr(x.lstrip()), repr(x.rstrip())
y = bytearray('abc,def,,g')
print y.split(','), y.split(',', 1), y.rsplit(',', 1), y.partition(','), y.rpartition(','), bytearray('a b  c').split()
print repr(y.replace(',', ';')), repr(y.replace(',', '', 2)), y.startswith('abc'), y.endswith('g'), y.startswith(('x', 'a'))
print repr(bytearray('x').join(['a', 'b', 'c'])), repr(bytearray('ab').center(6, '*')), repr(bytearray('ab').ljust(4)), repr(bytearray('ab').rjust(4, '0'))
print repr(bytearray('42').zfill(5)), repr(bytearray('a\tb').expandtabs(4)), bytearray('l1\nl2\r\nl3').splitlines(), bytearray('l1\nl2').splitlines(True)
print bytearray('abc').isalpha(), bytearray('123').isdigit(), bytearray('a1').isalnum(), bytearray(' ').isspace(), bytearray('AB').isupper(), bytearray('ab').islower(), bytearray('Ab Cd').istitle()
print repr(bytearray('hello').capitalize()), repr(bytearray('abc').translate(None, 'b')), repr(bytearray.fromhex('41 42 ff'))
print repr(bytearray('abc').decode('ascii')), repr(bytearray('x') + 'y'), repr(bytearray('ab') * 3), repr('q' + bytearray('r'))
c = bytearray('abcdef')
c[1:3] = bytearray('XYZ')
c[::3] = 'PPP'
print repr(c), c.__alloc__() >= len(c)
c += 'tail'
c *= 2
print repr(c), len(c)
print bytearray('abc') < bytearray('abd'), bytearray('a') == bytearray('a'), cmp(bytearray('b'), 'a'), list(bytearray('hi'))
show('b[0] = 256', c.__setitem__, 0, 256)
show('b[0] = "a"', c.__setitem__, 0, 'a')
show('b[100]', c.__getitem__, 100)
show('bytearray(-1)', bytearray, -1)
show('bytearray(u"x")', bytearray, u'x')
show('bytearray([256])', bytearray, [256])
show('bytearray(1.5)', bytearray, 1.5)
show('pop empty', bytearray().pop)
show('remove missing', bytearray('a').remove, 98)
show('index missing', bytearray('a').index, 'z')
show('fromhex bad', bytearray.fromhex, 'zz')
show('decode bad', bytearray('\xff').decode, 'utf-8')
show('append str', bytearray().append, 'ab')
show('extended slice wrong size', c.__setitem__, slice(None, None, 2), 'a')
