# with statements: __enter__/__exit__ order, exceptions passed to __exit__, nested withs.

class Ctx(object):
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print 'enter', self.name
        return self

    def __exit__(self, exc_type, exc, tb):
        print 'exit', self.name, exc_type and exc_type.__name__, exc, tb is not None
        return self.suppress


with Ctx('plain') as c:
    print 'body with', c.name
with Ctx('outer'), Ctx('inner') as i:
    print 'nested body', i.name
with Ctx('o2'):
    with Ctx('i2'):
        print 'explicitly nested'
try:
    with Ctx('a'), Ctx('b'):
        raise ValueError('through two')
except ValueError, e:
    print 'caught', e


def early_return():
    with Ctx('ret'):
        return 'returned from inside with'


print early_return()
for n in range(3):
    with Ctx('loop%d' % n):
        if n == 1:
            continue
        if n == 2:
            break
        print 'loop body', n


class EnterValue(object):
    def __enter__(self):
        return 'entered value', 42

    def __exit__(self, *args):
        print 'exit args', args
        return None


with EnterValue() as (label, number):
    print label, number


class NoExit(object):
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except AttributeError, e:
    print 'AttributeError:', e


class EnterFails(object):
    def __enter__(self):
        raise RuntimeError('enter failed')

    def __exit__(self, *a):
        print 'exit should not run'


try:
    with Ctx('first'), EnterFails():
        print 'not reached'
except RuntimeError, e:
    print 'RuntimeError:', e


class ExitRaises(object):
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise KeyError('from exit')


try:
    with ExitRaises():
        raise ValueError('original')
except KeyError, e:
    print 'exit exception replaces body exception:', e


class Lock(object):
    def __init__(self):
        self.held = False

    def __enter__(self):
        assert not self.held
        self.held = True

    def __exit__(self, *a):
        self.held = False


lock = Lock()
with lock:
    print 'held inside', lock.held
print 'held after', lock.held
with Ctx('gen') as ctx:
    vals = [x * 2 for x in range(3)]
print vals, ctx.name
