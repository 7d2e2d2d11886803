# operator: sequence/mapping/number type checks, alias error names, repeat/concat fallbacks, slices, countOf/indexOf, getters and callers, _compare_digest.
import operator as op


def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return type(e).__name__ + ':' + str(e)


class C:
    def __getitem__(self, i):
        return i


class N(object):
    def __float__(self):
        return 1.0


class S(object):
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 3


print [t(op.isSequenceType, x) for x in ([], (), '', u'', {}, set(), xrange(3), bytearray(), 1, C(), S(), N())]
print [t(op.isMappingType, x) for x in ([], (), '', u'', {}, set(), xrange(3), bytearray(), 1, C(), S(), N())]
print [t(op.isNumberType, x) for x in ([], 1, 1L, 1.0, 1j, True, C(), S(), N(), '1')]
print t(op.mod, 7, 2, x=1), t(op.add, 1, 2, x=1), t(op.neg), t(op.__neg__), t(op.repeat, [1], 2 ** 40), t(op.repeat, 5, 2), t(op.irepeat, 5, 2)
print t(op.concat, [1], (2,)), t(op.iconcat, 1, [1]), t(op.repeat, S(), 2), t(op.concat, S(), S()), t(op.__add__, 1), t(op.__setitem__, [], 1)
print t(op.getslice, 'abcdef', 1, 3), t(op.getslice, 'abcdef', -2, 10), t(op.getslice, [1, 2], 1.5, 2), t(op.setslice, [1, 2, 3], 0, 1, 'xy'), t(op.delslice, [1, 2, 3], 0, 2), t(op.getslice, 5, 0, 1)
print t(op.setslice, 5, 0, 1, []), t(op.delslice, 5, 0, 1), t(op.__getslice__, 'abc', 1), t(op.delslice, {}, 0, 1), t(op.delslice, bytearray('abc'), 0, 1), t(op.setslice, bytearray('abc'), 0, 1, 'z')
print t(op.indexOf, 5, 1), t(op.countOf, 'aab', 'a'), t(op.countOf, [1, 1.0, True], 1), t(op.setitem, [1], 5, 1), t(op.setitem, {}, 1), t(op.is_), t(op.sequenceIncludes, 5, 1)
print t(op.attrgetter, 'a', x=1), t(op.itemgetter(1), [1, 2], x=3), t(op.methodcaller('count', 'a'), 'banana'), t(op.methodcaller(5), 'x'), t(op.attrgetter(u'real'), 3), t(op.attrgetter('real.imag.real'), 3)
print t(op._compare_digest, 'a', 'a'), t(op._compare_digest, u'a', u'b'), t(op._compare_digest, 1, 2), t(op.ipow, 2, 3), t(op.pow, 2), t(op.truediv, 1, 0), t(op.lt, 1, 2, 3)
print type(op.attrgetter('x')).__name__, op.itemgetter.__module__, op.methodcaller.__name__, t(op.itemgetter), t(op.attrgetter)
print op.itemgetter(2, 0)('xyz'), op.attrgetter('imag', 'real')(2j), op.methodcaller('replace', 'a', 'o', 1)('banana')
try:
    class X(op.itemgetter):
        pass
except TypeError as e:
    print e
