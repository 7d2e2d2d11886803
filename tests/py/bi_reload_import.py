# reload() of a helper module, __import__ in its various forms, and apply().
import sys


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


import _reload_me
print _reload_me.loads, _reload_me.CONST, _reload_me.double(21)
_reload_me.fresh.append('x')
_reload_me.extra = 'kept'
old_double = _reload_me.double
old_fresh = _reload_me.fresh
m = reload(_reload_me)
print m is _reload_me, _reload_me.loads, _reload_me.fresh, _reload_me.extra
print old_double is _reload_me.double, old_fresh is _reload_me.fresh, old_double(4), _reload_me.double(5)
reload(_reload_me)
print _reload_me.loads, sys.modules['_reload_me'] is m
show('reload(5)', reload, 5)
show('reload()', reload)
show('reload(1, 2)', reload, 1, 2)
mod = __import__('_reload_me')
print mod is _reload_me, mod.loads
s = __import__('sys')
print s is sys
pkg = __import__('_pkg.sub')
print pkg.__name__, pkg.sub.__name__
leaf = __import__('_pkg.sub', globals(), locals(), ['x'])
print leaf.__name__
print __import__('_pkg', fromlist=['sub']).__name__, __import__(name='sys').__name__
show('__import__("_no_such_mod")', __import__, '_no_such_mod')
show('__import__("_pkg.nothere")', __import__, '_pkg.nothere')
show('__import__()', __import__)
show('__import__(5)', __import__, 5)
show('__import__("")', __import__, '')
show('__import__("sys", level=1)', __import__, 'sys', globals(), {}, [], 1)


def f(a, b=10, *args, **kw):
    return a, b, args, sorted(kw.items())


print apply(f, (1,)), apply(f, (1, 2, 3)), apply(f, (1,), {'c': 3}), apply(f, [4, 5], {'b2': 6})
print apply(len, ('abc',)), apply(max, [3, 9, 2]), apply(dict, (), {'a': 1}), apply(lambda: 'noargs')
show('apply(f)', apply, f)
show('apply(5)', apply, 5)
show('apply(f, 1)', apply, f, 1)
show('apply(f, (), 1)', apply, f, (), 1)
show('apply(f, (), {"a": 1, "b": 2, "x": 3}, 1)', apply, f, (), {'a': 1}, 1)
print apply(f, (), {'a': 1, 'b': 2, 'x': 3})
show('apply(f, (1,), {"a": 2})', apply, f, (1,), {'a': 2})
