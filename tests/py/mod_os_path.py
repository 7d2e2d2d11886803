# os and os.path in depth: normpath/split/splitext corner cases, join, commonprefix, relpath, expandvars/expanduser, realpath through symlinks, walk (topdown, followlinks, onerror), makedirs/renames/removedirs, the environ mapping, spawn-free system().
import os, os.path, sys
P = os.path
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
for p in ['', '/', '//', '///', 'a', 'a/', 'a//b', '/a/b/', '//a//b', 'a/./b/../../..', '../x', '/..', 'a/b/../../../c', u'uni/./x/..', '.', './', '~', u'']:
    print repr(p), P.normpath(p), P.split(p), P.splitext(p), P.basename(p), P.dirname(p), P.isabs(p), P.splitdrive(p)
for p in ['a.b.c', '.x.y', '..', '...', 'a/.b', 'a.b/.c.d', u'x.y', 'a/b.']:
    print repr(p), P.splitext(p)
print P.join('a', ''), P.join('', ''), P.join('/', 'a'), P.join(u'a', 'b'), P.join('a', '/'), P.join('a/', '/b/', 'c')
t(P.join)
print P.commonprefix(['abc', 'abd', 'ab']), P.commonprefix(['x']), P.commonprefix([[1, 2], [1, 3]])
print P.relpath('/a/b', '/a/b'), P.relpath('a/b', 'a'), P.relpath('/x', '/y/z')
t(P.relpath, '')
os.environ['PJ_A'] = 'aval'
for s in ['$PJ_A', '${PJ_A}', '$PJ_A$PJ_A', 'x$', '${', '${PJ_A', '$${PJ_A}}', '$PJ_Ab', '${}', '$9', u'$PJ_A/u', '$PJ_Z ${PJ_Z} $PJ_A']:
    print repr(s), repr(P.expandvars(s))
print P.expanduser('~/x') == P.expanduser('~') + '/x', P.expanduser('~nosuchuserzz/x'), P.expanduser('x~'), P.expanduser('~/') == P.expanduser('~').rstrip('/') + '/'
print P.exists('/tmp'), P.isdir('/tmp'), P.isfile('/tmp'), P.islink('/nonexist'), P.lexists('/'), P.ismount('/')
print P.realpath('/tmp/./x/../'), P.abspath(u'x') == P.join(os.getcwdu(), u'x'), type(P.abspath(u'x'))
base = '/tmp/py2jit_mod_os_path_%d' % os.getpid()
if P.exists(base):
    for r, ds, fs in os.walk(base, topdown=False):
        for f in fs: os.remove(P.join(r, f))
        for d in ds:
            if P.islink(P.join(r, d)): os.remove(P.join(r, d))
            else: os.rmdir(P.join(r, d))
    os.rmdir(base)
os.makedirs(base + '/a/b/c')
try:
    os.makedirs(base + '/a/b/c')
except OSError as e:
    print 'makedirs existing', e.errno, e.strerror
open(base + '/a/f.txt', 'w').close()
os.symlink(base + '/a', base + '/link')
print sorted(os.listdir(base)), P.islink(base + '/link'), P.realpath(base + '/link/b') == base + '/a/b'
print [(P.relpath(r, base), sorted(d), sorted(f)) for r, d, f in os.walk(base)]
print [(P.relpath(r, base), sorted(d), sorted(f)) for r, d, f in os.walk(base, topdown=False)]
print sorted(P.relpath(r, base) for r, d, f in os.walk(base, followlinks=True))
errs = []
print list(os.walk('/nonexist/zz', onerror=errs.append)), [e.filename for e in errs]
os.renames(base + '/a/f.txt', base + '/n/m/g.txt')
print P.exists(base + '/n/m/g.txt')
os.remove(base + '/n/m/g.txt')
os.removedirs(base + '/n/m')
print P.exists(base + '/n')
os.remove(base + '/link')
os.removedirs(base + '/a/b/c')
print P.exists(base)
print os.getenv('PJ_A'), os.getenv('NOPE_ZZ'), 'PJ_A' in os.environ, os.environ.has_key('PJ_A')
os.environ.update({'PJ_B': '1'}, PJ_C='2')
print os.environ['PJ_B'], os.environ['PJ_C'], os.environ.setdefault('PJ_D', 'd'), os.environ.pop('PJ_D'), os.environ.get('PJ_D', 'gone')
print type(os.environ.copy()), isinstance(os.environ.keys(), list)

sys.stdout.flush()
print os.system('echo "$PJ_C from child"')
print os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.defpath, os.path is P, sys.modules['os.path'] is P, os.name
print type(os.path.getatime('/')), type(os.path.getctime('/'))
print 'walk' in os.__all__, 'makedirs' in os.__all__, 'stat' in os.__all__, 'path' in os.__all__, '_exit' in os.__all__
print P.samefile('/tmp', '/tmp/.'), P.__all__[:3]
print os.error, os.curdir, os.stat_result, os.environ.get('PJ_A')
