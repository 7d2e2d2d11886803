# open(): write a file under /tmp, read it back in several modes, append, errors, then remove it.
import os

path = '/tmp/py2jit_bi_open_test.txt'


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


f = open(path, 'w')
print type(f).__name__, f.name, f.mode, f.closed
f.write('line one\n')
f.write('line two\n')
f.writelines(['three\n', 'four'])
f.close()
print f.closed
f = open(path)
print f.mode, repr(f.read())
f.close()
f = open(path, 'r')
print [line for line in f]
f.close()
f = open(path, 'a')
f.write('\nappended')
f.close()
f = open(path, 'rb')
data = f.read()
f.close()
print repr(data), len(data), data.count('\n')
f = open(path, 'r+')
f.seek(5)
f.write('ONE')
f.seek(0)
print repr(f.readline()), f.tell()
f.close()
with open(path, 'U') as g:
    print g.mode, len(g.readlines()), g.closed
print g.closed
with open(path, 'wb', 0) as g:
    g.write('unbuffered\r\nline\r\n')
with open(path, 'rU') as g:
    print repr(g.read()), repr(g.newlines)
with open(path, 'rb', 1) as g:
    print repr(g.read())
f = open(path, 'w+')
f.write('abc')
f.seek(0)
print repr(f.read()), f.tell()
f.close()
show('read closed', f.read)
show('write closed', f.write, 'x')
f = open(path, 'r')
show('write to r file', f.write, 'x')
f.close()
f = open(path, 'w')
show('read from w file', f.read)
f.close()
show('open missing', open, '/tmp/py2jit_no_such_dir/x.txt')
show('open bad mode', open, path, 'z')
show('open empty mode', open, path, '')
show('open(5)', open, 5)
show('open()', open)
show('open dir', open, '/tmp', 'w')
os.remove(path)
print os.path.exists(path)
show('open removed', open, path)
