# Nested try statements, exceptions crossing many frames, handlers in loops.

def thrower(kind, depth):
    if depth > 0:
        return thrower(kind, depth - 1)
    if kind == 0:
        return 'ok'
    if kind == 1:
        raise ValueError('v at bottom')
    if kind == 2:
        raise KeyError('k at bottom')
    return [][kind]


def middle(kind):
    try:
        return thrower(kind, 5)
    except ValueError, e:
        return 'middle handled ' + str(e)
    finally:
        print 'middle finally', kind


def top(kind):
    try:
        try:
            return middle(kind)
        except KeyError, e:
            print 'top inner handled', repr(e)
            raise IndexError('from top')
    except IndexError, e:
        return 'top outer handled ' + str(e)


for k in range(4):
    print top(k)

log = []
for i in range(6):
    try:
        try:
            if i % 3 == 0:
                raise ValueError(i)
            elif i % 3 == 1:
                raise TypeError(i)
            log.append(('none', i))
        except ValueError, e:
            log.append(('value', e.args[0]))
            if i == 3:
                raise
    except ValueError, e:
        log.append(('reraised', e.args[0]))
    except TypeError, e:
        log.append(('type', e.args[0]))
print log


def handler_raises_new():
    try:
        try:
            {}['x']
        except KeyError:
            [][1]
    except IndexError, e:
        return 'index from handler: ' + str(e)


print handler_raises_new()


def deep(n):
    if n == 0:
        raise OverflowError('bottom of %d' % 50)
    try:
        return deep(n - 1)
    finally:
        if n % 10 == 0:
            print 'unwinding', n


try:
    deep(50)
except OverflowError, e:
    print 'caught', e

count = 0
for i in range(1000):
    try:
        if i % 7 == 0:
            raise ValueError
        count += 1
    except ValueError:
        count -= 1
print 'count', count


def except_order(exc):
    try:
        raise exc
    except (IOError, OSError):
        return 'env'
    except (KeyError, IndexError), e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError:
        return 'arith'
    except Exception:
        return 'generic'


for exc in [IOError, OSError, KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, StopIteration]:
    print exc.__name__, except_order(exc)

excs = (TypeError, ValueError)
try:
    raise ValueError('dynamic tuple')
except excs, e:
    print 'dynamic tuple caught', e
nested_tuple = (KeyError, (ValueError, TypeError))
try:
    raise TypeError('nested tuple')
except nested_tuple, e:
    print 'nested tuple caught', e
