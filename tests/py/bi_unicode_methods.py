# unicode methods, including isdecimal/isnumeric and translate with a dict, and mixing with str.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


u = u'Caf\xe9 \u03b1\u03b2\u03b3 World'
print repr(u.upper()), repr(u.lower()), repr(u.swapcase()), repr(u.title()), repr(u.capitalize()), len(u)
print repr(u.center(24, u'*')), repr(u.ljust(22)), repr(u.rjust(22, u'.')), repr(u'12'.zfill(5)), repr(u'-3'.zfill(4))
print u.count(u'\u03b2'), u.count(u'o'), u.find(u'\u03b3'), u.rfind(u'o'), u.index(u'W'), u.rindex(u' '), u.find(u'zz')
print u.startswith(u'Caf'), u.endswith(u'World'), u.startswith((u'x', u'C')), u.endswith(u'\xe9', 0, 4), u.startswith('Caf')
print repr(u.replace(u' ', u'_')), repr(u.replace(u'\u03b1\u03b2', u'AB', 1)), repr(u'aaa'.replace(u'a', u'', 2))
print u.split(), u.split(u' ', 1), u.rsplit(None, 1), u.partition(u' '), u.rpartition(u' '), u'a\u2028b\nc'.splitlines()
print repr(u'  \u3000x\u2003 '.strip()), repr(u'xxhixx'.strip(u'x')), repr(u'abc'.lstrip(u'a')), repr(u'abc'.rstrip(u'c')), repr(u'\xa0y\xa0'.strip())
print repr(u'-'.join([u'a', 'b', u'\xe9'])), repr(u''.join([])), repr('-'.join([u'a', 'b'])), type('x'.join([u'a'])).__name__
print repr(u'a\tb'.expandtabs(4)), repr(u'hello'.center(9)), repr(u'{0}:{1:>3}'.format(u'\xe9', 7)), repr(u'%s|%r' % (u'\xe9', u'\xe9'))
print u'abc'.isalpha(), u'\xe9\u03b1'.isalpha(), u'a1'.isalnum(), u'123'.isdigit(), u'\u0663'.isdigit(), u'\xb2'.isdigit()
print u'123'.isdecimal(), u'\xb2'.isdecimal(), u'\u0663'.isdecimal(), u'\u2155'.isnumeric(), u'\u2155'.isdigit(), u'x'.isnumeric()
print u'\u03b1\u03b2'.islower(), u'\u0391'.isupper(), u' \u2003\n'.isspace(), u'\u0391\u03b2 \u0393\u03b4'.istitle(), u''.isdecimal()
print repr(u'abc'.translate({ord(u'a'): u'A', ord(u'b'): None, ord(u'c'): 0x263a})), repr(u'xyz'.translate({})), repr(u'abc'.translate({97: 98}))
print repr(u'\u20ac5'.encode('utf-8')), repr(u'\xe9'.encode('latin-1')), repr(u'caf\xe9'.encode('ascii', 'replace')), repr(u'x'.encode())
print repr(u'abc'.decode('ascii')), repr(u'abc'.decode('utf-8')), repr(u'Zm9v'.decode('base64'))
print u'abc' == 'abc', u'\xe9' == '\xc3\xa9'.decode('utf-8'), u'a' < 'b', u'a' + 'b', type(u'a' + 'b').__name__, 'x' in u'xyz', u'y' in 'xyz'
print repr(u'abc' * 2), repr(u'hello'[1:4]), repr(u'hello'[::-1]), repr(u'\u1234'[0]), u'abc'.__len__(), u'a' < u'\xe9'
print repr(unicode.upper(u'abc')), repr(u'\u01c5'.title()), repr(u'\u01c4'.lower()), repr(u'\xdf'.upper()), repr(u'\u0130'.lower())
show('index missing', u.index, u'Q')
show('rindex missing', u.rindex, u'Q')
show('center bad fill', u.center, 30, u'ab')
show('split empty', u.split, u'')
show('join bad item', u','.join, [u'a', 5])
show('str join unicode nonascii', ','.join, ['a', '\xff', u'b'])
show('concat nonascii', lambda: u'a' + '\xff')
show('translate bad', u'abc'.translate, {97: 1.5})
show('translate big', u'abc'.translate, {97: 0x110000})
show('encode ascii', u.encode, 'ascii')
show('decode nonascii', u.decode, 'ascii')
show('unknown codec', u.encode, 'no-such-codec')
show('zfill str', u.zfill, u'3')
show('startswith int', u.startswith, 3)
show('format missing', u'{0}{1}'.format, 1)
