# file object methods on a temp file: write/writelines/read/readline/readlines/seek/tell/truncate/iteration/close.
import os

path = '/tmp/py2jit_bi_file_methods.dat'


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


f = open(path, 'w+b')
print f.name, f.mode, f.closed, f.softspace, f.encoding, f.errors, f.newlines, f.isatty(), type(f.fileno()).__name__
print f.write('alpha\n'), f.tell(), f.writelines(['beta\n', 'gamma\n', 'delta']), f.tell(), f.flush()
f.seek(0)
print repr(f.read(3)), f.tell(), repr(f.readline()), f.tell(), repr(f.readline(2)), repr(f.readline()), f.tell()
print f.readlines(), repr(f.read()), repr(f.readline()), f.readlines(), f.tell()
f.seek(0)
print f.readlines(8), f.tell()
f.seek(-5, 2)
print f.tell(), repr(f.read())
f.seek(6)
f.seek(5, 1)
print f.tell(), repr(f.read(4))
f.seek(0)
print [line for line in f]
f.seek(0)
print f.next(), repr(next(f)), iter(f) is f, [l.strip() for l in f.xreadlines()]
f.seek(0)
buf = bytearray(4)
print f.readinto(buf), repr(buf), f.tell()
f.truncate(10)
f.seek(0, 2)
print f.tell()
f.seek(0)
print repr(f.read())
f.seek(3)
f.truncate()
f.seek(0)
print repr(f.read()), f.tell()
f.seek(100)
f.write('X')
f.seek(0)
data = f.read()
print len(data), repr(data[:5]), data.count('\x00')
print f.close(), f.closed, f.close(), f.name, f.mode
show('closed read', f.read)
show('closed readline', f.readline)
show('closed seek', f.seek, 0)
show('closed tell', f.tell)
show('closed iter', iter, f)
show('closed fileno', f.fileno)
show('closed isatty', f.isatty)
with open(path, 'w') as g:
    print >> g, 'printed', 1, 2.5
    g.softspace = 0
    print >> g, 'line two'
with open(path) as g:
    print repr(g.read())
    show('write on read file', g.write, 'x')
    show('seek bad whence', g.seek, 0, 7)
    show('seek negative', g.seek, -1)
    show('read bad size', g.read, 'a')
    show('readline bad size', g.readline, 'a')
with open(path, 'rU') as g:
    print list(g), repr(g.newlines)
with open(path, 'a') as g:
    show('writelines non-str', g.writelines, ['ok', 5])
    show('write int', g.write, 5)
with open(path) as g:
    print repr(g.read())
print os.path.getsize(path)
os.remove(path)
print os.path.exists(path)
