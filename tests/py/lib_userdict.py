# UserDict (UserDict, IterableUserDict, DictMixin), UserList and UserString/MutableString: wrapper behaviour, comparisons, ABC registration.
from UserDict import UserDict, IterableUserDict, DictMixin
from UserList import UserList
from UserString import UserString, MutableString
import collections


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


d = UserDict({'a': 1}, b=2)
print d, len(d), d['a'], d.get('z', 0), 'b' in d, d.has_key('a'), sorted(d.keys()), sorted(d.items()), sorted(d.values())
d['c'] = 3
del d['a']
print sorted(d.data.items()), d.pop('c'), d.setdefault('e', 5), d.popitem() in [('b', 2), ('e', 5)], len(d)
print UserDict(dict={'k': 'v'}), UserDict(), UserDict([('x', 1)]), UserDict(UserDict(q=1)), UserDict.fromkeys('ab')
show('missing', d.__getitem__, 'nope')
show('two args', UserDict, {}, {})
show('no self', UserDict.__init__)
print cmp(UserDict(a=1), {'a': 1}), UserDict(a=1) == UserDict(a=1), UserDict(a=1) < UserDict(a=2), UserDict() == {}
show('hash', hash, UserDict())
show('iter', lambda: type(iter(UserDict())).__name__)


class Missing(UserDict):
    def __missing__(self, key):
        return 'missing:' + key


m = Missing()
print m['x'], m.get('x'), 'x' in m
c = m.copy()
print type(c).__name__, c, UserDict(a=[1]).copy()
it = IterableUserDict(a=1, b=2)
print sorted(it), sorted(iter(it)), isinstance(it, collections.MutableMapping), isinstance(UserDict(), collections.Mapping)


class Mixed(DictMixin):
    def __init__(self):
        self.store = {}

    def __getitem__(self, k):
        return self.store[k]

    def __setitem__(self, k, v):
        self.store[k] = v

    def __delitem__(self, k):
        del self.store[k]

    def keys(self):
        return sorted(self.store)


x = Mixed()
x.update({'b': 2}, a=1)
x.update([('c', 3)])
print x, len(x), list(x), x.items(), x.values(), x.get('q', 'dflt'), 'a' in x, x.has_key('zz'), x.setdefault('d', 4)
print x.pop('d'), x.pop('zz', 'default'), x.popitem(), cmp(x, {'b': 2, 'c': 3}), cmp(x, None), list(x.iterkeys()), list(x.itervalues())
show('pop 3 args', x.pop, 1, 2, 3)
show('pop missing', x.pop, 'zz')
x.clear()
show('popitem empty', x.popitem)
l = UserList([3, 1, 2])
l.append(5)
l.extend(UserList([0]))
l += [9]
l.insert(0, 7)
print l, len(l), l[0], l[1:3], type(l[1:3]).__name__, l.index(5), l.count(1), 5 in l, l.pop(), l.pop(0)
l.sort()
l.reverse()
l.remove(3)
print l, l + [1], [1] + l, l * 2, 2 * l, type(l + [1]).__name__, type([1] + l).__name__
l[0] = 'first'
del l[1]
l[1:2] = ['s1', 's2']
del l[:1]
print l, l == ['s1', 's2', 0], l != UserList(), l < [None], UserList('abc'), UserList(UserList([1]))
l *= 2
print l, isinstance(l, collections.MutableSequence), sorted(UserList([2, 1])), list(reversed(UserList([1, 2])))
show('hash list', hash, UserList())
show('remove missing', UserList().remove, 1)
s = UserString('Hello')
print s, repr(s), len(s), s[1], s[1:3], type(s[1:3]).__name__, s + '!', '>' + s, s * 2, s.upper(), s.lower(), s.find('l'), s.count('l')
print s.split('l'), s.replace('l', 'L'), s.startswith('He'), s.endswith('x'), s.center(9, '*'), s.zfill(7), s.strip('Ho'), s.title(), s.isalpha()
print UserString(5), UserString('%s-%d') % ('a', 1), int(UserString('42')), float(UserString('1.5')), hash(UserString('k')) == hash('k'), s == 'Hello', s < 'Z'
print 'ell' in s, s.partition('l'), s.rsplit('l', 1), s.encode('hex'), s.join(['a', 'b']), list(UserString('ab')), s.index('o'), s.ljust(7, '.') + '|'
ms = MutableString('abcdef')
ms[0] = 'A'
ms[1:3] = 'BC'
del ms[-1]
ms += 'xyz'
ms.insert(0, '>')
print ms, ms.immutable(), type(ms.immutable()).__name__, len(ms)
del ms[0:1]
print ms
show('ms hash', hash, ms)
show('ms bad index', ms.__setitem__, 100, 'x')
show('ms bad step', ms.__setitem__, slice(0, 4, 2), 'xy')
print isinstance(s, collections.Sequence), isinstance(ms, collections.MutableSequence)
