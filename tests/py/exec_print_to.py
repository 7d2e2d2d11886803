# print >> to sys.stdout, sys.stderr, None, and custom file-like objects; softspace on them.
import sys


class Collector(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
print >>c, 'hello', 'world'
print >>c, 1, 2,
print >>c, 3
print >>c
print >>c, 'tab\t',
print >>c, 'after'
print c.parts, c.softspace
print >>sys.stdout, 'to stdout', 42
print >>None, 'to None goes to stdout'
print >>sys.stderr, 'to stderr', [1, 2]
print >>sys.stderr, 'stderr trailing comma',
print >>sys.stderr, 'continues'
sys.stderr.write('direct stderr write\n')
sys.stdout.write('direct stdout write\n')
sys.stdout.write('no newline ')
print 'then print'
saved = sys.stdout
capture = Collector()
sys.stdout = capture
print 'captured', 1
print 'line two',
sys.stdout = saved
print 'restored', capture.parts
try:
    print >>42, 'x'
except AttributeError, e:
    print 'AttributeError:', e


class NoSoftspace(object):
    __slots__ = ('data',)

    def __init__(self):
        self.data = []

    def write(self, s):
        self.data.append(s)


n = NoSoftspace()
try:
    print >>n, 'a',
    print >>n, 'b'
    print 'NoSoftspace ok', n.data
except AttributeError, e:
    print 'AttributeError:', e, n.data


class Upper(object):
    softspace = 0

    def write(self, s):
        sys.stdout.write(s.upper())


u = Upper()
print >>u, 'shout', 'this'
print >>u, 'x',
print 'plain stdout between'
print >>u, 'y'
sys.stdout.write('%s %s\n' % (sys.stdout.softspace, u.softspace))
print >>sys.stdout, 'done'
