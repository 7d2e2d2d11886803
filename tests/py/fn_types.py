# types.FunctionType from an existing code object, globals dicts, and function equality.
import types


def template():
    return greeting + ', ' + name


def with_args(a, b=5):
    return a * b + offset


f1 = types.FunctionType(template.func_code, {'greeting': 'hello', 'name': 'world'})
f2 = types.FunctionType(template.func_code, {'greeting': 'bye', 'name': 'moon'}, 'renamed')
print f1(), f2(), f1.__name__, f2.__name__, f1.func_code is template.func_code
g = {'offset': 1000}
f3 = types.FunctionType(with_args.func_code, g, 'wa', (7,))
print f3(2), f3(2, 3), f3.func_defaults
g['offset'] = -1
print f3(2)
try:
    template()
except NameError, e:
    print 'NameError:', e
greeting, name = 'module', 'globals'
print template()
print type(template) is types.FunctionType, types.FunctionType.__name__
print isinstance(len, types.BuiltinFunctionType), isinstance(template, types.LambdaType)
print types.CodeType.__name__, type(template.func_code) is types.CodeType


class A(object):
    def m(self):
        pass


print isinstance(A().m, types.MethodType), types.MethodType is types.UnboundMethodType
bm = types.MethodType(with_args, 3)
offset = 0
print bm(), bm(4)


def make_cell(v):
    def inner():
        return v
    return inner


inner = make_cell('captured')
clone = types.FunctionType(inner.func_code, {}, 'clone', None, inner.func_closure)
print clone(), clone.func_closure[0].cell_contents
print types.NoneType, types.IntType is int, types.StringTypes, types.ModuleType.__name__
print type(types).__name__, types.__name__, isinstance(types, types.ModuleType)
