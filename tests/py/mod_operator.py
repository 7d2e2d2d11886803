# operator: every function (arith, compare, logic, sequence, in-place), itemgetter/attrgetter/methodcaller.
import operator as op


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


print op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.div(7, 2), op.div(7.0, 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3)
print op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-5), op.inv(5), op.invert(5), op.lshift(1, 4), op.rshift(16, 2)
print op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.not_(0), op.not_([1]), op.truth([]), op.truth(2), op.index(7)
print op.__add__(1, 1), op.__mul__('a', 3), op.__not__(True), op.__neg__(2.5), op.__abs__(-1j), op.__inv__(0)
print op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt('b', 'a'), op.is_(None, None), op.is_not(1, None)
print op.__lt__(1, 2), op.__eq__('a', 'a'), op.__ge__([1], [0]), op.eq([1], [1])
print op.concat([1], [2]), op.concat('ab', 'cd'), op.contains([1, 2], 2), op.contains('abc', 'z'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c')
print op.sequenceIncludes([1], 1), op.repeat('ab', 3), op.isCallable(len), op.isMappingType({}), op.isNumberType(1.5), op.isSequenceType([]), op.isSequenceType({})
l = [0, 1, 2, 3, 4, 5]
print op.getitem(l, 2), op.getitem(l, slice(1, 3)), op.getslice(l, 1, 4), op.setitem(l, 0, 'z'), l, op.delitem(l, 1), l
print op.setslice(l, 0, 2, ['a', 'b', 'c']), l, op.delslice(l, 0, 3), l
d = {'k': 1}
op.setitem(d, 'j', 2)
op.delitem(d, 'k')
print d, op.getitem(d, 'j')
x = [1]
y = op.iadd(x, [2])
print y, x, y is x, op.iadd(1, 2), op.isub(5, 2), op.imul(3, 4), op.imul([0], 2), op.idiv(9, 2), op.itruediv(9, 2), op.ifloordiv(9, 2)
print op.imod(9, 4), op.ipow(2, 5), op.ilshift(1, 3), op.irshift(8, 1), op.iand(7, 2), op.ior(4, 1), op.ixor(5, 1), op.iconcat('a', 'b'), op.irepeat([1], 2)
s = set([1])
print op.ior(s, set([2])) is s, sorted(s), op.__iadd__([1], [5])
g = op.itemgetter(1)
g2 = op.itemgetter(0, -1)
gk = op.itemgetter('name')
print g('abc'), g2('abc'), g2([1, 2, 3]), gk({'name': 'n'}), map(op.itemgetter(1), [(1, 'a'), (2, 'b')]), sorted([(1, 'b'), (2, 'a')], key=g)
print op.itemgetter(slice(1, 3))('hello'), type(g).__name__


class P(object):
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct


p = P('outer', P('inner'))
print op.attrgetter('name')(p), op.attrgetter('child.name')(p), op.attrgetter('name', 'child.name')(p), op.attrgetter('real', 'imag')(3 + 4j)
print op.methodcaller('greet', 'hi')(p), op.methodcaller('greet', 'yo', punct='?')(p), op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b')
print sorted([P('b'), P('a'), P('c')], key=op.attrgetter('name'))[0].name, reduce(op.mul, range(1, 6)), map(op.neg, [1, -2])
show('itemgetter()', op.itemgetter)
show('itemgetter missing', op.itemgetter(5), 'abc')
show('itemgetter key missing', op.itemgetter('x'), {})
show('attrgetter missing', op.attrgetter('nope'), p)
show('attrgetter(1)', lambda: op.attrgetter(1)(p))
show('attrgetter dotted missing', op.attrgetter('child.child.name'), p)
show('methodcaller()', op.methodcaller)
show('methodcaller missing', op.methodcaller('nope'), p)
show('add(1, "a")', op.add, 1, 'a')
show('div(1, 0)', op.div, 1, 0)
show('index(1.5)', op.index, 1.5)
show('indexOf missing', op.indexOf, [1], 2)
show('concat(1, 2)', op.concat, 1, 2)
show('repeat("a", "b")', op.repeat, 'a', 'b')
show('lt()', op.lt)
show('neg("a")', op.neg, 'a')
show('delitem missing', op.delitem, {}, 'x')
show('contains(1, 1)', op.contains, 1, 1)
