# Custom exception classes: hierarchies, attributes, __str__, old-style classes.

class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        AppError.__init__(self, key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return 'bad config %r: %s' % (self.key, self.reason)


class NetError(AppError):
    code = 500


class Timeout(NetError):
    code = 504


class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr<%s>' % (self.args,)


class NoInit(ValueError):
    pass


class OldStyle:
    def __init__(self, v):
        self.v = v


def fail(kind):
    if kind == 'config':
        raise ConfigError('port', 'not a number')
    if kind == 'net':
        raise NetError('connection reset')
    if kind == 'timeout':
        raise Timeout('slow', 30)
    if kind == 'repr':
        raise WithRepr(1, 2)
    if kind == 'noinit':
        raise NoInit('x', 'y')
    if kind == 'old':
        raise OldStyle(7)
    if kind == 'oldclass':
        raise OldStyle, 8
    return 'fine'


for kind in ['config', 'net', 'timeout', 'repr', 'noinit', 'old', 'oldclass', 'nothing']:
    try:
        print fail(kind)
    except ConfigError, e:
        print 'ConfigError', e.key, e.reason, str(e), e.args
    except Timeout, e:
        print 'Timeout', e.args, e.code, str(e)
    except NetError, e:
        print 'NetError', e.args, e.code, repr(e)
    except AppError, e:
        print 'AppError?', e
    except WithRepr, e:
        print 'WithRepr', repr(e), str(e)
    except ValueError, e:
        print 'ValueError subclass', type(e).__name__, repr(e), str(e)
    except OldStyle, e:
        print 'old-style instance', e.__class__.__name__, e.v

print [c.__name__ for c in Timeout.__mro__]
print issubclass(Timeout, AppError), issubclass(AppError, Timeout), isinstance(Timeout(), NetError)
e = ConfigError('k', 'r')
e.extra = 'attr'
print e.extra, e.__dict__ == {'key': 'k', 'reason': 'r', 'extra': 'attr'}
print sorted(e.__dict__.keys())


class Counted(Exception):
    count = 0

    def __init__(self, *args):
        Exception.__init__(self, *args)
        Counted.count += 1


for i in range(3):
    try:
        raise Counted(i)
    except Counted, e:
        print 'counted', e.args[0], Counted.count


class MsgError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return 'MsgError: ' + self.msg


try:
    raise MsgError('hello')
except Exception, e:
    print str(e), e.args, e.msg, type(e).__name__


class Multi(KeyError, AttributeError):
    pass


for handler in ['key', 'attr']:
    try:
        raise Multi('both')
    except AttributeError, e:
        print 'caught as AttributeError', repr(e), str(e)
print [c.__name__ for c in Multi.__mro__]
