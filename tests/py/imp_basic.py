# import of a helper module next to the script; module attributes and caching.
import sys
print 'main __name__ =', __name__
import _helper
print _helper.VALUE, _helper.greet('world'), _helper.Thing(3), _helper._private
print _helper.__name__, _helper.__file__.replace('\\', '/').split('/')[-1], type(_helper).__name__
print sorted(k for k in dir(_helper) if not k.startswith('__'))
import _helper
import _helper as h2
print h2 is _helper, sys.modules['_helper'] is _helper, '_helper' in sys.modules
print _helper.add_item('a'), h2.add_item('b'), _helper.items
_helper.VALUE = 'changed from main'
import _helper as h3
print h3.VALUE
h3.new_attr = 'added'
print _helper.new_attr
print _helper.__doc__, repr(_helper.Thing.__module__), _helper.greet.__module__
print _helper.greet.func_globals is _helper.__dict__, vars(_helper) is _helper.__dict__
try:
    import _does_not_exist
except ImportError, e:
    print 'ImportError:', e
try:
    _helper.missing
except AttributeError, e:
    print 'AttributeError:', e
try:
    import _raises
except ValueError, e:
    print 'ValueError:', e
print '_raises' in sys.modules
try:
    import _raises
except ValueError, e:
    print 'second import runs it again:', e
mod = __import__('_helper')
print mod is _helper, __import__('sys') is sys
print __name__, __file__, sys.argv
