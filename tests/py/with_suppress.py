# __exit__ returning true suppresses the exception; truthiness of the return value.
import sys


class Suppress(object):
    def __init__(self, ret, *types):
        self.ret = ret
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is None:
            print '  no exception'
            return self.ret
        print '  __exit__ sees', t.__name__, v
        if self.types and not issubclass(t, self.types):
            return False
        return self.ret


for ret in [True, 1, 'yes', [1], False, 0, '', None, []]:
    try:
        with Suppress(ret):
            raise ValueError(repr(ret))
        print 'suppressed by', repr(ret)
    except ValueError, e:
        print 'propagated with', repr(ret)
with Suppress(True, KeyError):
    {}['k']
print 'KeyError suppressed'
try:
    with Suppress(True, KeyError):
        [][0]
except IndexError:
    print 'IndexError not suppressed'


def in_function():
    with Suppress(True):
        raise ZeroDivisionError('inside function')
        print 'not reached'
    return 'function continued after suppression'


print in_function()


def suppress_in_loop():
    out = []
    for i in range(5):
        with Suppress(True):
            if i % 2:
                raise ValueError(i)
            out.append(i)
    return out


print suppress_in_loop()
with Suppress(True):
    with Suppress(False):
        raise TypeError('inner does not suppress, outer does')
print 'after nested'
with Suppress(True):
    pass
print sys.exc_info()[0] is None or sys.exc_info()[0].__name__
