# yield inside try/finally, cleanup on close/exhaustion/garbage collection.

def with_finally(tag):
    try:
        print tag, 'start'
        yield 1
        yield 2
    finally:
        print tag, 'finally'


print list(with_finally('exhaust'))
g = with_finally('close')
print g.next()
g.close()
print 'after close'
g = with_finally('drop')
print g.next()
del g
print 'after del'
for x in with_finally('break'):
    print 'value', x
    break
print 'after break'


def nested():
    try:
        try:
            yield 'inner'
        finally:
            print 'inner finally'
        yield 'between'
    finally:
        print 'outer finally'


n = nested()
print n.next(), n.next()
n.close()
print '---'


def except_and_yield():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError, e:
            yield 'handled %s' % e
        finally:
            print 'finally', i


print list(except_and_yield())


def return_in_finally():
    try:
        yield 1
    finally:
        print 'return-in-finally cleanup'


r = return_in_finally()
r.next()
r = None
print 'rebound'


def counter_gen(log):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        log.append('closed at %d' % i)


log = []
cg = counter_gen(log)
print [cg.next() for _ in range(4)]
cg.close()
print log


def throw_into_finally():
    try:
        yield 'a'
    finally:
        print 'finally sees thrown exception'


tf = throw_into_finally()
tf.next()
try:
    tf.throw(KeyError('thrown'))
except KeyError, e:
    print 'caught', e


def gen_in_with():
    class Ctx(object):
        def __enter__(self):
            print 'enter'

        def __exit__(self, *a):
            print 'exit', a[0] and a[0].__name__
    with Ctx():
        yield 'in with'
        yield 'still in with'


gw = gen_in_with()
print gw.next()
gw.close()
print list(gen_in_with())
