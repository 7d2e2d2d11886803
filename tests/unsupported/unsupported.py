# What py2jit cannot do without a source compiler (when CPython 2.7 is not
# installed) and what it does not implement: each raises a clear
# NotImplementedError. The expected output (unsupported.out) is py2jit's,
# not CPython's: CPython runs all of these.
def t(f):
    try:
        f()
    except Exception as e:
        print type(e).__name__ + ':', e
t(lambda: eval('1+2'))
t(lambda: compile('x=1', '<s>', 'exec'))
def ex():
    exec 'x = 1'
t(ex)
t(lambda: help(len))
t(lambda: memoryview('ab'))
