# Python 2 cross-type ordering: None < numbers < other types ordered by type name.

class A(object):
    def __repr__(self):
        return 'A()'


class Old:
    def __repr__(self):
        return 'Old()'


print None < 0, None < -10 ** 100, None < '', None < (), 0 < '', 1 < [], [] < '', '' < (), () < u''
print 1 < 'a', 'a' < [1], [1] < (1,), {} < [], {} < 'a', 1.5 < 'x', 2 ** 70 < 'x', 10 ** 100 < []
print 'str' < u'unicode', [] < u'', u'' < (), None > None, None == None, None <= None
print sorted([3, 'b', None, 2.5, [1], (1,), 'a', {}, 1L, u'z', True, -1, {1: 2}, [0], (0,)])
print sorted(['10', 9, '9', 10, None, [], (), 8.5])
print max([1, 'a', None, []]), min([1, 'a', None, []]), max(1, '1'), min((), [])
print cmp(None, 1), cmp(1, None), cmp('a', 1), cmp([], ()), cmp((), []), cmp(1, 1.0), cmp({}, [])
print sorted([3, A(), 1, 'x'], key=lambda v: (type(v).__name__, v if not isinstance(v, A) else 0))
print 1 < 1j if False else 'skip complex', (1, 'a') < (1, 2), [None, 1] < [None, 'a'], (None,) < (0,)
print sorted([(1, 'b'), (1, 2), (0, 'z'), (1, None), (1, (1,))])
print sorted([[1, 2], [1], [1, 'x'], [], [0, 9]])
print set([1, 'a']) < set([1, 'a', None]), set([1]) < [1] if False else 'skip'
print sorted([1, 1.0, 1L, True]), sorted([True, 1, False, 0, 0.5])
print sorted([u'b', 'a', u'c', 'B']), 'a' < u'b', u'a' < 'b'
print sorted([Old(), 1, 'x'], key=lambda v: isinstance(v, str)) [-1]
print [x for x in sorted([4, 'four', 4.0, None, (4,), [4]], key=repr)]
print sorted([{}, {1: 1}, {0: 5}, {1: 0}]), {1: 2} < {1: 3}, {1: 2} < {0: 0, 1: 1}
