"""Bisection algorithms."""

# Behaves as CPython 2.7's bisect, whose functions come from the C module
# _bisect: arguments (a, x[, lo[, hi]]) are parsed like the C
# "OO|nn:NAME" format (same messages), items are fetched with a[i] and
# compared with "<" only, and insort uses list insertion for exact lists
# and a.insert(i, x) otherwise.

_KEYWORDS = ('a', 'x', 'lo', 'hi')


def _ssize(v):
    """v converted as a C Py_ssize_t argument."""
    if isinstance(v, float):
        raise TypeError('integer argument expected, got float')
    if not isinstance(v, (int, long)):
        try:
            conv = type(v).__int__
        except AttributeError:
            raise TypeError('an integer is required')
        v = conv(v)
        if not isinstance(v, (int, long)):
            raise TypeError('nb_int should return int object')
    if not -9223372036854775808 <= v <= 9223372036854775807:
        raise OverflowError('Python int too large to convert to C long')
    return int(v)


def _parse(fname, args, kw):
    """(a, x, lo, hi) from a call's arguments, hi -1 when not given."""
    nargs = len(args)
    if not kw:
        if nargs == 2:
            return args[0], args[1], 0, -1
        if nargs == 3:
            return args[0], args[1], _ssize(args[2]), -1
        if nargs == 4:
            return args[0], args[1], _ssize(args[2]), _ssize(args[3])
    nkw = len(kw)
    if nargs + nkw > 4:
        raise TypeError('%s() takes at most 4 arguments (%d given)'
                        % (fname, nargs + nkw))
    values = [None, None, 0, -1]
    remaining = nkw
    for i in range(4):
        name = _KEYWORDS[i]
        if remaining and name in kw:
            remaining -= 1
            if i < nargs:
                raise TypeError("Argument given by name ('%s') and position (%d)"
                                % (name, i + 1))
            value = kw[name]
        elif i < nargs:
            value = args[i]
        elif i < 2:
            raise TypeError("Required argument '%s' (pos %d) not found"
                            % (name, i + 1))
        elif not remaining:
            break
        else:
            continue
        values[i] = _ssize(value) if i >= 2 else value
    if remaining:
        for key in kw:
            if not isinstance(key, str):
                raise TypeError('keywords must be strings')
            if key not in _KEYWORDS:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % key)
    return values[0], values[1], values[2], values[3]


def _sequence_size(a):
    """len(a) as the C PySequence_Size: mappings without a sequence length
    (dicts) have none."""
    if isinstance(a, dict) and type(a).__len__ is dict.__len__:
        raise TypeError("object of type '%s' has no len()" % type(a).__name__)
    return len(a)


def _right(a, x, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = _sequence_size(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _left(a, x, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = _sequence_size(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(*args, **kw):
    """bisect(a, x[, lo[, hi]]) -> index
bisect_right(a, x[, lo[, hi]]) -> index

Return the index where to insert item x in list a, assuming a is sorted.

The return value i is such that all e in a[:i] have e <= x, and all e in
a[i:] have e > x.  So if x already appears in the list, i points just
beyond the rightmost x already there

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched.
"""
    a, x, lo, hi = _parse('bisect_right', args, kw)
    return _right(a, x, lo, hi)


def bisect(*args, **kw):
    a, x, lo, hi = _parse('bisect_right', args, kw)
    return _right(a, x, lo, hi)


bisect.__doc__ = bisect_right.__doc__


def insort_right(*args, **kw):
    """insort(a, x[, lo[, hi]])
insort_right(a, x[, lo[, hi]])

Insert item x in list a, and keep it sorted assuming a is sorted.

If x is already in a, insert it to the right of the rightmost x.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched.
"""
    a, x, lo, hi = _parse('insort_right', args, kw)
    a.insert(_right(a, x, lo, hi), x)


def insort(*args, **kw):
    a, x, lo, hi = _parse('insort_right', args, kw)
    a.insert(_right(a, x, lo, hi), x)


insort.__doc__ = insort_right.__doc__


def bisect_left(*args, **kw):
    """bisect_left(a, x[, lo[, hi]]) -> index

Return the index where to insert item x in list a, assuming a is sorted.

The return value i is such that all e in a[:i] have e < x, and all e in
a[i:] have e >= x.  So if x already appears in the list, i points just
before the leftmost x already there.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched.
"""
    a, x, lo, hi = _parse('bisect_left', args, kw)
    return _left(a, x, lo, hi)


def insort_left(*args, **kw):
    """insort_left(a, x[, lo[, hi]])

Insert item x in list a, and keep it sorted assuming a is sorted.

If x is already in a, insert it to the left of the leftmost x.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched.
"""
    a, x, lo, hi = _parse('insort_left', args, kw)
    a.insert(_left(a, x, lo, hi), x)
