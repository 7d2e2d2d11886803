# Ends with an uncaught exception raised inside a nested call (an argument of another call).

def lookup(table, key):
    return table[key]


def describe(name, value):
    return '%s=%s' % (name, value)


def report(table, keys):
    for k in keys:
        print describe(k, lookup(table, k))


table = {'a': 1, 'b': 2}
try:
    report(table, ['a', 'zz'])
except KeyError, e:
    print 'handled first time:', repr(e)
report(table, ['b', 'a', 'missing'])
print 'not reached'
