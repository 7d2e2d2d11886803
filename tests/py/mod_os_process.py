# os process functions: fork/_exit/waitpid, exec* errors and PATH search, spawn* in P_WAIT mode, exit statuses.
import posix, os
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
t(posix.execv, '/bin/true', 5)
t(posix.execv, '/bin/true', [])
t(posix.execv, '/nonexist', ['x'])
t(posix.execve, '/bin/true', ['x'], 5)
t(posix.execv, '/bin/true', [5])
t(posix.waitpid, -1, 0)
t(posix.wait)
t(posix.nice, 0)
t(posix.ttyname, 999)
t(posix.ctermid)
t(posix.major, 0x1234)
t(posix.minor, 0x1234)
t(posix.makedev, 1, 2)
t(posix.chown, '/nonexist', 0, 0)
t(posix.mkfifo, '/nonexist/x')
t(os.execvp, 'nonexist_cmd_zz', ['a'])
t(os.execvpe, 'nonexist_cmd_zz', ['a'], {'PATH': '/nonexist'})
pid = os.fork()
if pid == 0:
    os._exit(3)
print os.waitpid(pid, 0)[1] >> 8
print os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 5'])
print os.spawnlp(os.P_WAIT, 'true', 'true')
print os.spawnlpe(os.P_WAIT, 'sh', 'sh', '-c', 'exit $X', {'X': '7', 'PATH': '/bin:/usr/bin'})
print os.spawnl(os.P_WAIT, '/nonexist', 'x')
print os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO
import sys
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execl('/bin/echo', 'echo', 'from exec')
os.waitpid(pid, 0)
