# os and os.path: path manipulation, a temp directory tree (mkdir/listdir/rename/remove/rmdir), environ, sep, getpid type.
import os
import os.path


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.name, os.altsep, os.devnull
j = os.path.join
print j('a', 'b', 'c'), j('/abs', 'x'), j('a', '/abs', 'b'), j('a/', 'b'), j('', 'x'), j('a', ''), j('a')
print os.path.split('/usr/lib/file.txt'), os.path.split('file'), os.path.split('/'), os.path.split('a/b/'), os.path.split('')
print os.path.splitext('archive.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('noext'), os.path.splitext('a.b/c'), os.path.splitext('x.')
print os.path.basename('/a/b/c.py'), repr(os.path.basename('/a/b/')), os.path.dirname('/a/b/c.py'), repr(os.path.dirname('c.py')), os.path.dirname('/')
print os.path.normpath('a//b/./c/../d'), os.path.normpath('/../x'), os.path.normpath(''), os.path.normpath('a/..'), os.path.normpath('//a')
print os.path.isabs('/x'), os.path.isabs('x'), os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/lib2']), os.path.commonprefix([])
print os.path.abspath('/a/b/../c'), os.path.abspath('rel') == os.path.join(os.getcwd(), 'rel'), os.path.isabs(os.path.abspath('x'))
print os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.expanduser('no-tilde'), os.path.splitdrive('/x/y')
print os.path.exists('mod_os.py'), os.path.isfile('mod_os.py'), os.path.isdir('mod_os.py'), os.path.exists('/nonexistent/zz'), os.path.isdir('/')
base = '/tmp/py2jit_mod_os_dir'
if os.path.isdir(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
os.mkdir(base)
print os.path.isdir(base), os.listdir(base)
for name in ['b.txt', 'a.txt', 'c.dat']:
    f = open(os.path.join(base, name), 'w')
    f.write(name * 3)
    f.close()
os.mkdir(os.path.join(base, 'sub'))
print sorted(os.listdir(base)), os.path.getsize(os.path.join(base, 'a.txt')), os.path.isfile(os.path.join(base, 'sub'))
os.rename(os.path.join(base, 'a.txt'), os.path.join(base, 'z.txt'))
print sorted(os.listdir(base)), os.path.exists(os.path.join(base, 'a.txt'))
st = os.stat(os.path.join(base, 'z.txt'))
print st.st_size, type(st.st_mtime).__name__ in ('int', 'float'), os.access(base, os.R_OK)
walked = []
for root, dirs, files in os.walk(base):
    walked.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
print walked
show('mkdir existing', os.mkdir, base)
show('rmdir non-empty', os.rmdir, base)
show('remove missing', os.remove, os.path.join(base, 'missing'))
show('listdir missing', os.listdir, '/nonexistent/py2jit')
show('rename missing', os.rename, os.path.join(base, 'nope'), os.path.join(base, 'nope2'))
show('remove directory', os.remove, os.path.join(base, 'sub'))
os.rmdir(os.path.join(base, 'sub'))
for name in sorted(os.listdir(base)):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print os.path.exists(base), os.path.lexists(base), os.path.islink('/tmp'), os.path.normcase('A/b'), os.path.realpath('/tmp/../tmp') == os.path.realpath('/tmp')
os.environ['PY2JIT_TEST_VAR'] = 'hello env'
print os.path.expandvars('$PY2JIT_TEST_VAR/x ${PY2JIT_TEST_VAR} $PY2JIT_SURELY_UNSET'), type(os.path.getmtime('mod_os.py')).__name__
print os.environ.get('PY2JIT_TEST_VAR'), os.environ['PY2JIT_TEST_VAR'], os.getenv('PY2JIT_TEST_VAR'), 'PY2JIT_TEST_VAR' in os.environ
print os.environ.get('PY2JIT_SURELY_UNSET'), os.getenv('PY2JIT_SURELY_UNSET', 'dflt'), os.environ.get('PY2JIT_SURELY_UNSET', 0)
del os.environ['PY2JIT_TEST_VAR']
print 'PY2JIT_TEST_VAR' in os.environ
show('environ missing', os.environ.__getitem__, 'PY2JIT_SURELY_UNSET')
print type(os.getpid()).__name__, os.getpid() > 0, type(os.getcwd()).__name__, os.path.isdir(os.getcwd()), type(os.urandom(4)).__name__, len(os.urandom(4))
print os.path.join(*['p', 'q', 'r']).split(os.sep), os.error is OSError, issubclass(OSError, EnvironmentError)
