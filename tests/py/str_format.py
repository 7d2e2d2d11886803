# str.format: positional, named, attributes, indexes, conversions, format specs.

print '{} {} {}'.format(1, 'two', 3.0)
print '{0} {1} {0}'.format('a', 'b'), '{1}{0}'.format(1, 2)
print '{name} is {age}'.format(name='Bob', age=42), '{0[0]} {0[1]}'.format(['x', 'y'])
print '{0[key]} {1.real} {1.imag}'.format({'key': 'val'}, 3 + 4j)
print '{0!r} {0!s} {1!r}'.format('str', u'uni')
print '{{literal}} {0}'.format('x'), '{:}'.format(5), '{0:}'.format('e')
for spec in ['', '10', '<10', '>10', '^10', '*^10', '.2', '10.3']:
    print repr(('{0:%s}' % spec).format('hello'))
for spec in ['', 'd', '5d', '<5d', '^5d', '05d', '+d', ' d', 'x', 'X', '#x', 'o', '#o', 'b', '#b', ',', 'c', 'n', '=+8d', '08,d']:
    print spec, repr(('{0:%s}' % spec).format(1234 if spec not in ('c',) else 65)), repr(('{0:%s}' % spec).format(-42 if spec != 'c' else 97))
for spec in ['', 'f', '.2f', '10.3f', 'e', '.3e', 'g', '.3g', '%', '.1%', '+.1f', '010.2f', 'E', 'G', ',.2f', '^12.4f', 'n']:
    print spec, repr(('{0:%s}' % spec).format(12345.6789)), repr(('{0:%s}' % spec).format(-0.000123))
print '{0:{1}}'.format('nested', 10) + '|', '{0:{fill}{align}{width}}'.format('x', fill='-', align='^', width=7)
print '{:>{}}'.format('r', 4), '{:.{}f}'.format(3.14159, 2)
print '{0.__class__.__name__} {0.real}'.format(5), '{a[1][0]}'.format(a=[[0], ['deep']])
print format(3.5, '.1f'), format(255, 'x'), format('s', '>3'), format(12), format(2 ** 70, ','), format(True), format(None)
print '{0}'.format([1, 'a']), '{0}'.format((1,)), '{0}'.format({'a': 1}), '{0}'.format(None), '{}'.format(1.5)
print u'{0} {1}'.format(u'\xe9', 'b') == u'\xe9 b', type(u'{}'.format('x')).__name__
for fmt, a, k in [('{0} {1}', (1,), {}), ('{x}', (), {}), ('{0:d}', ('s',), {}), ('{', (), {}), ('}', (), {}),
                  ('{0!x}', (1,), {}), ('{0[5]}', ([1],), {}), ('{0.nope}', (1,), {}), ('{} {0}', (1, 2), {}),
                  ('{:s}', (1,), {}), ('{:,s}', ('a',), {}), ('{:=s}', ('a',), {})]:
    try:
        print repr(fmt.format(*a, **k))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError), e:
        print fmt, type(e).__name__, e


class P(object):
    def __init__(self):
        self.x = 1
        self.y = [10, 20]


print 'x={0.x} y1={0.y[1]}'.format(P()), '{p.x}'.format(p=P())
print '{:*<8}|{:*>8}|{:*^8}|{:08}'.format('L', 'R', 'C', -3)
print '{:+} {:+} {: } {: }'.format(1, -1, 1, -1), '{:e}'.format(0), '{:.0e}'.format(12345)
print '{:x} {:o} {:b}'.format(2 ** 70, 2 ** 70, 5), '{:,}'.format(-1234567.5), '{:_^9}'.format(-12)
print '{0:>5}|{0:<5}|{0:^5}|{0:=5}'.format(-1)
print '{:.3s}|{:5.1s}|'.format('abcdef', 'xyz'), '{:c}'.format(0x263a) if False else 'skip-c'
