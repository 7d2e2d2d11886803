"""WeakSet: a set of weakly referenced objects.

Kept apart from weakref.py because abc.py needs it while collections is
still being imported. Members are stored as weak references whose callback
drops them once their referent dies; while an iteration is running those
removals are queued and applied when the last iteration ends, so the
underlying set never changes size under an iterator.
"""

from _weakref import ref

__all__ = ['WeakSet']


class _IterationGuard(object):
    """Context manager that marks a weak container as being iterated.

    It holds the container only weakly, so a suspended iterator does not
    keep the container alive."""

    def __init__(self, weakcontainer):
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        container = self.weakcontainer()
        if container is not None:
            container._iterating.add(self)
        return self

    def __exit__(self, e, t, b):
        container = self.weakcontainer()
        if container is not None:
            running = container._iterating
            running.remove(self)
            if not running:
                container._commit_removals()


def _make_remover(wset):
    """The weakref callback of a WeakSet: forget a dead member, or queue it
    while iterations are running. It refers to the set only weakly."""
    wself = ref(wset)

    def _remove(item, selfref=wself):
        owner = selfref()
        if owner is not None:
            if owner._iterating:
                owner._pending_removals.append(item)
            else:
                owner.data.discard(item)
    return _remove


class WeakSet(object):
    def __init__(self, data=None):
        self.data = set()
        self._remove = _make_remover(self)
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending = self._pending_removals
        forget = self.data.discard
        while pending:
            forget(pending.pop())

    def __iter__(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),),
                getattr(self, '__dict__', None))

    __hash__ = None

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet')
            obj = wr()
            if obj is not None:
                return obj

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for obj in other:
            self.add(obj)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(obj) for obj in other)
        return self

    def intersection(self, other):
        return self.__class__(obj for obj in other if obj in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(ref(obj) for obj in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(obj) for obj in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(ref(obj) for obj in other)

    def issuperset(self, other):
        return self.data.issuperset(ref(obj) for obj in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(ref(obj) for obj in other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(ref(obj) for obj in other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return NotImplemented
        return not result

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(
                ref(obj, self._remove) for obj in other)
        return self

    def union(self, other):
        return self.__class__(obj for group in (self, other) for obj in group)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0
