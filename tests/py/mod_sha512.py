# _sha512: SHA-512/SHA-384 hash objects (digests, incremental updates, copies, attributes, argument errors).
import _sha512

def show(label, f, *args, **kw):
    try:
        r = repr(f(*args, **kw))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r
for a in [1, u'abc', u'\xe9', bytearray('ab'), None, 'x' * 300]:
    show('sha512', lambda: _sha512.sha512(a).hexdigest())
h = _sha512.sha384()
for a in [1, u'abc', None, 'q' * 129]:
    show('update', h.update, a)
show('kw', _sha512.sha512, string='a', x=1)
show('kw2', lambda: _sha512.sha512(string='abc').hexdigest()[:16])
show('2 args', _sha512.sha512, 'a', 'b')
show('update()', h.update)
show('update kw', h.update, s='a')
print h.copy().hexdigest() == h.hexdigest(), repr(h.digest()[:4]), h.name, h.digest_size, h.digestsize, h.block_size
c = h.copy(); c.update('more'); print c.hexdigest() != h.hexdigest(), type(c).__name__
show('set name', setattr, h, 'name', 'x')
show('set digest_size', setattr, h, 'digest_size', 1)
show('new type', type(h))
show('other attr', setattr, h, 'foo', 1)
print type(h), type(_sha512.sha512()), type(h).__doc__, _sha512.sha512.__doc__
print h.update.__doc__, h.digest.__doc__, _sha512.__doc__
print repr(_sha512.sha512().digest()[-3:]), len(_sha512.sha512().digest()), len(h.digest())
for n in [0, 1, 111, 112, 127, 128, 129, 255, 256, 1000]:
    data = ''.join(chr((i * 7 + 3) & 255) for i in range(n))
    whole = _sha512.sha512(data).hexdigest()
    part = _sha512.sha512(data[:n // 3])
    part.update(data[n // 3:])
    print n, whole[:32], part.hexdigest() == whole, _sha512.sha384(data).hexdigest()[:32]
