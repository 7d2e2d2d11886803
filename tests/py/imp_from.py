# from-imports: names, aliases, star with and without __all__.
from _helper import greet, VALUE as V, Thing
print greet('from'), V, Thing('t')
from _star import *
print public_a, public_b
try:
    print public_c
except NameError, e:
    print 'NameError:', e
from _star import public_c
print public_c
from _star_noall import *
print visible, func()
try:
    _hidden
except NameError, e:
    print 'NameError:', e
try:
    from _helper import nope
except ImportError, e:
    print 'ImportError:', e
import _helper
print _helper.greet is greet
from _helper import items, add_item
add_item(1)
print items, _helper.items is items


def func_scope_import():
    from _helper import VALUE
    import _star
    return VALUE, _star.public_a


print func_scope_import()
print sorted(k for k in globals() if not k.startswith('__'))
