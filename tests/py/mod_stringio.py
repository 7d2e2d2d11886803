# StringIO and cStringIO: write/read/readline/readlines/seek/tell/truncate/getvalue/iteration/close, unicode, errors.
import StringIO
import cStringIO


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


for mod in (StringIO, cStringIO):
    name = mod.__name__
    print '==', name
    s = mod.StringIO()
    print s.write('line1\n'), s.writelines(['line2\n', 'line3\n', 'tail']), s.tell(), repr(s.getvalue())
    s.seek(0)
    print repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.readline(3)), repr(s.readline()), s.readlines(), repr(s.read()), repr(s.readline())
    s.seek(0)
    print list(s), s.tell()
    s.seek(0)
    print s.readlines(7), s.tell()
    s.seek(-4, 2)
    print repr(s.read()), s.tell()
    s.seek(2)
    s.seek(3, 1)
    print s.tell(), repr(s.read(2))
    s.seek(0)
    s.write('LINE')
    print repr(s.getvalue()), s.tell()
    s.truncate(8)
    print repr(s.getvalue()), s.isatty(), s.flush()
    s.seek(0, 2)
    s.write('!')
    print repr(s.getvalue())
    s.truncate()
    print repr(s.getvalue())
    r = mod.StringIO('preloaded\ndata')
    print repr(r.read()), r.tell(), repr(r.getvalue()), r.closed if hasattr(r, 'closed') else 'no closed attr'
    r.seek(0)
    print r.next(), repr(next(r)), iter(r) is r
    show(name + ' next at end', r.next)
    r.close()
    show(name + ' read after close', r.read)
    show(name + ' getvalue after close', r.getvalue)
    show(name + ' seek after close', r.seek, 0)
    t = mod.StringIO()
    show(name + ' negative seek', t.seek, -1)
    show(name + ' negative truncate', t.truncate, -1)
    show(name + ' write int', t.write, 5)
    show(name + ' read bad size', t.read, 'x')
    print >> t, 'printed', 1, 2
    print repr(t.getvalue())
u = StringIO.StringIO()
u.write(u'caf\xe9 ')
u.write(u'ok')
print repr(u.getvalue())
mixed = StringIO.StringIO()
mixed.write('ascii ')
mixed.write(u'uni')
print repr(mixed.getvalue())
bad = StringIO.StringIO()
bad.write('\xff')
bad.write(u'x')
show('StringIO mixed non-ascii', bad.getvalue)
c = cStringIO.StringIO(u'abc')
print repr(c.read())
show('cStringIO non-ascii unicode', cStringIO.StringIO().write, u'\xe9')
print type(cStringIO.StringIO()).__name__, type(cStringIO.StringIO('x')).__name__, type(StringIO.StringIO()).__name__
s = StringIO.StringIO('abc')
s.seek(10)
s.write('Z')
print repr(s.getvalue()), s.len, s.pos, s.buflist, s.closed
