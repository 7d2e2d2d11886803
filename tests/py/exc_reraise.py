# Re-raising: bare raise, raise e, three-argument raise, exception chains across frames.
import sys


def level3(x):
    if x == 0:
        raise ZeroDivisionError('level3 zero')
    if x < 0:
        raise ValueError('level3 negative %d' % x)
    return 100 // x


def level2(x):
    try:
        return level3(x)
    except ZeroDivisionError:
        print 'level2 saw ZeroDivisionError, re-raising'
        raise


def level1(x):
    try:
        return level2(x)
    except ValueError, e:
        print 'level1 converts', e
        raise RuntimeError('converted: %s' % e)


for x in [5, 0, -3]:
    try:
        print 'result', level1(x)
    except Exception, e:
        print 'top caught', type(e).__name__, str(e)


def reraise_instance():
    try:
        raise KeyError('orig')
    except KeyError, e:
        e.args = ('modified',)
        raise e


try:
    reraise_instance()
except KeyError, e:
    print 'reraised instance', repr(e)


def three_arg():
    try:
        1 / 0
    except ZeroDivisionError:
        t, v, tb = sys.exc_info()
    raise t, v, tb


try:
    three_arg()
except ZeroDivisionError, e:
    print 'three arg raise', e


def raise_in_except():
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')


try:
    raise_in_except()
except TypeError, e:
    print 'second wins', e


def bare_raise_after_handled():
    try:
        raise IndexError('inner')
    except IndexError:
        pass
    try:
        raise KeyError('latest')
    except KeyError:
        try:
            raise ValueError('nested')
        except ValueError:
            pass
        raise


try:
    bare_raise_after_handled()
except Exception, e:
    print 'bare raise re-raised', type(e).__name__, e

try:
    raise ValueError, ('tuple', 'args')
except ValueError, e:
    print 'tuple value', e.args

try:
    raise ValueError, ValueError('inst')
except ValueError, e:
    print 'instance as value', e.args

try:
    raise ValueError(1), None
except ValueError, e:
    print 'instance with None', e.args

try:
    raise IndexError
except LookupError, e:
    print 'class raise', type(e).__name__, e.args


class E(Exception):
    pass


try:
    try:
        raise E('custom')
    except E:
        raise
except Exception, e:
    print 'custom reraised', type(e).__name__, e.args

try:
    raise 'string exception'
except TypeError, e:
    print 'string raise:', e

try:
    raise 42
except TypeError, e:
    print 'int raise:', e

try:
    raise
except TypeError, e:
    print 'nothing to reraise:', e
