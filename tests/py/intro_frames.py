# Frame introspection: f_locals, f_back chain, f_lineno, globals()/locals() behaviour.
import sys


def chain():
    names = []
    fr = sys._getframe()
    while fr is not None:
        names.append((fr.f_code.co_name, fr.f_lineno))
        fr = fr.f_back
    return names


def a():
    return b()


def b():
    return chain()


print a()


def show_locals(x, y=2):
    z = x + y
    return sorted(locals().items())


print show_locals(1)


def locals_snapshot():
    v = 1
    snap = locals()
    v = 2
    return snap['v'], locals()['v']


print locals_snapshot()
print sorted(k for k in locals() if not k.startswith('__')) == sorted(k for k in globals() if not k.startswith('__'))
print locals() is globals()


def caller_locals():
    return sorted(sys._getframe(1).f_locals.keys())


def has_locals():
    alpha = 1
    beta = 2
    return caller_locals()


print has_locals()


def lines():
    out = [sys._getframe().f_lineno]
    out.append(sys._getframe().f_lineno)

    out.append(sys._getframe().f_lineno)
    return out


print lines()
print __name__, globals()['__name__'], '__builtins__' in globals(), type(__builtins__).__name__
print sorted(k for k in globals() if k.startswith('__'))
print __doc__


def vars_test():
    q = 'local'
    return vars()


print vars_test()


class K(object):
    attr = 1
    seen = sorted(k for k in locals())


print K.seen
print sys._getframe().f_code.co_name, sys._getframe(0).f_back
try:
    sys._getframe(100)
except ValueError, e:
    print 'ValueError:', e
