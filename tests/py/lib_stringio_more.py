# StringIO.StringIO internals and edge cases: buflist/len/pos after each kind of write, overwriting, gaps, unicode, softspace, closed state.
from StringIO import StringIO


def state(f):
    return (f.buf, f.buflist, f.len, f.pos)


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


f = StringIO()
print state(f), f.softspace, f.closed
f.write('abc')
f.write('')
f.write('def')
print state(f)
f.seek(1)
print state(f)
f.write('XY')
print state(f)
f.write('0123456')
print state(f), repr(f.getvalue()), state(f)
f.seek(2, 1)
f.write('!')
print state(f), repr(f.getvalue())
f.seek(-3, 2)
print f.tell(), repr(f.read(100)), f.tell(), repr(f.read())
f.seek(-100)
print f.tell()
f.truncate(4)
print state(f), repr(f.getvalue())
f.seek(10)
f.truncate()
print state(f), repr(f.getvalue())
f.truncate(99)
print state(f)
show('truncate negative', f.truncate, -5)
try:
    f.truncate(-1)
except IOError as e:
    print e.errno, e.strerror, e.args
g = StringIO(1234)
print repr(g.getvalue()), g.len
g = StringIO(u'uni\ncode')
print repr(g.readline()), repr(g.read()), repr(g.getvalue())
g.write('ascii')
print repr(g.getvalue())
g = StringIO()
g.write(3.5)
g.write(None)
g.write([1])
print repr(g.getvalue())
h = StringIO('one\ntwo\nthree')
print h.readlines(), h.readlines()
h.seek(0)
print repr(h.readline(2)), repr(h.readline(0)), repr(h.readline(-1)), repr(h.readline(None)), h.readlines(1)
h.seek(0)
print [line for line in h], repr(h.read(0)), repr(h.read(-5)), repr(h.read(None))
p = StringIO()
print >> p, 'a', 1,
print p.softspace,
print >> p, 'b'
print >> p, 'c'
print repr(p.getvalue()), p.softspace
p.writelines(x for x in ['x', 'y'])
p.writelines([])
print repr(p.getvalue())
p.close()
p.close()
print p.closed, hasattr(p, 'buf'), hasattr(p, 'pos'), p.len, p.buflist
for name in ('read', 'readline', 'getvalue', 'tell', 'isatty', 'flush', 'truncate', 'next'):
    show(name + ' closed', getattr(p, name))
show('write closed', p.write, 'x')
show('seek closed', p.seek, 0)
show('readlines closed', p.readlines)
show('writelines closed', p.writelines, ['a'])
show('writelines empty closed', p.writelines, [])
q = StringIO('\xe9')
q.seek(0, 2)
q.write(u'x')
show('mixed getvalue', q.getvalue)
print q.buflist, q.len, q.pos
show('bad seek mode', StringIO('abc').seek, 1, 5)
show('bad seek type', StringIO('abc').seek, 'x')
print StringIO.__doc__.splitlines()[0], StringIO.__module__, isinstance(StringIO(), object)
