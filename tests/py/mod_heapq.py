# heapq: heappush/heappop/heapify/heappushpop/heapreplace/nlargest/nsmallest (with key)/merge, invariants and errors.
import heapq


def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


def is_heap(h):
    return all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h))


h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print h, is_heap(h)
print [heapq.heappop(h) for _ in range(len(h))], h
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print data, is_heap(data), data[0]
print heapq.heappushpop(data, -1), heapq.heappushpop(data, 100), data, is_heap(data)
print heapq.heapreplace(data, 50), data, is_heap(data)
print heapq.heappushpop([], 5), heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(3, [5, 1, 8, 3, 9])
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len), heapq.nsmallest(1, words, key=lambda w: w[-1])
print heapq.nlargest(0, [1, 2]), heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(-1, [1]), heapq.nlargest(1, []), heapq.nsmallest(1, iter([4, 2]))
print heapq.nlargest(3, [(1, 'a'), (3, 'b'), (3, 'a'), (2, 'z')]), heapq.nsmallest(2, [(1, 'b'), (1, 'a')], key=lambda t: t[0])
print list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])), list(heapq.merge('ace', 'bd'))
print list(heapq.merge([1, 1], [1])), type(heapq.merge([1])).__name__
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'coffee'))
print [heapq.heappop(tasks) for _ in range(4)]
big = [(i * 7919) % 1000 for i in range(200)]
heapq.heapify(big)
out = [heapq.heappop(big) for _ in range(len(big))]
print out[:10], out == sorted(out), heapq.nsmallest(5, [(i * 31) % 97 for i in range(97)])
show('heappop empty', heapq.heappop, [])
show('heapreplace empty', heapq.heapreplace, [], 1)
show('heappush non-list', heapq.heappush, (), 1)
show('heapify non-list', heapq.heapify, 'abc')
show('heappush()', heapq.heappush)
show('nlargest bad key', heapq.nlargest, 2, [1, 2], key=5)
show('nsmallest non-iterable', heapq.nsmallest, 2, 5)
show('mixed complex', heapq.heapify, [1j, 2j, 3j])
