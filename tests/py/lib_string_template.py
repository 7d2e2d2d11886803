# string.Template (delimiters, idpattern, custom pattern, errors with line/col, unicode) and string.Formatter (parse, subclass hooks, field errors).
import string


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


T = string.Template
print T('$a$b ${a}x $_a1 $$ $$a').substitute(a='A', b='B', _a1='U')
print T('$A and $a').substitute(A=1, a=2), T('${A_b}').substitute(A_b='ok'), T('$1').safe_substitute()
print T('100$ $ $! ${} ${ a} ${a').safe_substitute(a='x')
show('invalid line 2', T('line one\nand $ two').substitute)
show('invalid line 3 col 1', T('a\r\nb\n$').substitute)
show('invalid after text', T('abc $}').substitute)
show('missing braced', T('${zz}').substitute)
show('missing named', T('$zz').substitute, {'a': 1})
show('too many args', T('x').substitute, {}, {})
show('safe too many', T('x').safe_substitute, {}, {})
show('not a string', T(['$a']).substitute, a=1)
print repr(T(u'caf\xe9 $x').substitute(x='!')), repr(T('$x').substitute(x=u'\xe9')), repr(T('$x').substitute(x=3.5))
print T('$who').substitute({'who': 'dict'}, who='kw'), T('$a $b').safe_substitute({'a': 1}), T('$a').substitute(dict(a=None))


class Mapping(object):
    def __getitem__(self, key):
        if key == 'missing':
            raise KeyError(key)
        return key.upper()


print T('$x ${y} $missing').safe_substitute(Mapping())
show('mapping missing', T('$missing').substitute, Mapping())


class Percent(T):
    delimiter = '%'


class Dotted(T):
    idpattern = r'[a-z][_a-z0-9]*(\.[a-z][_a-z0-9]*)*'


class AtSign(T):
    delimiter = '@@'
    idpattern = '[A-Z]+'


class Custom(T):
    pattern = r'''
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>[A-Z]+)\] |
      (?P<invalid>)
    )'''


print Percent('%x %% %{y} $x').substitute(x=1, y=2)
print Dotted('$a.b.c and ${x.y} $n.').substitute({'a.b.c': 1, 'x.y': 2, 'n': 3})
print AtSign('@@ABC @@@@ @@abc @@{DEF}').safe_substitute(ABC='first', DEF='second')
print Custom('[name] [LOUD] [[ [ [bad').safe_substitute(name='n', LOUD='L')
show('custom invalid', Custom('x [').substitute)
print Percent.pattern.pattern.split()[0], T.pattern.flags, T.delimiter, Dotted.idpattern
m = T.pattern.search('xx ${abc} yy')
print m.group(), m.group('braced'), m.group('named'), m.start(), m.end(), m.span('braced'), m.groups()
print [mo.group() for mo in T.pattern.finditer('$a $$ ${b} $')]
print T.pattern.match('$a').group('named'), T.pattern.match('x$a'), T.pattern.sub('#', 'a$b$c'), T.pattern.groupindex == {'escaped': 1, 'named': 2, 'braced': 3, 'invalid': 4}

f = string.Formatter()
print list(f.parse('{0} {{lit}} {name!r:^10} {obj.attr[0]} end'))
print list(f.parse('')), list(f.parse('no fields')), list(f.parse('{}')), list(f.parse('}}{{'))
print f.format('{0}{1}{0}', 'a', 'b'), f.format('{x[1]}', x='xyz'), f.format('{0:{1}^{2}}', 'c', '*', 5), f.format(u'{0}', 'u')
print f.format('{0.imag} {1[k]} {2[0][1]}', 3j, {'k': 'v'}, [['p', 'q']]), f.format('{0!s:>4}|{0!r}', 'z')
show('unused ok', f.format, '{0}', 1, 2, three=3)
show('bad conversion', f.format, '{0!a}', 1)
show('missing key', f.format, '{nope}')
show('index error', f.format, '{3}', 1)
show('attr error', f.format, '{0.nope}', 1)
show('empty attr', f.format, '{0..x}', 1)
show('bad bracket', f.format, '{0[1}', [1])
show('after bracket', f.format, '{0[0]x}', [1])
show('unmatched', f.format, 'a{0')
show('single close', f.format, 'a}b')
show('single open', f.format, 'a{')
show('conv end', f.format, '{0!}', 1)
show('conv colon', f.format, '{0!rx}', 1)
show('recursion', f.format, '{0:{1:{2:{3}}}}', 1, 2, 3, 4)
show('format_string kw', f.format, format_string='{a}', a=7)
show('no format string', f.format)
print f.get_value(1, ('x', 'y'), {}), f.get_value('k', (), {'k': 'v'}), f.convert_field(5, 'r'), f.convert_field('s', None), f.format_field(3.14159, '.2f')


class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError('unused: %s' % sorted(extra))

    def get_value(self, key, args, kwargs):
        print 'get_value', repr(key),
        return string.Formatter.get_value(self, key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return string.Formatter.convert_field(self, value, conversion)


s = Strict()
print s.format('{0} {x!u}', 1, x='low')
show('strict unused', s.format, '{x}', x=1, y=2)
print string.capwords(' a  b\tc '), string.capwords('x-y-z', '-'), repr(string.capwords(u'\xe9t\xe9 ok')), string.capwords('a b', None)
print string.zfill(-3, 4), string.zfill(2.5, 6), string.zfill('+7', 4), string.atoi('0x1f', 0), string.atoi('010', 0), string.atol('7L', 0), string.atof(' 1e3 ')
print string.split('a,b,,c', ','), string.split(' a b ', None, 1), string.rsplit('a b c', None, 1), string.joinfields(['x', 'y']), string.splitfields('a b')
print string.index('abc', 'c'), string.rindex('abca', 'a'), string.rfind('abc', 'z'), string.count('aaaa', 'aa', 1), string.find('abcabc', 'c', 3, 6)
print string.lstrip('  x  '), string.rstrip('xyyy', 'y'), string.strip('--x--', '-'), string.capitalize('hELLO'), string.expandtabs('\tx'), string.center('x', 5, '*')
show('index missing', string.index, 'abc', 'z')
show('atoi bad base', string.atoi, '12', 1)
show('atof bad', string.atof, 'x')
print repr(string.translate('abc', None, 'b')), repr(string.translate('abc', string.maketrans('a', 'A'))), repr(string.maketrans('', '')[250:])
print string.letters == string.ascii_letters, string.printable.index(' '), len(string.punctuation), string.octdigits in string.hexdigits, string.index_error is ValueError
