# print as a function via from __future__ import print_function: sep, end, file, and its errors.
from __future__ import print_function
import sys

print('hello', 'world')
print('a', 'b', 'c', sep='-')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='', end='!\n')
print()
print(1, 2.5, None, [1, 'two'], (3,), {'k': 'v'}, True, 2 ** 70, 1j)
print('to stdout', file=sys.stdout)
print('sep none', 'end none', sep=None, end=None)
print(*range(5), sep=', ')
print(*'abc')
print('multi\nline', 'arg')
print(u'unicode', u'caf\xe9'.encode('utf-8'))
print('tab\tsep', sep='\t')
print('a', 'b', sep=u'|')
print('end', end=u'\n')


class Writer(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
print('into', 'writer', file=w)
print('second', end='', file=w)
print(w.parts)
print(repr(print), type(print).__name__)
p = print
p('via alias', 42)
for i in range(3):
    print(i, end=' ')
print()
print(*[1, 2], **{'sep': '+', 'end': '=3\n'})


def show(label, f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, e)


show('sep=1', print, 'a', sep=1)
show('end=2', print, 'a', end=2)
show('file=5', print, 'a', file=5)
show('bogus kw', print, 'a', bogus=1)
show('file=None', print, 'printed to stdout when file is None', file=None)


class Str(object):
    def __str__(self):
        return 'custom __str__'


print(Str(), [Str().__str__()])
print('%s and %d' % ('fmt', 5), '{0}'.format('braces'))
sys.stdout.write('raw write\n')
print('last', sep='ignored', end='\n\n')
