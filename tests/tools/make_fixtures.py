# -*- coding: utf-8 -*-
"""Make the CPython 2.7 reference fixtures for the differential test corpus.

Run through tests/regen-fixtures (it finds a Python 2.7 interpreter), or as

    python2.7 tests/tools/make_fixtures.py [NAME ...]

A *program* is tests/py/NAME.py where NAME does not start with '_'.  Files
and directories whose name starts with '_' are helper modules and packages
that programs import; they are compiled but not run.

With the working directory set to tests/py, this script

  1. compiles every .py under tests/py (programs and helpers, recursively)
     to PATH.pyc, with the path relative to tests/py (e.g. 'NAME.py' or
     '_pkg/sub.py') as the code objects' co_filename, and with the source
     mtime pinned to a fixed time so regenerating does not churn git;
  2. for each selected program (all by default), runs `python2.7 NAME.pyc`
     twice, with stdin from /dev/null, PYTHON* variables removed from the
     environment and PYTHONDONTWRITEBYTECODE=1, and fails if the two runs
     differ in any way; then writes
        NAME.out   everything written to stdout (always written, may be empty)
        NAME.err   everything written to stderr (only if non-empty)
        NAME.code  the exit status as decimal digits and a newline (only if
                   the exit status is not 0)
     removing a stale NAME.err / NAME.code when the run no longer makes one;
  3. writes NAME.dis, the output of `python2.7 ../tools/dis_reference.py
     NAME.pyc` (what `py2jit --dis NAME.pyc` must print).

When run without names it also deletes fixtures (.pyc .out .err .code .dis)
in tests/py whose NAME.py no longer exists.
"""
import os
import py_compile
import subprocess
import sys
import threading
import time

FIXED_MTIME = 1500000000
TIMEOUT = 20.0
SLOW = 0.2

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
PYDIR = os.path.join(TESTS, 'py')
DIS = os.path.join(HERE, 'dis_reference.py')
FIXTURE_EXTS = ('.pyc', '.out', '.err', '.code', '.dis')


def die(msg):
    sys.stderr.write('make_fixtures: %s\n' % msg)
    sys.exit(1)


def all_sources():
    """Every .py under tests/py, as paths relative to tests/py ('/' separated)."""
    found = []
    for dirpath, dirnames, filenames in os.walk('.'):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith('.py'):
                rel = os.path.relpath(os.path.join(dirpath, name), '.')
                found.append(rel.replace(os.sep, '/'))
    return found


def programs():
    return sorted(name[:-3] for name in os.listdir('.')
                  if name.endswith('.py') and not name.startswith('_')
                  and os.path.isfile(name))


def compile_all():
    for rel in all_sources():
        os.utime(rel, (FIXED_MTIME, FIXED_MTIME))
        try:
            py_compile.compile(rel, cfile=rel + 'c', dfile=rel, doraise=True)
        except py_compile.PyCompileError, e:
            die('cannot compile %s:\n%s' % (rel, e.msg))


def child_env():
    env = dict((k, v) for k, v in os.environ.items() if not k.startswith('PYTHON'))
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    return env


def run(argv):
    """Run argv in tests/py; return (stdout, stderr, exit status, seconds)."""
    devnull = open(os.devnull, 'rb')
    try:
        start = time.time()
        proc = subprocess.Popen(argv, stdin=devnull, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=child_env(),
                                close_fds=True)
        timer = threading.Timer(TIMEOUT, proc.kill)
        timer.start()
        try:
            out, err = proc.communicate()
        finally:
            timer.cancel()
        elapsed = time.time() - start
    finally:
        devnull.close()
    code = proc.returncode
    if code < 0:
        die('%s was killed by signal %d (timeout %ds?)' % (' '.join(argv), -code, TIMEOUT))
    return out, err, code, elapsed


def write(path, data):
    if os.path.exists(path):
        with open(path, 'rb') as f:
            if f.read() == data:
                return
    with open(path, 'wb') as f:
        f.write(data)


def remove(path):
    if os.path.exists(path):
        os.remove(path)


def make(name, py):
    first = run([py, name + '.pyc'])
    second = run([py, name + '.pyc'])
    if first[:3] != second[:3]:
        for label, a, b in zip(('stdout', 'stderr', 'exit status'), first[:3], second[:3]):
            if a != b:
                sys.stderr.write('--- %s, run 1 ---\n%s\n--- %s, run 2 ---\n%s\n'
                                 % (label, a, label, b))
        die('%s.py is not deterministic: two runs differ' % name)
    out, err, code, elapsed = first
    write(name + '.out', out)
    if err:
        write(name + '.err', err)
    else:
        remove(name + '.err')
    if code != 0:
        write(name + '.code', '%d\n' % code)
    else:
        remove(name + '.code')

    dis_out, dis_err, dis_code, _ = run([py, DIS, name + '.pyc'])
    if dis_code != 0 or dis_err:
        die('dis_reference.py failed on %s.pyc:\n%s' % (name, dis_err))
    write(name + '.dis', dis_out)

    notes = []
    if code != 0:
        notes.append('exit %d' % code)
    if err:
        notes.append('stderr %d bytes' % len(err))
    if max(elapsed, second[3]) > SLOW:
        notes.append('SLOW %.2fs' % max(elapsed, second[3]))
    print '%-28s %6d bytes%s' % (name, len(out), notes and '  (' + ', '.join(notes) + ')' or '')


def remove_orphans(names):
    keep = set(names)
    for entry in sorted(os.listdir('.')):
        stem, ext = os.path.splitext(entry)
        if ext not in FIXTURE_EXTS or not os.path.isfile(entry):
            continue
        if ext == '.pyc' and os.path.exists(stem + '.py'):
            continue
        if ext != '.pyc' and stem in keep:
            continue
        print 'removing stale %s' % entry
        os.remove(entry)


def main(args):
    if sys.version_info[:2] != (2, 7):
        die('needs Python 2.7, this is %s' % sys.version.split()[0])
    py = sys.executable
    if not py:
        die('cannot tell which interpreter this is (sys.executable is empty)')
    os.chdir(PYDIR)
    names = programs()
    if args:
        wanted = []
        for arg in args:
            arg = os.path.basename(arg)
            if arg.endswith('.py'):
                arg = arg[:-3]
            if arg not in names:
                die('no program tests/py/%s.py' % arg)
            wanted.append(arg)
    else:
        wanted = names
    compile_all()
    if not args:
        remove_orphans(names)
    for name in wanted:
        make(name, py)
    print '%d program(s) done with %s' % (len(wanted), py)


if __name__ == '__main__':
    main(sys.argv[1:])
