# sys.exc_info() during and after handling, and across frames.
import sys


def show(label):
    t, v, tb = sys.exc_info()
    print label, t and t.__name__, repr(v), tb is not None


show('start')
try:
    raise ValueError('v1')
except ValueError:
    show('in handler')
show('after handler (py2 keeps it)')


def f():
    show('entering f')
    try:
        raise KeyError('k')
    except KeyError:
        show('f handler')
    show('f after handler')


f()
show('after f returned')


def g():
    try:
        raise IndexError('in g')
    except IndexError:
        h()
        show('g after h')


def h():
    show('h sees caller exception')
    try:
        raise TypeError('in h')
    except TypeError:
        show('h handler')


g()
show('after g')
sys.exc_clear()
show('after exc_clear')

try:
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise KeyError('inner')
        except KeyError:
            show('inner handler')
        show('back in outer handler')
finally:
    show('finally')


def tb_depth():
    try:
        a()
    except Exception:
        tb = sys.exc_info()[2]
        n = 0
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            n += 1
            tb = tb.tb_next
        print 'traceback depth', n, names


def a():
    b()


def b():
    c()


def c():
    raise RuntimeError('deep')


tb_depth()


def line_numbers():
    try:
        x = 1
        y = 0
        z = x / y
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
        print 'tb_lineno', tb.tb_lineno, tb.tb_frame.f_code.co_name
        print 'co_firstlineno', tb.tb_frame.f_code.co_firstlineno


line_numbers()
