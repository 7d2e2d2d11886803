"""Common operations on Posix pathnames.

Instead of importing this module directly, import os and refer to
this module as os.path.  The "os.path" name is an alias for this
module on Posix systems; on other systems (e.g. Mac, Windows),
os.path provides the same operations in a manner specific to that
platform, and is an alias to another module (e.g. macpath, ntpath).

Some of this can actually be useful on non-Posix systems too, e.g.
for manipulation of the pathname component of URLs.
"""

# Written for py2jit from the documented behaviour of CPython 2.7's
# posixpath (and the genericpath functions it re-exports).

import os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "walk", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = ':/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

# the file type bits of st_mode (see the stat module)
_S_IFMT = 0170000
_S_IFDIR = 0040000
_S_IFREG = 0100000
_S_IFLNK = 0120000


def _kind(mode):
    return mode & _S_IFMT


def _seps(path):
    """The separator, current and parent directory of path's string type."""
    if isinstance(path, unicode):
        return u'/', u'.', u'..'
    return '/', '.', '..'


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return s


def isabs(s):
    """Test whether a path is absolute"""
    return s.startswith('/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    path = a
    for part in p:
        if part.startswith('/'):
            path = part
        elif path == '' or path.endswith('/'):
            path += part
        else:
            path += '/' + part
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    cut = p.rfind('/') + 1
    head, tail = p[:cut], p[cut:]
    if head and head.strip('/'):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    last_sep = p.rfind('/')
    last_dot = p.rfind('.')
    if last_dot > last_sep:
        # a dot that only leads the final component does not start an
        # extension
        name = p[last_sep + 1:last_dot]
        if name.strip('.'):
            return p[:last_dot], p[last_dot:]
    return p, ''


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    return '', p


def basename(p):
    """Returns the final component of a pathname"""
    return p[p.rfind('/') + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    head = p[:p.rfind('/') + 1]
    if head and head.strip('/'):
        head = head.rstrip('/')
    return head


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    lo = min(m)
    hi = max(m)
    n = 0
    limit = min(len(lo), len(hi))
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    try:
        os.stat(path)
    except os.error:
        return False
    return True


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except os.error:
        return False
    return True


def isfile(path):
    """Test whether a path is a regular file"""
    try:
        st = os.stat(path)
    except os.error:
        return False
    return _kind(st.st_mode) == _S_IFREG


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = os.stat(s)
    except os.error:
        return False
    return _kind(st.st_mode) == _S_IFDIR


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = os.lstat(path)
    except (os.error, AttributeError):
        return False
    return _kind(st.st_mode) == _S_IFLNK


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file"""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    """Test whether a path is a mount point"""
    if islink(path):
        return False
    try:
        here = os.lstat(path)
        up = os.lstat(join(path, '..'))
    except os.error:
        return False
    if here.st_dev != up.st_dev:
        return True
    return here.st_ino == up.st_ino


def walk(top, func, arg):
    """Directory tree walk with callback function.

    For each directory in the directory tree rooted at top (including top
    itself, but excluding '.' and '..'), call func(arg, dirname, fnames).
    dirname is the name of the directory, and fnames a list of the names of
    the files and subdirectories in dirname (excluding '.' and '..').  func
    may modify the fnames list in-place (e.g. via del or slice assignment),
    and walk will only recurse into the subdirectories whose names remain in
    fnames; this can be used to implement a filter, or to impose a specific
    order of visiting.  No semantics are defined for, or required of, arg,
    beyond that arg is always passed to func.  It can be used, e.g., to pass
    a filename pattern, or a mutable object designed to accumulate
    statistics.  Passing None for arg is common."""
    try:
        names = os.listdir(top)
    except os.error:
        return
    func(arg, top, names)
    for name in names:
        name = join(top, name)
        try:
            st = os.lstat(name)
        except os.error:
            continue
        if _kind(st.st_mode) == _S_IFDIR:
            walk(name, func, arg)


def _home_of(user):
    """The home directory of user (None: the current one) from the
    password database, or None."""
    if user is None:
        uid = os.getuid()
    try:
        f = open('/etc/passwd')
    except IOError:
        return None
    try:
        for line in f:
            fields = line.rstrip('\n').split(':')
            if len(fields) < 7:
                continue
            if user is None:
                try:
                    if int(fields[2]) != uid:
                        continue
                except ValueError:
                    continue
            elif fields[0] != user:
                continue
            return fields[5]
    finally:
        f.close()
    return None


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    if not path.startswith('~'):
        return path
    end = path.find('/', 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            home = _home_of(None)
            if home is None:
                return path
    else:
        home = _home_of(path[1:end])
        if home is None:
            return path
    home = home.rstrip('/')
    return (home + path[end:]) or '/'


def _is_word_char(c):
    return c.isalnum() or c == '_'


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    if '$' not in path:
        return path
    i = 0
    while True:
        start = path.find('$', i)
        if start < 0:
            break
        pos = start + 1
        if pos < len(path) and path[pos] == '{':
            close = path.find('}', pos)
            if close < 0:
                # no closing brace: not a reference here
                i = start + 1
                continue
            name = path[pos + 1:close]
            end = close + 1
        else:
            end = pos
            while end < len(path) and _is_word_char(path[end]) and ord(path[end]) < 128:
                end += 1
            if end == pos:
                i = start + 1
                continue
            name = path[pos:end]
        if name in os.environ:
            tail = path[end:]
            path = path[:start] + os.environ[name]
            i = len(path)
            path += tail
        else:
            i = end
    return path


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    slash, dot, dotdot = _seps(path)
    if path == '':
        return dot
    lead = 0
    if path.startswith('/'):
        # POSIX keeps exactly two leading slashes, but not one or three+
        lead = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for comp in path.split('/'):
        if comp == '' or comp == '.':
            continue
        if comp != '..':
            parts.append(comp)
        elif parts and parts[-1] != '..':
            parts.pop()
        elif not lead:
            parts.append(comp)
    path = slash.join(parts)
    if lead:
        path = slash * lead + path
    return path or dot


def abspath(path):
    """Return an absolute path."""
    if not isabs(path):
        if isinstance(path, unicode):
            cwd = os.getcwdu()
        else:
            cwd = os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    path, _ = _resolve('', filename, {})
    return abspath(path)


def _resolve(path, rest, seen):
    """Joins rest to the resolved path, resolving symbolic links; seen maps
    links being resolved (None) or resolved to their results. Returns
    (path, ok); ok is False when a link loop was found."""
    if isabs(rest):
        rest = rest[1:]
        path = '/'
    while rest:
        name, _, rest = rest.partition('/')
        if not name or name == '.':
            continue
        if name == '..':
            if path:
                head, tail = split(path)
                if tail == '..':
                    path = join(path, '..')
                else:
                    path = head
            else:
                path = '..'
            continue
        candidate = join(path, name)
        if not islink(candidate):
            path = candidate
            continue
        if candidate in seen:
            known = seen[candidate]
            if known is not None:
                path = known
                continue
            # a loop: give up resolving, keep the rest as it is
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(path, os.readlink(candidate), seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def relpath(path, start=curdir):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    here = [x for x in abspath(start).split('/') if x]
    there = [x for x in abspath(path).split('/') if x]
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    parts = [pardir] * (len(here) - common) + there[common:]
    if not parts:
        return curdir
    return join(*parts)
