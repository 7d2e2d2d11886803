# Arithmetic special methods: normal, reflected, in-place, unary, conversions.

class V(object):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'V(%r)' % (self.v,)

    def _val(self, o):
        return o.v if isinstance(o, V) else o

    def __add__(self, o): return V(self.v + self._val(o))
    def __sub__(self, o): return V(self.v - self._val(o))
    def __mul__(self, o): return V(self.v * self._val(o))
    def __div__(self, o): return V(('div', self.v, self._val(o)))
    def __truediv__(self, o): return V(('truediv', self.v, self._val(o)))
    def __floordiv__(self, o): return V(self.v // self._val(o))
    def __mod__(self, o): return V(self.v % self._val(o))
    def __divmod__(self, o): return V(divmod(self.v, self._val(o)))
    def __pow__(self, o, m=None): return V(pow(self.v, self._val(o), m) if m else self.v ** self._val(o))
    def __lshift__(self, o): return V(self.v << self._val(o))
    def __rshift__(self, o): return V(self.v >> self._val(o))
    def __and__(self, o): return V(self.v & self._val(o))
    def __or__(self, o): return V(self.v | self._val(o))
    def __xor__(self, o): return V(self.v ^ self._val(o))
    def __radd__(self, o): return V(('radd', o, self.v))
    def __rsub__(self, o): return V(('rsub', o, self.v))
    def __rmul__(self, o): return V(('rmul', o, self.v))
    def __rdiv__(self, o): return V(('rdiv', o, self.v))
    def __rfloordiv__(self, o): return V(('rfloordiv', o, self.v))
    def __rmod__(self, o): return V(('rmod', o, self.v))
    def __rpow__(self, o): return V(('rpow', o, self.v))
    def __rlshift__(self, o): return V(('rlshift', o, self.v))
    def __rand__(self, o): return V(('rand', o, self.v))
    def __ror__(self, o): return V(('ror', o, self.v))
    def __rxor__(self, o): return V(('rxor', o, self.v))
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(('pos', self.v))
    def __abs__(self): return V(abs(self.v))
    def __invert__(self): return V(~self.v)
    def __int__(self): return int(self.v)
    def __long__(self): return long(self.v) + 1
    def __float__(self): return float(self.v) + 0.5
    def __index__(self): return self.v
    def __hex__(self): return 'hex!'
    def __oct__(self): return 'oct!'


a = V(12)
b = V(5)
print a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** b
print a << 2, a >> 1, a & b, a | b, a ^ b
print a + 1, a - 1, a * 2, a / 2, a // 5, a % 5, a ** 2, pow(a, 2, 5)
print 1 + a, 1 - a, 2 * a, 2 / a, 20 // a, 20 % a, 2 ** a, 1 << a, 3 & a, 3 | a, 3 ^ a
print -a, +a, abs(V(-3)), ~a, int(a), long(a), float(a)
print [10, 20, 30][V(1)], 'abcdef'[V(2):V(4)], range(10)[V(7)], hex(a), oct(a)
print 'x' * V(3), [0] * V(2)


class I(object):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'I(%r)' % self.v

    def __iadd__(self, o):
        self.v += o
        return self

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        return 'imul returns something else'

    def __add__(self, o):
        return I(self.v + o + 1000)


x = I(1)
y = x
x += 5
print x, y, x is y
x -= 2
print x
x = x + 1
print x, y
x *= 3
print repr(x)


class OnlyAdd(object):
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)

    def __repr__(self):
        return 'OnlyAdd(%r)' % self.v


z = OnlyAdd(1)
w = z
z += 10
print z, w, z is w


class NotImpl(object):
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return 'NotImpl.__radd__'


class Other(object):
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return 'Other.__radd__ got ' + type(o).__name__


print NotImpl() + Other(), Other() + NotImpl(), 5 + NotImpl()
try:
    Other() + Other()
except TypeError, e:
    print 'TypeError:', e


class SubV(V):
    def __radd__(self, o):
        return 'SubV.__radd__ tried first'


print V(1) + SubV(2), SubV(2) + V(1)


class Num(int):
    def __add__(self, o):
        return 'Num.__add__'


print Num(3) + 4, 4 + Num(3), Num(3) * 2, type(Num(3) * 2).__name__
from_list = [V(1), V(2), V(3)]
print sum(from_list, V(0)), reduce(lambda p, q: p * q, from_list)
