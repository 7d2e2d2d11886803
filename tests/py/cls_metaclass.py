# __metaclass__ and type() as a class factory.

class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns):
        ns['registered_name'] = name.lower()
        cls = type.__new__(mcs, name, bases, ns)
        Registry.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns):
        super(Registry, cls).__init__(name, bases, ns)
        cls.init_ran = True

    def describe(cls):
        return 'class %s with %d own attrs' % (cls.__name__, len([k for k in cls.__dict__ if not k.startswith('__')]))

    def __call__(cls, *args):
        print 'Registry.__call__', cls.__name__, args
        return super(Registry, cls).__call__(*args)


class Base(object):
    __metaclass__ = Registry

    def __init__(self, v=0):
        self.v = v


class Child(Base):
    x = 1
    y = 2


print Registry.classes
print Base.registered_name, Child.registered_name, Child.init_ran
print Child.describe(), type(Child).__name__, type(Base) is Registry
c = Child(5)
print c.v, type(c).__name__, isinstance(Child, Registry)


def func_meta(name, bases, ns):
    print 'func_meta', name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__'))
    return type(name, bases, ns)


class ViaFunc(object):
    __metaclass__ = func_meta
    a = 1

    def m(self):
        return 'm'


print ViaFunc().m(), type(ViaFunc).__name__

Dyn = type('Dyn', (object,), {'x': 10, 'get': lambda self: self.x * 2})
d = Dyn()
print Dyn.__name__, d.x, d.get(), [k.__name__ for k in Dyn.__mro__]
Sub = type('Sub', (Dyn,), {'x': 21})
print Sub().get(), issubclass(Sub, Dyn)
print type(type), type(int), type(Dyn), type(Registry)


class Singleton(type):
    def __init__(cls, name, bases, ns):
        super(Singleton, cls).__init__(name, bases, ns)
        cls._instance = None

    def __call__(cls, *args):
        if cls._instance is None:
            cls._instance = super(Singleton, cls).__call__(*args)
        return cls._instance


class One(object):
    __metaclass__ = Singleton

    def __init__(self, n):
        print 'One.__init__', n
        self.n = n


a = One(1)
b = One(2)
print a is b, a.n


class AutoProps(type):
    def __new__(mcs, name, bases, ns):
        for field in ns.get('fields', ()):
            ns[field] = property(lambda self, f=field: self.data[f])
        return type.__new__(mcs, name, bases, ns)


class Record(object):
    __metaclass__ = AutoProps
    fields = ('name', 'age')

    def __init__(self, **kw):
        self.data = kw


r = Record(name='ann', age=30)
print r.name, r.age
__metaclass__ = type


class ModuleLevelMeta:
    pass


print type(ModuleLevelMeta).__name__, [k.__name__ for k in ModuleLevelMeta.__mro__]
