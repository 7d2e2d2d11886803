"""Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
"""

# Behaves as CPython 2.7's heapq, whose core is the C module _heapq: the
# same argument checking and messages, and the same sequence of
# comparisons. Every comparison goes through cmp_lt: "x < y" when x has an
# __lt__ attribute, else "not y <= x" (compatibility with classes that
# only define __le__).

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def cmp_lt(x, y):
    if hasattr(x, '__lt__'):
        return x < y
    return not y <= x


def _check_heap(heap):
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError('heap argument must be a list')


def _heap_and_item(name, args):
    if len(args) != 2:
        raise TypeError('%s expected 2 arguments, got %d' % (name, len(args)))
    _check_heap(args[0])
    return args


def _one_arg(name, args):
    if len(args) != 1:
        raise TypeError('%s() takes exactly one argument (%d given)'
                        % (name, len(args)))
    _check_heap(args[0])
    return args[0]


def _siftdown(heap, startpos, pos):
    """Moves heap[pos] towards the root (not above startpos) while it is
    smaller than its parent."""
    size = len(heap)
    if pos >= size:
        raise IndexError('index out of range')
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not cmp_lt(newitem, parent):
            break
        if size != len(heap):
            raise RuntimeError('list changed size during iteration')
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _siftup(heap, pos):
    """Moves the smaller child up until heap[pos]'s item reaches a leaf,
    then sifts that item back down towards pos."""
    endpos = len(heap)
    startpos = pos
    if pos >= endpos:
        raise IndexError('index out of range')
    newitem = heap[pos]
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        rightpos = childpos + 1
        if rightpos < endpos:
            if not cmp_lt(heap[childpos], heap[rightpos]):
                childpos = rightpos
            if endpos != len(heap):
                raise RuntimeError('list changed size during iteration')
        heap[pos] = heap[childpos]
        pos = childpos
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    """Max-heap version of _siftdown."""
    if pos >= len(heap):
        raise IndexError('index out of range')
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not cmp_lt(parent, newitem):
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _siftup_max(heap, pos):
    """Max-heap version of _siftup."""
    endpos = len(heap)
    startpos = pos
    if pos >= endpos:
        raise IndexError('index out of range')
    newitem = heap[pos]
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        rightpos = childpos + 1
        if rightpos < endpos and not cmp_lt(heap[rightpos], heap[childpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def heappush(*args):
    """heappush(heap, item) -> None. Push item onto heap, maintaining the heap invariant."""
    heap, item = _heap_and_item('heappush', args)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(*args):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    heap = _one_arg('heappop', args)
    n = len(heap)
    if n == 0:
        raise IndexError('index out of range')
    last = heap.pop()
    if n == 1:
        return last
    smallest = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return smallest


def heapreplace(*args):
    """heapreplace(heap, item) -> value. Pop and return the current smallest value, and add the new item.

This is more efficient than heappop() followed by heappush(), and can be
more appropriate when using a fixed-size heap.  Note that the value
returned may be larger than item!  That constrains reasonable uses of
this routine unless written as part of a conditional replacement:

    if item > heap[0]:
        item = heapreplace(heap, item)
"""
    heap, item = _heap_and_item('heapreplace', args)
    if len(heap) < 1:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(*args):
    """heappushpop(heap, item) -> value. Push item on the heap, then pop and return the smallest item
from the heap. The combined action runs more efficiently than
heappush() followed by a separate call to heappop()."""
    heap, item = _heap_and_item('heappushpop', args)
    if len(heap) < 1:
        return item
    if not cmp_lt(heap[0], item):
        return item
    if len(heap) == 0:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heapify(*args):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    heap = _one_arg('heapify', args)
    i = len(heap) // 2 - 1
    while i >= 0:
        _siftup(heap, i)
        i -= 1


def _ssize_arg(n):
    """n converted as a C Py_ssize_t argument ("n" format)."""
    if isinstance(n, float):
        raise TypeError('integer argument expected, got float')
    if isinstance(n, (int, long)):
        v = n
    else:
        try:
            conv = type(n).__int__
        except AttributeError:
            raise TypeError('an integer is required')
        v = conv(n)
        if not isinstance(v, (int, long)):
            raise TypeError('nb_int should return int object')
    if not -9223372036854775808 <= v <= 9223372036854775807:
        raise OverflowError('Python int too large to convert to C long')
    return int(v)


def _collect(n, it):
    """Up to n items from the iterator it."""
    result = []
    i = 0
    while i < n:
        try:
            result.append(next(it))
        except StopIteration:
            break
        i += 1
    return result


def _nlargest(n, iterable):
    """The n largest items, largest first (the C helper's algorithm)."""
    n = _ssize_arg(n)
    it = iter(iterable)
    heap = _collect(n, it)
    if heap and len(heap) == n:
        i = n // 2 - 1
        while i >= 0:
            _siftup(heap, i)
            i -= 1
        sol = heap[0]
        for elem in it:
            if not cmp_lt(sol, elem):
                continue
            heap[0] = elem
            _siftup(heap, 0)
            sol = heap[0]
    heap.sort()
    heap.reverse()
    return heap


def _nsmallest(n, iterable):
    """The n smallest items, smallest first (the C helper's algorithm)."""
    n = _ssize_arg(n)
    it = iter(iterable)
    heap = _collect(n, it)
    if heap and len(heap) == n:
        i = n // 2 - 1
        while i >= 0:
            _siftup_max(heap, i)
            i -= 1
        los = heap[0]
        for elem in it:
            if not cmp_lt(elem, los):
                continue
            heap[0] = elem
            _siftup_max(heap, 0)
            los = heap[0]
    heap.sort()
    return heap


def _decorate(iterable, step):
    """(item, index) pairs; indexes count by step (izip(it, count(0, step)))."""
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('izip argument #1 must support iteration')
    return _decorated_plain(it, step)


def _decorated_plain(it, step):
    i = 0
    for elem in it:
        yield (elem, i)
        i += step


def _decorate_key(iterable, key, step):
    """(key(item), index, item) triples."""
    it = iter(iterable)
    return _decorated_key(it, key, step)


def _decorated_key(it, key, step):
    i = 0
    for elem in it:
        yield (key(elem), i, elem)
        i += step


def _first_and_rest(iterable):
    it = iter(iterable)
    for head in it:
        return head, it
    return None, None


def merge(*iterables):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    '''
    # Each heap entry is [current value, input number, that input's next];
    # the input number breaks ties so the bound methods are never compared.
    iterators = map(iter, iterables)
    h = []
    for itnum, it in enumerate(iterators):
        try:
            step = it.next
            h.append([step(), itnum, step])
        except StopIteration:
            pass
    heapify(h)
    while len(h) > 1:
        try:
            while 1:
                entry = h[0]
                yield entry[0]
                entry[0] = entry[2]()
                heapreplace(h, entry)
        except StopIteration:
            heappop(h)
    if h:
        v, itnum, step = h[0]
        yield v
        for v in iterators[itnum]:
            yield v


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        head, it = _first_and_rest(iterable)
        if it is None:
            return []
        best = head
        if key is None:
            for elem in it:
                if elem < best:
                    best = elem
        else:
            bestkey = key(head)
            for elem in it:
                k = key(elem)
                if k < bestkey:
                    best, bestkey = elem, k
        return [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if key is None:
        return [pair[0] for pair in _nsmallest(n, _decorate(iterable, 1))]
    triples = _decorate_key(iterable, key, 1)
    return [t[2] for t in _nsmallest(n, triples)]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        head, it = _first_and_rest(iterable)
        if it is None:
            return []
        best = head
        if key is None:
            for elem in it:
                if elem > best:
                    best = elem
        else:
            bestkey = key(head)
            for elem in it:
                k = key(elem)
                if k > bestkey:
                    best, bestkey = elem, k
        return [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if key is None:
        return [pair[0] for pair in _nlargest(n, _decorate(iterable, -1))]
    triples = _decorate_key(iterable, key, -1)
    return [t[2] for t in _nlargest(n, triples)]
