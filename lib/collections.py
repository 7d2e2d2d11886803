'''This module implements specialized container datatypes providing
alternatives to Python's general purpose built-in containers, dict,
list, set, and tuple.

* namedtuple   factory function for creating tuple subclasses with named fields
* deque        list-like container with fast appends and pops on either end
* Counter      dict subclass for counting hashable objects
* OrderedDict  dict subclass that remembers the order entries were added
* defaultdict  dict subclass that calls a factory function to supply missing values

'''

# Behaves as CPython 2.7's collections. namedtuple classes are built with
# type() rather than by executing generated source (py2jit compiles no
# source); their __new__ checks its arguments itself and raises the
# messages a generated "def __new__(_cls, f1, f2, ...)" would.

__all__ = ['Counter', 'deque', 'defaultdict', 'namedtuple', 'OrderedDict']

from _abcoll import *
import _abcoll
__all__ += _abcoll.__all__

try:
    from _collections import deque, defaultdict
except ImportError:
    # Native deque/defaultdict not available in this build: the rest of
    # the module still works; importing those names fails.
    pass

from keyword import iskeyword as _iskeyword
import sys as _sys
import heapq as _heapq

try:
    from itertools import chain as _chain, starmap as _starmap, repeat as _repeat
except ImportError:
    # Counter.elements then returns a generator instead of a chain object.
    _chain = None

try:
    from operator import itemgetter as _itemgetter
except ImportError:
    class _itemgetter(object):
        """itemgetter(i)(obj) is obj[i]."""
        __slots__ = ('_index',)

        def __init__(self, index):
            self._index = index

        def __call__(self, obj):
            return obj[self._index]


# --- OrderedDict ---

class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    # The keys are kept in a circular doubly linked list whose links are
    # 3-lists [previous link, next link, key]; the sentinel link (root)
    # is never removed. self.__map maps each key to its link, so deletion
    # is O(1). The inherited dict holds the values.

    def __init__(*args, **kwds):
        '''Initialize an ordered dictionary.  The signature is the same as
        regular dictionaries, but keyword arguments are not recommended because
        their insertion order is arbitrary.

        '''
        if not args:
            raise TypeError("descriptor '__init__' of 'OrderedDict' object "
                            "needs an argument")
        self = args[0]
        rest = args[1:]
        if len(rest) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(rest))
        try:
            self.__root
        except AttributeError:
            root = []
            root[:] = [root, root, None]
            self.__root = root
            self.__map = {}
        self.__update(*rest, **kwds)

    def __setitem__(self, key, value, dict_setitem=dict.__setitem__):
        'od.__setitem__(i, y) <==> od[i]=y'
        if key not in self:
            root = self.__root
            last = root[0]
            link = [last, root, key]
            last[1] = link
            root[0] = link
            self.__map[key] = link
        return dict_setitem(self, key, value)

    def __delitem__(self, key, dict_delitem=dict.__delitem__):
        'od.__delitem__(y) <==> del od[y]'
        dict_delitem(self, key)
        before, after, _ = self.__map.pop(key)
        before[1] = after
        after[0] = before

    def __iter__(self):
        'od.__iter__() <==> iter(od)'
        root = self.__root
        link = root[1]
        while link is not root:
            yield link[2]
            link = link[1]

    def __reversed__(self):
        'od.__reversed__() <==> reversed(od)'
        root = self.__root
        link = root[0]
        while link is not root:
            yield link[2]
            link = link[0]

    def clear(self):
        'od.clear() -> None.  Remove all items from od.'
        root = self.__root
        root[:] = [root, root, None]
        self.__map.clear()
        dict.clear(self)

    # The rest is written in terms of the methods above.

    def keys(self):
        'od.keys() -> list of keys in od'
        return list(self)

    def values(self):
        'od.values() -> list of values in od'
        return [self[key] for key in self]

    def items(self):
        'od.items() -> list of (key, value) pairs in od'
        return [(key, self[key]) for key in self]

    def iterkeys(self):
        'od.iterkeys() -> an iterator over the keys in od'
        return iter(self)

    def itervalues(self):
        'od.itervalues -> an iterator over the values in od'
        for key in self:
            yield self[key]

    def iteritems(self):
        'od.iteritems -> an iterator over the (key, value) pairs in od'
        for key in self:
            yield (key, self[key])

    update = MutableMapping.update

    # __init__ uses this, so subclasses may override update().
    __update = update

    __marker = object()

    def pop(self, key, default=__marker):
        '''od.pop(k[,d]) -> v, remove specified key and return the corresponding
        value.  If key is not found, d is returned if given, otherwise KeyError
        is raised.

        '''
        if key in self:
            result = self[key]
            del self[key]
            return result
        if default is self.__marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        'od.setdefault(k[,d]) -> od.get(k,d), also set od[k]=d if k not in od'
        if key in self:
            return self[key]
        self[key] = default
        return default

    def popitem(self, last=True):
        '''od.popitem() -> (k, v), return and remove a (key, value) pair.
        Pairs are returned in LIFO order if last is true or FIFO order if false.

        '''
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self) if last else iter(self))
        value = self.pop(key)
        return key, value

    def __repr__(self, _repr_running={}):
        'od.__repr__() <==> repr(od)'
        # A dict being repr'd that contains itself shows as '...'.
        call_key = id(self)
        if call_key in _repr_running:
            return '...'
        _repr_running[call_key] = 1
        try:
            if not self:
                return '%s()' % (self.__class__.__name__,)
            return '%s(%r)' % (self.__class__.__name__, self.items())
        finally:
            del _repr_running[call_key]

    def __reduce__(self):
        'Return state information for pickling'
        items = [[k, self[k]] for k in self]
        inst_dict = vars(self).copy()
        for k in vars(OrderedDict()):
            inst_dict.pop(k, None)
        if inst_dict:
            return (self.__class__, (items,), inst_dict)
        return self.__class__, (items,)

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''OD.fromkeys(S[, v]) -> New ordered dictionary with keys from S.
        If not specified, the value defaults to None.

        '''
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        '''od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.

        '''
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            mine = iter(self)
            theirs = iter(other)
            for a in mine:
                for b in theirs:
                    break
                else:
                    break
                if not a == b:
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        'od.__ne__(y) <==> od!=y'
        return not self == other

    # Python 3 style views.

    def viewkeys(self):
        "od.viewkeys() -> a set-like object providing a view on od's keys"
        return KeysView(self)

    def viewvalues(self):
        "od.viewvalues() -> an object providing a view on od's values"
        return ValuesView(self)

    def viewitems(self):
        "od.viewitems() -> a set-like object providing a view on od's items"
        return ItemsView(self)


# --- namedtuple ---

def _valid_name_chars(name):
    for c in name:
        if not (c.isalnum() or c == '_'):
            return False
    return True


def _verbose_source(typename, field_names, arg_list, repr_fmt):
    """The class definition CPython's namedtuple would execute (printed when
    verbose is true)."""
    fields = tuple(field_names)
    lines = [
        'class %s(tuple):' % typename,
        "    '%s(%s)'" % (typename, arg_list),
        '',
        '    __slots__ = ()',
        '',
        '    _fields = %r' % (fields,),
        '',
        '    def __new__(_cls, %s):' % arg_list,
        "        'Create new instance of %s(%s)'" % (typename, arg_list),
        '        return _tuple.__new__(_cls, (%s))' % arg_list,
        '',
        '    @classmethod',
        '    def _make(cls, iterable, new=tuple.__new__, len=len):',
        "        'Make a new %s object from a sequence or iterable'" % typename,
        '        result = new(cls, iterable)',
        '        if len(result) != %d:' % len(fields),
        "            raise TypeError('Expected %d arguments, got %%d' %% len(result))"
        % len(fields),
        '        return result',
        '',
        '    def __repr__(self):',
        "        'Return a nicely formatted representation string'",
        "        return '%s' %% self" % repr_fmt,
        '',
        '    def _asdict(self):',
        "        'Return a new OrderedDict which maps field names to their values'",
        '        return OrderedDict(zip(self._fields, self))',
        '',
        '    def _replace(_self, **kwds):',
        "        'Return a new %s object replacing specified fields with new values'"
        % typename,
        '        result = _self._make(map(kwds.pop, %r, _self))' % (fields,),
        '        if kwds:',
        "            raise ValueError('Got unexpected field names: %r' % kwds.keys())",
        '        return result',
        '',
        '    def __getnewargs__(self):',
        "        'Return self as a plain tuple.  Used by copy and pickle.'",
        '        return tuple(self)',
        '',
        '    __dict__ = _property(_asdict)',
        '',
        '    def __getstate__(self):',
        "        'Exclude the OrderedDict from pickling'",
        '        pass',
        '',
    ]
    defs = []
    for index, name in enumerate(field_names):
        defs.append("    %s = _property(_itemgetter(%d), doc='Alias for field "
                    "number %d')\n" % (name, index, index))
    return '\n'.join(lines) + '\n' + '\n'.join(defs) + '\n'


def _make_new(typename, field_names, arg_list):
    """The __new__ of a namedtuple class: fills the fields from positional
    and keyword arguments, with the messages of a plain Python function
    "__new__(_cls, <fields>)"."""
    nfields = len(field_names)
    nparams = nfields + 1
    params = ('_cls',) + tuple(field_names)
    plural = '' if nparams == 1 else 's'
    tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwds):
        npos = len(args)
        if not kwds and npos == nfields:
            return tuple_new(_cls, args)
        if npos > nfields:
            raise TypeError('__new__() takes exactly %d argument%s (%d given)'
                            % (nparams, plural, npos + 1 + len(kwds)))
        values = list(args)
        values.extend([_new_missing] * (nfields - npos))
        for key in kwds:
            try:
                pos = params.index(key)
            except ValueError:
                raise TypeError("__new__() got an unexpected keyword "
                                "argument '%s'" % key)
            if pos <= npos or values[pos - 1] is not _new_missing:
                raise TypeError("__new__() got multiple values for keyword "
                                "argument '%s'" % key)
            values[pos - 1] = kwds[key]
        given = 1
        for v in values:
            if v is not _new_missing:
                given += 1
        if given != nparams:
            raise TypeError('__new__() takes exactly %d argument%s (%d given)'
                            % (nparams, plural, given))
        return tuple_new(_cls, values)

    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    return __new__


# Marks a namedtuple field not yet given a value.
_new_missing = object()


def namedtuple(typename, field_names, verbose=False, rename=False):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point.__doc__                   # docstring for the new class
    'Point(x, y)'
    >>> p = Point(11, y=22)             # instantiate with positional args or keywords
    >>> p[0] + p[1]                     # indexable like a plain tuple
    33
    >>> x, y = p                        # unpack like a regular tuple
    >>> x, y
    (11, 22)
    >>> p.x + p.y                       # fields also accessible by name
    33
    >>> d = p._asdict()                 # convert to a dictionary
    >>> d['x']
    11
    >>> Point(**d)                      # convert from a dictionary
    Point(x=11, y=22)
    >>> p._replace(x=100)               # _replace() is like str.replace() but targets named fields
    Point(x=100, y=22)

    """
    if isinstance(field_names, basestring):
        field_names = field_names.replace(',', ' ').split()
    field_names = map(str, field_names)
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not _valid_name_chars(name)
                    or _iskeyword(name)
                    or not name
                    or name[0].isdigit()
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) != str:
            raise TypeError('Type names and field names must be strings')
        if not _valid_name_chars(name):
            raise ValueError('Type names and field names can only contain '
                             'alphanumeric characters and underscores: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
        if name[0].isdigit():
            raise ValueError('Type names and field names cannot start with '
                             'a number: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    fields = tuple(field_names)
    nfields = len(fields)
    arg_list = ', '.join(fields)
    repr_fmt = '%s(%s)' % (typename,
                           ', '.join('%s=%%r' % name for name in fields))
    if verbose:
        print _verbose_source(typename, field_names, arg_list, repr_fmt)

    tuple_new = tuple.__new__

    def _make(cls, iterable, new=tuple_new, len=len):
        result = new(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d'
                            % (nfields, len(result)))
        return result
    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def __repr__(self):
        'Return a nicely formatted representation string'
        return repr_fmt % self

    def _asdict(self):
        'Return a new OrderedDict which maps field names to their values'
        return OrderedDict(zip(self._fields, self))

    def _replace(_self, **kwds):
        result = _self._make(map(kwds.pop, fields, _self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % kwds.keys())
        return result
    _replace.__doc__ = ('Return a new %s object replacing specified fields '
                        'with new values' % typename)

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    def __getstate__(self):
        'Exclude the OrderedDict from pickling'
        pass

    # Same insertion order as the class body CPython executes, so the
    # class __dict__ iterates in the same order.
    namespace = {}
    namespace['__module__'] = 'namedtuple_%s' % typename
    namespace['__doc__'] = '%s(%s)' % (typename, arg_list)
    namespace['__slots__'] = ()
    namespace['_fields'] = fields
    namespace['__new__'] = _make_new(typename, fields, arg_list)
    namespace['_make'] = classmethod(_make)
    namespace['__repr__'] = __repr__
    namespace['_asdict'] = _asdict
    namespace['_replace'] = _replace
    namespace['__getnewargs__'] = __getnewargs__
    namespace['__dict__'] = property(_asdict)
    namespace['__getstate__'] = __getstate__
    for index, name in enumerate(fields):
        namespace[name] = property(_itemgetter(index),
                                   doc='Alias for field number %d' % index)
    result = type(typename, (tuple,), namespace)

    # The class belongs to the module that called namedtuple (for pickle).
    try:
        result.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return result


# --- Counter ---

class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')  # count elements from a string

    >>> c.most_common(3)                # three most common elements
    [('a', 5), ('b', 4), ('c', 3)]
    >>> sorted(c)                       # list all unique elements
    ['a', 'b', 'c', 'd', 'e']
    >>> ''.join(sorted(c.elements()))   # list elements with repetitions
    'aaaaabbbbcccdde'
    >>> sum(c.values())                 # total of all counts
    15

    >>> c['a']                          # count of letter 'a'
    5
    >>> for elem in 'shazam':           # update counts from an iterable
    ...     c[elem] += 1                # by adding 1 to each element's count
    >>> c['a']                          # now there are seven 'a'
    7
    >>> del c['b']                      # remove all 'b'
    >>> c['b']                          # now there are zero 'b'
    0

    >>> d = Counter('simsalabim')       # make another counter
    >>> c.update(d)                     # add in the second counter
    >>> c['a']                          # now there are nine 'a'
    9

    >>> c.clear()                       # empty the counter
    >>> c
    Counter()

    Note:  If a count is set to zero or reduced to zero, it will remain
    in the counter until the entry is deleted or the counter is cleared:

    >>> c = Counter('aaabbc')
    >>> c['b'] -= 2                     # reduce the count of 'b' by two
    >>> c.most_common()                 # 'b' is still in, but its count is zero
    [('a', 3), ('c', 1), ('b', 0)]

    '''

    def __init__(*args, **kwds):
        '''Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.

        >>> c = Counter()                           # a new, empty counter
        >>> c = Counter('gallahad')                 # a new counter from an iterable
        >>> c = Counter({'a': 4, 'b': 2})           # a new counter from a mapping
        >>> c = Counter(a=4, b=2)                   # a new counter from keyword args

        '''
        if not args:
            raise TypeError("descriptor '__init__' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        rest = args[1:]
        if len(rest) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(rest))
        super(Counter, self).__init__()
        self.update(*rest, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.

        >>> Counter('abcdeabcdabcaba').most_common(3)
        [('a', 5), ('b', 4), ('c', 3)]

        '''
        if n is None:
            return sorted(self.iteritems(), key=_itemgetter(1), reverse=True)
        return _heapq.nlargest(n, self.iteritems(), key=_itemgetter(1))

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.

        >>> c = Counter('ABCABC')
        >>> sorted(c.elements())
        ['A', 'A', 'B', 'B', 'C', 'C']

        # Knuth's example for prime factors of 1836:  2**2 * 3**3 * 17**1
        >>> prime_factors = Counter({2: 2, 3: 3, 17: 1})
        >>> product = 1
        >>> for factor in prime_factors.elements():     # loop over factors
        ...     product *= factor                       # and multiply them
        >>> product
        1836

        Note, if an element's count has been set to zero or is a negative
        number, elements() will ignore it.

        '''
        if _chain is not None:
            return _chain.from_iterable(_starmap(_repeat, self.iteritems()))
        return _repeat_each(self.iteritems())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Setting every count to v makes no sense for a multiset.
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(*args, **kwds):
        '''Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.

        >>> c = Counter('which')
        >>> c.update('witch')           # add elements from another iterable
        >>> d = Counter('watch')
        >>> c.update(d)                 # add elements from another counter
        >>> c['h']                      # four 'h' in which, witch, and watch
        4

        '''
        if not args:
            raise TypeError("descriptor 'update' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        rest = args[1:]
        if len(rest) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(rest))
        iterable = rest[0] if rest else None
        if iterable is not None:
            if isinstance(iterable, Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.iteritems():
                        self[elem] = self_get(elem, 0) + count
                else:
                    # Nothing to add to: copy the counts.
                    super(Counter, self).update(iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(*args, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.  Both the inputs and outputs are
        allowed to contain zero and negative counts.

        Source can be an iterable, a dictionary, or another Counter instance.

        >>> c = Counter('which')
        >>> c.subtract('witch')             # subtract elements from another iterable
        >>> c.subtract(Counter('watch'))    # subtract elements from another counter
        >>> c['h']                          # 2 in which, minus 1 in witch, minus 1 in watch
        0
        >>> c['w']                          # 1 in which, minus 1 in witch, minus 1 in watch
        -1

        '''
        if not args:
            raise TypeError("descriptor 'subtract' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        rest = args[1:]
        if len(rest) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(rest))
        iterable = rest[0] if rest else None
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            super(Counter, self).__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        items = ', '.join(map('%r: %r'.__mod__, self.most_common()))
        return '%s({%s})' % (self.__class__.__name__, items)

    # Multiset operations; results keep only positive counts.

    def __add__(self, other):
        '''Add counts from two counters.

        >>> Counter('abbb') + Counter('bcc')
        Counter({'b': 4, 'c': 2, 'a': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.

        >>> Counter('abbbc') - Counter('bccd')
        Counter({'b': 2, 'a': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.

        >>> Counter('abbb') | Counter('bcc')
        Counter({'b': 3, 'c': 2, 'a': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.

        >>> Counter('abbb') & Counter('bcc')
        Counter({'b': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result


def _repeat_each(pairs):
    """Each elem of the (elem, count) pairs, count times."""
    for elem, count in pairs:
        for _ in xrange(count):
            yield elem
