# types module: every name, identity with the builtin types, and isinstance checks on live objects.
import types
import sys

names = sorted(n for n in dir(types) if not n.startswith('_'))
print names
print [(n, getattr(types, n).__name__) for n in names if n != 'StringTypes']
print types.IntType is int, types.LongType is long, types.FloatType is float, types.ComplexType is complex, types.BooleanType is bool
print types.StringType is str, types.UnicodeType is unicode, types.StringTypes == (str, unicode), types.BufferType is buffer
print types.ListType is list, types.TupleType is tuple, types.DictType is dict, types.DictionaryType is dict, types.TypeType is type
print types.ObjectType is object, types.NoneType is type(None), types.FileType is file, types.XRangeType is xrange, types.SliceType is slice
print types.NotImplementedType is type(NotImplemented), types.EllipsisType is type(Ellipsis)


def f():
    yield 1


class New(object):
    def m(self):
        pass


class Old:
    def m(self):
        pass


checks = [
    ('FunctionType', f), ('LambdaType', lambda: 0), ('GeneratorType', f()), ('CodeType', f.func_code),
    ('MethodType', New().m), ('UnboundMethodType', New.m), ('MethodType', Old().m), ('BuiltinFunctionType', len),
    ('BuiltinMethodType', [].append), ('ClassType', Old), ('InstanceType', Old()), ('ModuleType', sys),
    ('FrameType', sys._getframe()), ('TracebackType', None), ('GetSetDescriptorType', types.FunctionType.__dict__['func_code']),
    ('MemberDescriptorType', types.FunctionType.__dict__['func_globals']), ('DictProxyType', New.__dict__),
    ('TypeType', New), ('TypeType', Old), ('ObjectType', Old()), ('NoneType', None), ('SliceType', slice(1)),
]
try:
    raise ValueError
except ValueError:
    tb = sys.exc_info()[2]
checks[13] = ('TracebackType', tb)
for name, obj in checks:
    print name, isinstance(obj, getattr(types, name)), type(obj).__name__
print isinstance('x', types.StringTypes), isinstance(u'x', types.StringTypes), isinstance(1, types.StringTypes)
print types.MethodType is types.UnboundMethodType, types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType
m = types.ModuleType('made_up', 'doc of made_up')
m.attr = 5
print m.__name__, m.__doc__, m.attr, type(m).__name__, sorted(m.__dict__)


def add(self, other):
    return self.v + other


class Holder(object):
    v = 10


h = Holder()
bound = types.MethodType(add, h)
print bound(5), bound.im_self is h, bound.im_func is add
unbound = types.MethodType(add, None, Holder)
print unbound(h, 1), unbound.im_class is Holder, unbound.im_self
code = f.func_code
g = types.FunctionType(code, {}, 'renamed')
print g.__name__, list(g()), type(g).__name__
Dyn = types.ClassType('Dyn', (), {'x': 1})
print Dyn.__name__, Dyn().x, type(Dyn).__name__
try:
    types.FunctionType(1, {})
except TypeError as e:
    print 'TypeError', e
try:
    types.ModuleType()
except TypeError as e:
    print 'TypeError', e
