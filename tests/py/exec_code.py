# exec and eval of existing code objects (no source compiler needed).

def body():
    print 'in body: x =', x
    local_only = x * 2
    results.append(local_only)
    return 'body return value'


def expr():
    return x + 100


ns = {'x': 5, 'results': []}
exec body.func_code in ns
print ns['results'], sorted(k for k in ns), type(ns['__builtins__']).__name__ in ('dict', 'module')
ns2 = {'x': 'str', 'results': []}
exec body.func_code in ns2, {}
print ns2['results']
print eval(expr.func_code, {'x': 1}), eval(expr.func_code, {'x': 2.5}, {'x': 'ignored'})
x = 1000
results = []
exec body.func_code
print results
print eval(body.func_code)
try:
    exec body.func_code in {'results': []}
except NameError, e:
    print 'NameError:', e


def sets_global():
    global made_by_exec
    made_by_exec = 'yes'


g = {}
exec sets_global.func_code in g
print g['made_by_exec'], 'made_by_exec' in globals()
exec sets_global.func_code
print made_by_exec


def uses_builtin():
    return len('four'), abs(-3)


print eval(uses_builtin.func_code, {})
print eval(uses_builtin.func_code, {'len': lambda s: 'shadowed'})
try:
    exec 42
except TypeError, e:
    print 'TypeError:', e
try:
    eval(42)
except TypeError, e:
    print 'TypeError:', e
print eval(expr.func_code, {'x': 1}, None) if True else ''


def outer():
    def inner():
        return 1
    return inner


print eval(outer.func_code, {})()
shared = {'x': 0, 'results': []}
for i in range(3):
    shared['x'] = i
    exec body.func_code in shared
print shared['results']
