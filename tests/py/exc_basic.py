# try/except/else/finally basics.

def attempt(f, x):
    try:
        r = f(x)
    except ZeroDivisionError, e:
        print 'ZeroDivisionError:', e
        return 'zde'
    except (KeyError, IndexError) as e:
        print type(e).__name__ + ':', e, repr(e), e.args
        return 'lookup'
    except ValueError:
        print 'ValueError without binding'
        return 'value'
    else:
        print 'no exception, result', r
        return r
    finally:
        print 'finally for', repr(x)


def divide(x):
    return 10 / x


def lookup(x):
    return {'a': 1}[x]


def index(x):
    return [1, 2, 3][x]


def conv(x):
    return int(x)


print attempt(divide, 2)
print attempt(divide, 0)
print attempt(lookup, 'a')
print attempt(lookup, 'b')
print attempt(lookup, (1, 2))
print attempt(index, 5)
print attempt(index, -1)
print attempt(conv, '12')
print attempt(conv, 'twelve')

try:
    raise ValueError
except ValueError, e:
    print 'bare class:', repr(e), e.args, str(e) == ''

try:
    raise ValueError, 'old style'
except ValueError, e:
    print 'class, msg:', repr(e), e.args, str(e)

try:
    raise ValueError('instance', 42)
except ValueError, e:
    print 'instance:', repr(e), e.args, str(e)

try:
    raise KeyError('k')
except LookupError, e:
    print 'caught by base class:', type(e).__name__, e

try:
    raise TypeError('t')
except Exception, e:
    print 'caught by Exception:', type(e).__name__, e

try:
    try:
        raise IndexError('inner')
    except KeyError:
        print 'wrong handler'
except IndexError, e:
    print 'outer caught', e

try:
    x = 1
except:
    print 'never'
else:
    print 'else runs, x =', x

try:
    raise RuntimeError('bare except')
except:
    print 'bare except caught'

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print 'body', i
    finally:
        print 'finally', i
print 'done'
e = ValueError('a', 'b')
print e.args, str(e), repr(e), e.message == ''
e = ValueError('only')
print e.args, str(e), repr(e), e.message
e = Exception()
print e.args, repr(str(e)), repr(e)
print repr(KeyError('x')), str(KeyError('x')), str(KeyError('x', 'y')), str(KeyError())
print str(IOError(2, 'No such file')), IOError(2, 'nf').errno, IOError(2, 'nf').strerror
print str(UnicodeError('u')), repr(StopIteration()), repr(SystemExit(3))
print isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError)
print [c.__name__ for c in ZeroDivisionError.__mro__]
print [c.__name__ for c in KeyboardInterrupt.__mro__]
