# string module: constants, maketrans + translate, capwords, Template (substitute/safe_substitute), legacy functions.
import string


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase)
print repr(string.digits), repr(string.hexdigits), repr(string.octdigits), repr(string.punctuation), repr(string.whitespace)
print len(string.printable), repr(string.printable[-6:]), len(string.letters), len(string.lowercase), len(string.uppercase)
t = string.maketrans('abc', 'xyz')
print len(t), repr(t[97:100]), repr('aabbcc-abc'.translate(t)), repr('abc'.translate(t, 'b')), repr(string.maketrans('', '')[:5])
print repr(string.translate('hello', string.maketrans('lo', '01'))), repr(string.translate('hello', string.maketrans('', ''), 'l'))
print string.capwords('hello   world  foo'), string.capwords('a-b c-d', '-'), string.capwords(''), string.capwords("it's o'neil")
print string.upper('abc'), string.lower('ABC'), string.split('a b c'), string.join(['a', 'b'], '-'), string.strip('  x '), string.replace('aaa', 'a', 'b', 2)
print string.atoi('42'), string.atoi('ff', 16), string.atol('123'), string.atof('1.5'), string.zfill('7', 3), string.find('abc', 'c'), string.count('aaa', 'a')
print string.ljust('a', 3) + '|', string.rjust('a', 3), string.center('a', 3) + '|', string.swapcase('aB'), string.expandtabs('a\tb', 2)
tpl = string.Template('$who likes ${what}; $$5 is cheap')
print tpl.substitute(who='tim', what='kung pao'), tpl.substitute({'who': 'ann', 'what': 'pie'}), tpl.template
print tpl.safe_substitute(who='bob'), tpl.safe_substitute(), tpl.substitute({'who': 'x'}, what='override')
show('substitute missing', tpl.substitute, who='only')
show('substitute invalid', string.Template('bad $').substitute)
show('substitute invalid2', string.Template('$1abc').substitute)
print string.Template('bad $ and $1').safe_substitute(), string.Template('${a}${b}').substitute(a=1, b=[2])


class MyTemplate(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'


print MyTemplate('%foo_bar and %x and %%').safe_substitute(foo_bar='FB', x='X')
fmt = string.Formatter()
print fmt.format('{0}-{name}', 1, name='n'), fmt.vformat('{a}{b}', (), {'a': 1, 'b': 2}), list(fmt.parse('x{0:>3}y'))
show('atoi bad', string.atoi, 'x')
show('maketrans unequal', string.maketrans, 'ab', 'c')
show('capwords int', string.capwords, 5)
show('Template(5).substitute', lambda: string.Template(5).substitute())
show('Formatter missing', fmt.format, '{0}{1}', 1)
