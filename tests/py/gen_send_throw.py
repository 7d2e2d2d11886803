# Generator send, throw, close, GeneratorExit.

def echo():
    print 'started'
    received = None
    while True:
        received = yield received
        print 'got', repr(received)


e = echo()
print e.next()
print e.send(1)
print e.send('two')
print e.next()
e.close()
try:
    e.send(3)
except StopIteration:
    print 'StopIteration after close'
g = echo()
try:
    g.send('x')
except TypeError, ex:
    print 'TypeError:', ex


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


a = averager()
a.next()
for v in [10, 20, 30, 5]:
    print a.send(v),
print


def catcher():
    while True:
        try:
            x = yield 'ready'
            print 'received', x
        except ValueError, e:
            print 'caught ValueError', e
            yield 'recovered'
        except GeneratorExit:
            print 'GeneratorExit seen, cleaning up'
            raise


c = catcher()
print c.next()
print c.send(1)
print c.throw(ValueError, 'bad value')
print c.next()
print c.throw(ValueError('instance'))
c.next()
c.close()
print 'closed'
try:
    c.throw(KeyError('after close'))
except KeyError, e:
    print 'KeyError propagates from closed generator:', e


def uncaught():
    yield 1
    yield 2


u = uncaught()
u.next()
try:
    u.throw(IndexError('not handled'))
except IndexError, e:
    print 'IndexError propagated:', e
print list(u)


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'should not yield'


ig = ignores_exit()
ig.next()
try:
    ig.close()
except RuntimeError, e:
    print 'RuntimeError:', e


def swallow_exit():
    try:
        yield 1
    except GeneratorExit:
        print 'swallowing GeneratorExit by returning'
        return


s = swallow_exit()
s.next()
s.close()
print 'close returned normally'
fresh = uncaught()
fresh.close()
print 'closing an unstarted generator is fine', list(fresh)
t = uncaught()
try:
    t.throw(ValueError, 'thrown before start')
except ValueError, e:
    print 'ValueError:', e


def throw_type_only():
    try:
        yield
    except Exception, e:
        yield '%s %r' % (type(e).__name__, e.args)


tt = throw_type_only()
tt.next()
print tt.throw(ZeroDivisionError)


def send_accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            break
        items.append(item)
    yield items


sa = send_accumulate()
sa.next()
for w in 'abc':
    sa.send(w)
print sa.send(None)
