# getattr/setattr/delattr/hasattr, vars, dir, locals, globals, callable.


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


class Point(object):
    kind = 'point'

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print getattr(p, 'x'), getattr(p, 'kind'), getattr(p, 'z', 'dflt'), getattr(p, 'norm1')(), getattr(Point, 'kind')
print hasattr(p, 'x'), hasattr(p, 'z'), hasattr(Point, 'norm1'), hasattr(5, 'real'), hasattr('s', 'upper')
setattr(p, 'z', 99)
setattr(Point, 'kind', 'pt')
print p.z, p.kind, Point.kind, sorted(vars(p).items())
delattr(p, 'z')
print hasattr(p, 'z'), sorted(p.__dict__)
show('getattr(p, "nope")', getattr, p, 'nope')
show('getattr(p, 5)', getattr, p, 5)
show('getattr(p)', getattr, p)
show('delattr(p, "nope")', delattr, p, 'nope')
show('setattr(5, "a", 1)', setattr, 5, 'a', 1)
show('setattr(p, 1, 1)', setattr, p, 1, 1)
show('delattr(5, "real")', delattr, 5, 'real')
show('getattr(None, "x")', getattr, None, 'x')
show('hasattr(p)', hasattr, p)
print getattr(p, u'x'), hasattr(p, u'y')


class Raiser(object):
    def __getattr__(self, name):
        if name == 'boom':
            raise ValueError('boom attr')
        raise AttributeError(name)


r = Raiser()
print hasattr(r, 'anything'), getattr(r, 'anything', 'fallback')
show('hasattr(r, "boom")', hasattr, r, 'boom')
show('getattr(r, "boom", 1)', getattr, r, 'boom', 1)
print sorted(k for k in vars(Point) if not k.startswith('__'))
show('vars(5)', vars, 5)
show('vars(1, 2)', vars, 1, 2)
print [n for n in dir(p) if not n.startswith('__')]
print [n for n in dir(Point) if not n.startswith('__')]
print dir([])[-9:], 'append' in dir(list), '__add__' in dir(1)


class WithDir(object):
    def __dir__(self):
        return ['b', 'a', 'c']


print dir(WithDir())
show('dir(1, 2)', dir, 1, 2)


def f(a, b=2, *rest):
    c = a + b
    print sorted(locals().items())
    print sorted(dir())
    return vars()


print sorted(f(1, 5, 6).keys())
g = globals()
print type(g).__name__, g is globals(), g['__name__'], 'Point' in g, g.get('undefined_name', 'no')
g['made_by_globals'] = 'yes'
print made_by_globals
print locals() is globals(), vars() is globals()
print callable(len), callable(Point), callable(p), callable(p.norm1), callable(5), callable(None), callable(lambda: 0)


class Callme(object):
    def __call__(self):
        return 'called'


print callable(Callme()), callable(Callme), Callme()(), callable(type), callable('str'), callable(str)
show('callable()', callable)
