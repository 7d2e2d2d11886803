# errno: constants, errorcode mapping, os.strerror, and errno on real OSError/IOError exceptions.
import errno
import os

for name in ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENOTDIR',
             'EISDIR', 'EINVAL', 'ENOSPC', 'EPIPE', 'EDOM', 'ERANGE', 'ENOTEMPTY', 'ETIMEDOUT', 'ECONNREFUSED']:
    code = getattr(errno, name)
    print name, code, errno.errorcode[code], os.strerror(code)
print errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EWOULDBLOCK], len(errno.errorcode) > 100
print sorted(errno.errorcode.items())[:8]
print all(getattr(errno, v) == k for k, v in errno.errorcode.items())
try:
    open('/nonexistent/py2jit/file')
except IOError as e:
    print type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror, e.filename, e.args
try:
    os.listdir('/nonexistent/py2jit')
except OSError as e:
    print type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, str(e)
try:
    os.rmdir('/tmp/py2jit_errno_missing_dir')
except OSError as e:
    print e.errno == errno.ENOENT, e
try:
    open('/tmp', 'w')
except IOError as e:
    print e.errno == errno.EISDIR, e
e = OSError(errno.EEXIST, 'File exists', '/some/path')
print e.errno, e.strerror, e.filename, str(e), e.args
e2 = IOError(errno.EACCES, 'Permission denied')
print e2.errno, e2.strerror, e2.filename, str(e2)
e3 = EnvironmentError('just one')
print e3.errno, e3.strerror, str(e3), EnvironmentError(1, 2, 3, 4).errno
try:
    os.strerror('x')
except TypeError as ex:
    print 'TypeError', ex
print os.strerror(99999)
