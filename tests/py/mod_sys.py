# sys: argv, maxint, version_info, platform, byteorder, exc_info, recursion limit, stdout/stderr, modules, misc.
import sys


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print sys.argv, len(sys.argv), type(sys.argv).__name__
print sys.maxint, sys.maxint == 2 ** 63 - 1, type(sys.maxint).__name__, type(sys.maxint + 1).__name__, -sys.maxint - 1
print sys.version_info[:2], sys.version_info[0], sys.version_info.major, sys.version_info.minor, sys.version_info >= (2, 7)
print type(sys.version).__name__, sys.version.startswith('2.7'), sys.hexversion >> 16 == 0x207
print sys.platform.startswith('linux'), sys.byteorder, sys.maxsize == sys.maxint, sys.maxunicode in (0xffff, 0x10ffff)
print sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.long_info.bits_per_digit in (15, 30)
print sys.float_repr_style, sys.getdefaultencoding(), sys.flags.division_warning, sys.flags.optimize, sys.dont_write_bytecode
print sys.exc_info()
try:
    raise ValueError('inside')
except ValueError:
    t, v, tb = sys.exc_info()
    print t.__name__, v, type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name
    try:
        {}['k']
    except KeyError:
        print sys.exc_info()[0].__name__, sys.exc_info()[1]
    print 'after nested:', sys.exc_info()[0].__name__
sys.exc_clear()
print 'after exc_clear:', sys.exc_info()


def g():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__


print g()
old = sys.getrecursionlimit()
print old
sys.setrecursionlimit(200)
print sys.getrecursionlimit()


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RuntimeError as e:
    print 'RuntimeError', e
sys.setrecursionlimit(old)
print sys.getrecursionlimit() == old
show('setrecursionlimit(0)', sys.setrecursionlimit, 0)
show('setrecursionlimit("a")', sys.setrecursionlimit, 'a')
print sys.stdout.write('written to stdout\n'), sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode
sys.stdout.writelines(['a', 'b\n'])
sys.stdout.flush()
sys.stderr.write('written to stderr\n')
sys.stderr.flush()
print >> sys.stderr, 'print to stderr'
print >> sys.stdout, 'print to stdout'
print sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.modules['sys'] is sys, '__main__' in sys.modules
print sys.modules['__main__'].__name__, 'sys' in sys.builtin_module_names, type(sys.path).__name__, type(sys.modules).__name__
print callable(sys.getrefcount), sys.getsizeof(0) > 0, sys.getsizeof([], 99) > 0, sys._getframe().f_code.co_name
show('getsizeof()', sys.getsizeof)
show('_getframe(100)', sys._getframe, 100)


class Capture(object):
    def __init__(self):
        self.data = []

    def write(self, s):
        self.data.append(s)


cap = Capture()
saved = sys.stdout
sys.stdout = cap
print 'captured', 42
sys.stdout = saved
print cap.data
print sys.displayhook.__name__, sys.excepthook.__name__, sys.exitfunc if hasattr(sys, 'exitfunc') else 'no exitfunc'
