# Code object attributes: co_code is a str, co_lnotab, co_filename, co_names, co_consts, flags.

def sample(a, b=1, *args, **kw):
    total = a + b
    for x in args:
        total += x
    return total, len(kw), helper_global


def helper_global():
    pass


co = sample.func_code
print co.co_name, co.co_filename, co.co_firstlineno, co.co_argcount, co.co_nlocals
print co.co_varnames, co.co_names, co.co_freevars, co.co_cellvars
print [c for c in co.co_consts], co.co_flags, co.co_stacksize
print type(co.co_code).__name__, len(co.co_code), [ord(ch) for ch in co.co_code[:12]]
print type(co.co_lnotab).__name__, [ord(ch) for ch in co.co_lnotab]
mod_code = sys_getframe = None
import sys
f = sys._getframe()
print f.f_code.co_name, f.f_code.co_filename, f.f_lineno, f.f_back is None
print f.f_globals is globals(), f.f_locals is globals(), type(f.f_builtins).__name__


def where():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, fr.f_back.f_lineno


print where()


def caller():
    return where()


print caller()
print (lambda: 0).func_code.co_name, (x for x in []).gi_code.co_name
print [type(c).__name__ for c in sample.func_code.co_consts]


def with_nested():
    def inner_one():
        return 1

    class InnerClass(object):
        pass
    return inner_one, InnerClass


consts = with_nested.func_code.co_consts
print [c.co_name for c in consts if hasattr(c, 'co_code')]
print [c.co_firstlineno for c in consts if hasattr(c, 'co_code')]
print co == co, co.co_code == sample.func_code.co_code, hash(co) == hash(sample.func_code)
print repr(co).split(' at ')[0], repr(co).split(', ')[-1]
