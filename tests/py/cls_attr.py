# Attribute hooks: __getattr__, __getattribute__, __setattr__, __delattr__.

class Proxy(object):
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
        object.__setattr__(self, 'log', [])

    def __getattr__(self, name):
        self.log.append('getattr ' + name)
        return getattr(self.target, name)

    def __setattr__(self, name, value):
        self.log.append('setattr ' + name)
        setattr(self.target, name, value)

    def __delattr__(self, name):
        self.log.append('delattr ' + name)
        delattr(self.target, name)


class Target(object):
    x = 1


t = Target()
p = Proxy(t)
print p.x
p.y = 2
print t.y, p.y
del p.y
print hasattr(t, 'y'), hasattr(p, 'y')
print p.log


class Tracer(object):
    cls_attr = 'class'

    def __init__(self):
        self.inst = 'instance'

    def __getattribute__(self, name):
        if not name.startswith('__'):
            print '(getattribute %s)' % name,
        if name == 'magic':
            return 'magic value'
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print '(getattr %s)' % name,
        if name == 'fallback':
            return 'fallback value'
        raise AttributeError('no %s here' % name)

    def method(self):
        return 'method called'


tr = Tracer()
print tr.inst
print tr.cls_attr
print tr.magic
print tr.fallback
print tr.method()
try:
    tr.nothing
except AttributeError, e:
    print 'AttributeError:', e
print getattr(tr, 'nothing', 'default')
print hasattr(tr, 'inst')


class Validated(object):
    def __setattr__(self, name, value):
        if name == 'age' and value < 0:
            raise ValueError('age must be >= 0')
        print '(set %s=%r)' % (name, value),
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == 'protected':
            raise AttributeError('cannot delete protected')
        object.__delattr__(self, name)


v = Validated()
v.age = 5
v.name = 'bob'
print
print sorted(v.__dict__.items())
try:
    v.age = -1
except ValueError, e:
    print 'ValueError:', e
v.protected = 1
try:
    del v.protected
except AttributeError, e:
    print 'AttributeError:', e
del v.name
print sorted(v.__dict__)
try:
    del v.name
except AttributeError, e:
    print 'AttributeError:', e


class OldStyle:
    def __getattr__(self, name):
        return 'old ' + name

    def __setattr__(self, name, value):
        self.__dict__[name] = ('wrapped', value)


o = OldStyle()
print o.anything
o.x = 3
print o.x, o.__dict__


class Dyn(object):
    pass


d = Dyn()
for i in range(5):
    setattr(d, 'a%d' % i, i * i)
print sorted(d.__dict__.items()), getattr(d, 'a3')
d.__dict__['direct'] = 'via dict'
print d.direct
print vars(d) is d.__dict__, sorted(vars(d))


class ClassGetattr(object):
    __getattr__ = lambda self, n: n.upper()


print ClassGetattr().hello
try:
    ClassGetattr.hello
except AttributeError, e:
    print 'AttributeError:', e


class Recursive(object):
    def __getattr__(self, name):
        if name == 'a':
            return self.b + 1
        if name == 'b':
            return 10
        raise AttributeError(name)


print Recursive().a
print getattr(Recursive(), 'c', 'nope')
