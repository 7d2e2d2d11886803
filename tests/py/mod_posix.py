# posix: argument conversion and OSError details (errno, filename), stat_result fields and float times, fd-level I/O, chmod/utime, symlinks, W* macros, pipes.
import posix
T = '/tmp/py2jit_mod_posix_%d_t' % posix.getpid()
L = T + 'l'
D = T + 'd'
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e, getattr(e, 'filename', 'nofn'), e.args
t(posix.stat, 5)
t(posix.stat, u'/nonexist')
t(posix.stat, '/nonexist')
t(posix.stat, 'a\x00b')
t(posix.listdir, 5)
t(posix.listdir, u'/tmp/nonexist')
t(posix.open, '/nonexist', 0)
t(posix.read, 999, 5)
t(posix.read, 0, -1)
t(posix.close, 999)
t(posix.write, 999, 'x')
t(posix.strerror, 2)
t(posix.strerror, 99999)
t(posix.urandom, -1)
t(posix.access, '/nonexist', 0)
t(posix.access, '/', 9)
t(posix.chdir, '/nonexist')
t(posix.lseek, 999, 0, 0)
t(posix.isatty, 999)
old = posix.umask(022); print posix.umask(old) == 022, posix.umask(old) == old
t(posix.stat_float_times)
t(posix.rename, 'a', 5)
t(posix.mkdir, '/tmp', 'x')
t(posix.WEXITSTATUS, 256)
t(posix.WIFEXITED, 256)
t(posix.WIFSIGNALED, 9)
t(posix.WIFSTOPPED, 0x137f)
t(posix.WSTOPSIG, 0x137f)
t(posix.putenv, 'A', 5)
t(posix.unsetenv, 5)
t(posix.readlink, '/nonexist')
t(posix.readlink, '/')
t(posix.symlink, '/a', '/')
t(posix.fstat, 999)
t(posix.getpid, 1)
t(posix.listdir)
print type(posix.environ), posix.error
print posix.stat.__doc__
s = posix.stat('/')
print len(s), s.n_sequence_fields, s.n_fields, s.n_unnamed_fields, type(s.st_mtime), type(s[8]), s.st_mtime == posix.stat('/').st_mtime
print type(s), type(s).__name__, type(s).__module__, type(s.__reduce__()[1][1]), sorted(s.__reduce__()[1][1])
print posix.stat_result((1,)*10)
print posix.stat_result((1,)*13).st_atime, posix.stat_result((1,)*13).st_rdev
t(posix.stat_result, (1,)*17)
t(posix.stat_result, (1,)*9)
print type(posix.times()), len(posix.times()), type(posix.uname()), len(posix.uname()), posix.uname()[0]
fd = posix.open(T, posix.O_CREAT | posix.O_RDWR | posix.O_TRUNC, 0644)
print posix.write(fd, 'hello world'), posix.lseek(fd, 0, 0), posix.read(fd, 5), posix.fstat(fd).st_size, posix.isatty(fd)
posix.close(fd)
posix.stat_float_times(False)
print type(posix.stat(T).st_mtime)
posix.stat_float_times(True)
posix.chmod(T, 0600)
print oct(posix.stat(T).st_mode & 0777)
posix.utime(T, (1000, 2000.5))
print posix.stat(T).st_mtime, posix.stat(T)[7]
posix.symlink(T, L)
print posix.readlink(L) == T, posix.readlink(unicode(L)) == T, posix.lstat(L).st_mode & 0170000 == 0120000
posix.unlink(L); posix.remove(T)
posix.mkdir(D); print posix.listdir(unicode(D)); posix.rmdir(D)
print type(posix.getcwdu()), posix.getcwd() == posix.getcwdu()
r, w = posix.pipe(); posix.write(w, 'ab'); print posix.read(r, 10); posix.close(r); posix.close(w)
print posix.getuid() == posix.geteuid(), type(posix.getppid())
v = posix.statvfs('/')
print type(v), v.n_fields, len(v), type(v.f_bsize), v[0] == v.f_bsize, type(posix.fstatvfs(0)).__name__
t(posix.statvfs, '/nonexist')
import os
t(os.fdopen, 999)
t(os.fdopen, 0, 'x')
t(os.fdopen, 'a')
fd = os.open('/tmp', os.O_RDONLY)
t(os.fdopen, fd)
os.close(fd)
r, w = os.pipe()
f = os.fdopen(w, 'w', 0)
print f.name, f.mode, repr(f)[:25]
f.write('hi'); f.close()
g = os.fdopen(r)
print g.read(), g.mode
g.close()
t(os.close, r)
