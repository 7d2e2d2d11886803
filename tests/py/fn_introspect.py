# Function and code object introspection.

def documented(a, b, c=3, *args, **kw):
    """The docstring."""
    local1 = a + b
    local2 = [local1]
    return local2


def no_doc(x):
    return x + 1


def with_consts():
    return (1, 'two', 3.0, None, (4, 5), -6, 2 ** 80, u'uni')


def gen():
    yield 1


def closure():
    v = 1

    def inner():
        return v
    return inner


for f in [documented, no_doc, with_consts, gen, closure, closure()]:
    co = f.func_code
    print f.func_name, f.__name__, repr(f.func_doc), repr(f.__doc__)
    print '  defaults', f.func_defaults, f.__defaults__
    print '  argcount', co.co_argcount, 'nlocals', co.co_nlocals, 'flags', hex(co.co_flags), 'stacksize', co.co_stacksize
    print '  varnames', co.co_varnames, 'names', co.co_names
    print '  freevars', co.co_freevars, 'cellvars', co.co_cellvars
    print '  name', co.co_name, 'firstlineno', co.co_firstlineno, 'filename', co.co_filename
    print '  consts', [c for c in co.co_consts if not hasattr(c, 'co_code')]
    print '  globals is module globals', f.func_globals is globals(), f.__module__
print type(documented.func_code).__name__, documented.func_code is documented.__code__
documented.attr = 'set on function'
documented.func_dict['other'] = 42
print sorted(documented.__dict__.items()), documented.attr, documented.other
print documented.__dict__ is documented.func_dict, no_doc.__dict__
no_doc.__name__ = 'renamed'
print no_doc.__name__, no_doc.func_name, no_doc.func_code.co_name
no_doc.__doc__ = 'new doc'
print no_doc.func_doc


class A(object):
    def method(self, x):
        "method doc"
        return x

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


print type(A.__dict__['method']).__name__, A.__dict__['method'].__name__, A.__dict__['method'](None, 5)
print A.method.__doc__, A.method.im_func.func_code.co_varnames, A.method.__name__
a = A()
print a.method.im_self is a, a.method.im_class is A, a.method.im_func is A.__dict__['method']
print A.cm.im_self is A, A.cm.im_class.__name__, type(A.sm).__name__
print a.method.__func__ is a.method.im_func, a.method.__self__ is a
lam = lambda x, y=2: x
print lam.__name__, lam.func_code.co_name, lam.func_defaults, lam.func_code.co_argcount
print len.__name__, repr(len.__doc__[:20]), len.__self__ is None if hasattr(len, '__self__') else 'no __self__'
print [].append.__name__, type([].append).__name__, type(A.__dict__['cm']).__name__


def flags_demo():
    pass


def flags_varargs(*a):
    pass


def flags_kw(**k):
    pass


for f in [flags_demo, flags_varargs, flags_kw, gen, closure(), documented]:
    print f.__name__, f.func_code.co_flags, f.func_code.co_flags & 0x20 != 0
print documented.func_code.co_code == documented.func_code.co_code, type(documented.func_code.co_code).__name__
print len(with_consts.func_code.co_code) > 0, type(with_consts.func_code.co_lnotab).__name__
