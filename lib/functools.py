"""functools.py - Tools for working with functions and callable objects
"""

# partial and reduce are native (_functools); the rest is written here as
# CPython 2.7 writes it in Python.

try:
    from _functools import partial, reduce
except ImportError:
    # Stand-ins until the native _functools is available in this build.
    from __builtin__ import reduce

    class partial(object):
        """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
"""

        __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

        def __new__(*args, **keywords):
            if len(args) < 2:
                raise TypeError("type 'partial' takes at least one argument")
            cls, func = args[0], args[1]
            if not callable(func):
                raise TypeError('the first argument must be callable')
            self = object.__new__(cls)
            object.__setattr__(self, 'func', func)
            object.__setattr__(self, 'args', tuple(args[2:]))
            object.__setattr__(self, 'keywords', keywords)
            return self

        def __setattr__(self, name, value):
            if name in ('func', 'args', 'keywords'):
                raise TypeError('readonly attribute')
            object.__setattr__(self, name, value)

        def __call__(self, *args, **keywords):
            if self.keywords:
                kw = dict(self.keywords)
                kw.update(keywords)
            else:
                kw = keywords
            return self.func(*(self.args + args), **kw)


# update_wrapper() and wraps() make a wrapper function look like the
# function it wraps, for naive introspection.

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper,
                   wrapped,
                   assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

       wrapper is the function to be updated
       wrapped is the original function
       assigned is a tuple naming the attributes assigned directly
       from the wrapped function to the wrapper function (defaults to
       functools.WRAPPER_ASSIGNMENTS)
       updated is a tuple naming the attributes of the wrapper that
       are updated with the corresponding attribute from the wrapped
       function (defaults to functools.WRAPPER_UPDATES)
    """
    for attr in assigned:
        setattr(wrapper, attr, getattr(wrapped, attr))
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Returned so that partial(update_wrapper, ...) works as a decorator.
    return wrapper


def wraps(wrapped,
          assigned=WRAPPER_ASSIGNMENTS,
          updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a decorator that invokes update_wrapper() with the decorated
       function as the wrapper argument and the arguments to wraps() as the
       remaining arguments. Default arguments are as for update_wrapper().
       This is a convenience function to simplify applying partial() to
       update_wrapper().
    """
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


# The docstrings of the comparison slot wrappers (getattr(int, name).__doc__
# in CPython).
_COMPARISON_DOCS = {
    '__lt__': 'x.__lt__(y) <==> x<y',
    '__le__': 'x.__le__(y) <==> x<=y',
    '__gt__': 'x.__gt__(y) <==> x>y',
    '__ge__': 'x.__ge__(y) <==> x>=y',
    '__ne__': 'x.__ne__(y) <==> x!=y',
}


def _from_lt():
    # Each entry: (method name, implementation from the root operation).
    def __gt__(self, other):
        return not (self < other or self == other)

    def __le__(self, other):
        return self < other or self == other

    def __ne__(self, other):
        return not self == other

    def __ge__(self, other):
        return not self < other
    return [('__gt__', __gt__), ('__le__', __le__), ('__ne__', __ne__),
            ('__ge__', __ge__)]


def _from_le():
    def __ge__(self, other):
        return not self <= other or self == other

    def __lt__(self, other):
        return self <= other and not self == other

    def __ne__(self, other):
        return not self == other

    def __gt__(self, other):
        return not self <= other
    return [('__ge__', __ge__), ('__lt__', __lt__), ('__ne__', __ne__),
            ('__gt__', __gt__)]


def _from_gt():
    def __lt__(self, other):
        return not (self > other or self == other)

    def __ge__(self, other):
        return self > other or self == other

    def __ne__(self, other):
        return not self == other

    def __le__(self, other):
        return not self > other
    return [('__lt__', __lt__), ('__ge__', __ge__), ('__ne__', __ne__),
            ('__le__', __le__)]


def _from_ge():
    def __le__(self, other):
        return (not self >= other) or self == other

    def __gt__(self, other):
        return self >= other and not self == other

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return not self >= other
    return [('__le__', __le__), ('__gt__', __gt__), ('__ne__', __ne__),
            ('__lt__', __lt__)]


_DERIVED = {'__lt__': _from_lt, '__le__': _from_le,
            '__gt__': _from_gt, '__ge__': _from_ge}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined_methods = set(dir(cls))
    roots = defined_methods & set(_DERIVED)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # max() prefers __lt__ to __le__ to __gt__ to __ge__.
    root = max(roots)
    for opname, opfunc in _DERIVED[root]():
        if opname not in defined_methods:
            opfunc.__name__ = opname
            opfunc.__doc__ = _COMPARISON_DOCS[opname]
            setattr(cls, opname, opfunc)
    return cls


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function"""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj, *args):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __ne__(self, other):
            return mycmp(self.obj, other.obj) != 0

        def __hash__(self):
            raise TypeError('hash not implemented')
    return K
