# The collector untracks tuples that hold only atomic values or untracked tuples, as a collection meets them (CPython's _PyTuple_MaybeUntrack).
import gc
def mk(n):
    return (n, n + 1)
t = mk(1)
u = (mk(2)[0], [3])
w = (mk(4), 5)
x = (t, 'a', None, 1.5)
print gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(w), gc.is_tracked(x)
gc.collect()
print gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(w), gc.is_tracked(x)
gc.collect()
print gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(w), gc.is_tracked(x)
d = {}
for i in range(1000):
    d[(i, i)] = i
gc.collect()
print sum(1 for k in d if gc.is_tracked(k))
