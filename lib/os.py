r"""OS routines for NT or Posix depending on what system we're on.

This exports:
  - all functions from posix, nt, os2, or ce, e.g. unlink, stat, etc.
  - os.path is one of the modules posixpath, or ntpath
  - os.name is 'posix', 'nt', 'os2', 'ce' or 'riscos'
  - os.curdir is a string representing the current directory ('.' or ':')
  - os.pardir is a string representing the parent directory ('..' or '::')
  - os.sep is the (or a most common) pathname separator ('/' or ':' or '\\')
  - os.extsep is the extension separator ('.' or '/')
  - os.altsep is the alternate pathname separator (None or '/')
  - os.pathsep is the component separator used in $PATH etc
  - os.linesep is the line separator in text files ('\r' or '\n' or '\r\n')
  - os.defpath is the default search path for executables
  - os.devnull is the file path of the null device ('/dev/null', etc.)

Programs that import and use 'os' stand a better chance of being
portable between different platforms.  Of course, they must then
only use functions that are defined by all platforms (e.g., unlink
and opendir), and leave all pathname manipulation to os.path
(e.g., split and join).
"""

# Written for py2jit from the documented behaviour of CPython 2.7's os
# module, on top of the native posix module.

import sys
try:
    import errno
except ImportError:
    pass
import UserDict

from posix import *
from posix import _exit
import posix as _posix
import posixpath as path

name = 'posix'
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError

sys.modules['os.path'] = path


__all__ = ["altsep", "curdir", "pardir", "sep", "extsep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END"]
__all__.extend(n for n in dir(_posix) if not n.startswith('_'))
del _posix


def makedirs(name, mode=0777):
    """makedirs(path [, mode=0777])

    Super-mkdir; create a leaf directory and all intermediate ones.
    Works like mkdir, except that any intermediate path segment (not
    just the rightmost) will be created if it does not exist.  This is
    recursive.

    """
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, mode)
        except OSError as e:
            # a concurrent creation of the parent is fine (EEXIST)
            if e.errno != 17:
                raise
        if leaf == curdir:
            return
    mkdir(name, mode)


def removedirs(name):
    """removedirs(path)

    Super-rmdir; remove a leaf directory and all empty intermediate
    ones.  Works like rmdir except that, if the leaf directory is
    successfully removed, directories corresponding to rightmost path
    segments will be pruned away until either the whole path is
    consumed or an error occurs.  Errors during this latter phase are
    ignored -- they generally mean that a directory was not empty.

    """
    rmdir(name)
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    while parent and leaf:
        try:
            rmdir(parent)
        except error:
            return
        parent, leaf = path.split(parent)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty.  Works like rename, except creation of any intermediate
    directories needed to make the new pathname good is attempted
    first.  After the rename, directories corresponding to rightmost
    path segments of the old name will be pruned until either the
    whole path is consumed or a nonempty directory is found.

    Note: this function can fail with the new directory structure made
    if you lack permissions needed to unlink the leaf directory or
    file.

    """
    parent, leaf = path.split(new)
    if parent and leaf and not path.exists(parent):
        makedirs(parent)
    rename(old, new)
    parent, leaf = path.split(old)
    if parent and leaf:
        try:
            removedirs(parent)
        except error:
            pass


__all__.extend(["makedirs", "removedirs", "renames"])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator.

    For each directory in the directory tree rooted at top (including top
    itself, but excluding '.' and '..'), yields a 3-tuple

        dirpath, dirnames, filenames

    dirpath is a string, the path to the directory.  dirnames is a list of
    the names of the subdirectories in dirpath (excluding '.' and '..').
    filenames is a list of the names of the non-directory files in dirpath.
    Note that the names in the lists are just names, with no path components.
    To get a full path (which begins with top) to a file or directory in
    dirpath, do os.path.join(dirpath, name).

    If optional arg 'topdown' is true or not specified, the triple for a
    directory is generated before the triples for any of its subdirectories
    (directories are generated top down).  If topdown is false, the triple
    for a directory is generated after the triples for all of its
    subdirectories (directories are generated bottom up).

    When topdown is true, the caller can modify the dirnames list in-place
    (e.g., via del or slice assignment), and walk will only recurse into the
    subdirectories whose names remain in dirnames; this can be used to prune the
    search, or to impose a specific order of visiting.  Modifying dirnames when
    topdown is false is ineffective, since the directories in dirnames have
    already been generated by the time dirnames itself is generated. No matter
    the value of topdown, the list of subdirectories is retrieved before the
    tuples for the directory and its subdirectories are generated.

    By default errors from the os.listdir() call are ignored.  If
    optional arg 'onerror' is specified, it should be a function; it
    will be called with one argument, an os.error instance.  It can
    report the error to continue with the walk, or raise the exception
    to abort the walk.  Note that the filename is available as the
    filename attribute of the exception object.

    By default, os.walk does not follow symbolic links to subdirectories on
    systems that support them.  In order to get this functionality, set the
    optional argument 'followlinks' to true.

    Caution:  if you pass a relative pathname for top, don't change the
    current working directory between resumptions of walk.  walk never
    changes the current directory, and assumes that the client doesn't
    either.

    Example:

    import os
    from os.path import join, getsize
    for root, dirs, files in os.walk('python/Lib/email'):
        print root, "consumes",
        print sum([getsize(join(root, name)) for name in files]),
        print "bytes in", len(files), "non-directory files"
        if 'CVS' in dirs:
            dirs.remove('CVS')  # don't visit CVS directories

    """
    try:
        names = listdir(top)
    except error as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    files = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            files.append(entry)
    if topdown:
        yield top, dirs, files
    for entry in dirs:
        sub = path.join(top, entry)
        if followlinks or not path.islink(sub):
            for triple in walk(sub, topdown, onerror, followlinks):
                yield triple
    if not topdown:
        yield top, dirs, files


__all__.append("walk")


class _Environ(UserDict.IterableUserDict):
    """The process environment as a mapping: changes are passed on to
    putenv and unsetenv, so child processes see them."""

    def __init__(self, environ):
        UserDict.UserDict.__init__(self)
        self.data = environ

    def __setitem__(self, key, item):
        putenv(key, item)
        self.data[key] = item

    def update(self, dict=None, **kwargs):
        if dict:
            try:
                keys = dict.keys()
            except AttributeError:
                # a sequence of pairs
                for k, v in dict:
                    self[k] = v
            else:
                for k in keys:
                    self[k] = dict[k]
        if kwargs:
            self.update(kwargs)

    def __delitem__(self, key):
        unsetenv(key)
        del self.data[key]

    def clear(self):
        for key in self.data.keys():
            unsetenv(key)
            del self.data[key]

    def pop(self, key, *args):
        unsetenv(key)
        return self.data.pop(key, *args)

    def copy(self):
        return dict(self)


environ = _Environ(environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default."""
    return environ.get(key, default)


__all__.append("getenv")


def execl(file, *args):
    """execl(file, *args)

    Execute the executable file with argument list args, replacing the
    current process. """
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env)

    Execute the executable file with argument list args and
    environment env, replacing the current process. """
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    """execlp(file, *args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process. """
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the current
    process. """
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """execvp(file, args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env , replacing the
    current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args, env)


__all__.extend(["execl", "execle", "execlp", "execlpe", "execvp", "execvpe"])


def _execvpe(file, args, env=None):
    """Runs file, looked up along $PATH when it names no directory. The
    error reported is the first one other than a missing file, else the
    last one."""
    if env is None:
        run = lambda name: execv(name, args)
        env = environ
    else:
        run = lambda name: execve(name, args, env)
    if path.dirname(file):
        run(file)
        return
    if 'PATH' in env:
        search = env['PATH']
    else:
        search = defpath
    first = None
    last = None
    for entry in search.split(pathsep):
        try:
            run(path.join(entry, file))
        except error as e:
            tb = sys.exc_info()[2]
            last = (e, tb)
            if first is None and e.errno not in (2, 20):  # ENOENT, ENOTDIR
                first = (e, tb)
    e, tb = first or last
    raise error, e, tb


P_WAIT = 0
P_NOWAIT = P_NOWAITO = 1


def _spawnvef(mode, file, args, env, run):
    pid = fork()
    if not pid:
        # the child: never return into the caller's code
        try:
            if env is None:
                run(file, args)
            else:
                run(file, args, env)
        except:
            _exit(127)
    if mode == P_NOWAIT:
        return pid
    while True:
        _, status = waitpid(pid, 0)
        if WIFSTOPPED(status):
            continue
        if WIFSIGNALED(status):
            return -WTERMSIG(status)
        if WIFEXITED(status):
            return WEXITSTATUS(status)
        raise error("Not stopped, signaled or exited???")


def spawnv(mode, file, args):
    """spawnv(mode, file, args) -> integer

Execute file with arguments from args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, None, execv)


def spawnve(mode, file, args, env):
    """spawnve(mode, file, args, env) -> integer

Execute file with arguments from args in a subprocess with the
specified environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, env, execve)


def spawnvp(mode, file, args):
    """spawnvp(mode, file, args) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, None, execvp)


def spawnvpe(mode, file, args, env):
    """spawnvpe(mode, file, args, env) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return _spawnvef(mode, file, args, env, execvpe)


def spawnl(mode, file, *args):
    """spawnl(mode, file, *args) -> integer

Execute file with arguments from args in a subprocess.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    """spawnle(mode, file, *args, env) -> integer

Execute file with arguments from args in a subprocess with the
supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    """spawnlp(mode, file, *args) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    """spawnlpe(mode, file, *args, env) -> integer

Execute file (which is looked for along $PATH) with arguments from
args in a subprocess with the supplied environment.
If mode == P_NOWAIT return the pid of the process.
If mode == P_WAIT return the process's exit code if it exits normally;
otherwise return -SIG, where SIG is the signal that killed it. """
    return spawnvpe(mode, file, args[:-1], args[-1])


__all__.extend(["spawnv", "spawnve", "spawnvp", "spawnvpe",
                "spawnl", "spawnle", "spawnlp", "spawnlpe"])


# stat_result and statvfs_result pickle through constructor functions of
# this module (so pickles name os, not posix)
import copy_reg as _copy_reg


def _make_stat_result(tup, dict):
    return stat_result(tup, dict)


def _pickle_stat_result(sr):
    (type, args) = sr.__reduce__()
    return (_make_stat_result, args)


try:
    _copy_reg.pickle(stat_result, _pickle_stat_result, _make_stat_result)
except NameError:
    pass


def _make_statvfs_result(tup, dict):
    return statvfs_result(tup, dict)


def _pickle_statvfs_result(sr):
    (type, args) = sr.__reduce__()
    return (_make_statvfs_result, args)


try:
    _copy_reg.pickle(statvfs_result, _pickle_statvfs_result,
                     _make_statvfs_result)
except NameError:
    pass
