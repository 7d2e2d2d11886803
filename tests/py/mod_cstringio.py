# cStringIO: print >> with softspace, getvalue(use_pos), writelines conversions, overseek padding, truncate, every method after close, StringI limits, argument errors.
import cStringIO
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
o = cStringIO.StringIO()
print o.softspace, o.closed, type(o) is cStringIO.OutputType
print >> o, 'a', 'b',
print o.softspace
print >> o, 'c'
print repr(o.getvalue()), o.getvalue(True), o.getvalue(0)
o.seek(2)
print repr(o.getvalue(1))
t(o.writelines, ['x', u'y', 3])
print repr(o.getvalue())
t(o.writelines, 5)
o.seek(100)
o.write('Z')
print len(o.getvalue()), o.tell()
o.truncate(3)
print repr(o.getvalue()), o.tell()
o.reset(); print o.read(-5), o.readline(-1), o.readlines(-3)
t(o.seek)
t(o.seek, 'a')
t(o.seek, 0, 'x')
t(o.read, 1, 2)
t(o.getvalue, 1, 2)
t(o.write)
o.write(bytearray('qq'))
print repr(o.getvalue())
o.close(); o.close()
print o.closed
for m in ['read', 'readline', 'readlines', 'tell', 'reset', 'isatty', 'flush', 'getvalue', 'truncate']:
    t(getattr(o, m))
t(o.write, 'x')
t(o.next)
t(list, o)
i = cStringIO.StringIO('ab\ncd')
print type(i).__name__, hasattr(i, 'write'), hasattr(i, 'softspace'), i.readlines(), i.tell(), list(i)
i.seek(1); print list(i)
t(setattr, i, 'softspace', 1)
t(setattr, o, 'softspace', 'x')
t(cStringIO.StringIO, 5)
t(cStringIO.StringIO, 'a', 'b')
print cStringIO.StringIO(bytearray('xy')).read()
i.truncate(1); print i.getvalue(), i.tell()
i.close(); print i.closed
t(i.read)
print cStringIO.InputType.__name__, cStringIO.OutputType.__name__, cStringIO.StringIO.__doc__
t(lambda: type(hash(o)))
import weakref
t(weakref.ref, o)
print o.__class__, repr(cStringIO.StringIO().__class__)
