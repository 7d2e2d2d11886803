# New-style classes: attributes, methods, inheritance, super, class vs instance attributes.

class Animal(object):
    kingdom = 'animalia'
    count = 0

    def __init__(self, name, legs):
        self.name = name
        self.legs = legs
        Animal.count += 1

    def describe(self):
        return '%s has %d legs' % (self.name, self.legs)

    def speak(self):
        return '...'

    def intro(self):
        return self.describe() + ' and says ' + self.speak()


class Dog(Animal):
    def __init__(self, name):
        super(Dog, self).__init__(name, 4)
        self.tricks = []

    def speak(self):
        return 'woof'

    def add_trick(self, t):
        self.tricks.append(t)
        return self


class Puppy(Dog):
    def speak(self):
        return super(Puppy, self).speak() + ' (squeaky)'


class Bird(Animal):
    kingdom = 'still animalia'

    def __init__(self, name):
        Animal.__init__(self, name, 2)

    def speak(self):
        return 'tweet'


a = Animal('generic', 0)
d = Dog('rex')
p = Puppy('bit')
b = Bird('tweety')
for x in [a, d, p, b]:
    print type(x).__name__, x.intro(), x.kingdom
print Animal.count, Dog.count, d.count
d.count = 'instance shadow'
print Animal.count, d.count, Dog.count
del d.count
print d.count
print d.add_trick('sit').add_trick('roll').tricks
print sorted(d.__dict__.items())
print sorted(k for k in Dog.__dict__ if not k.startswith('__'))
print Dog.__name__, Dog.__bases__[0].__name__, Dog.__module__
print type(d) is Dog, type(d) == Animal, d.__class__.__name__
print isinstance(p, Animal), isinstance(b, Dog), issubclass(Puppy, Animal)
Animal.kingdom = 'changed'
print a.kingdom, d.kingdom, b.kingdom
Animal.new_method = lambda self: 'patched ' + self.name
print p.new_method()
d.attr = 1
d.attr += 41
print d.attr, getattr(d, 'attr'), getattr(d, 'missing', 'default'), hasattr(d, 'attr'), hasattr(d, 'zzz')
setattr(d, 'dyn', 'amic')
print d.dyn
delattr(d, 'dyn')
print hasattr(d, 'dyn')
print Dog.speak(d), Animal.speak(d), Puppy.speak(p)
f = d.speak
print f(), f.__name__, f.im_self is d, f.im_class.__name__, f.im_func is Dog.__dict__['speak']


class Counter(object):
    def __init__(self):
        self.n = 0

    def incr(self, by=1):
        self.n += by
        return self.n


c = Counter()
for i in range(5):
    c.incr()
c.incr(10)
print c.n
print [Counter().incr(i) for i in range(4)]


class Empty(object):
    pass


e = Empty()
e.x = 1
print e.__dict__, Empty.__bases__[0].__name__, type(Empty).__name__
print str(type(e)), repr(Empty), repr(type(1)), repr(object), repr(type)
