# Decorators: plain, with arguments, stacked, class decorators, functools-free wraps.

def trace(f):
    def wrapper(*args, **kw):
        print 'calling', f.__name__, args, sorted(kw.items())
        r = f(*args, **kw)
        print 'returned', repr(r)
        return r
    wrapper.__name__ = 'traced_' + f.__name__
    wrapper.__doc__ = f.__doc__
    return wrapper


@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b


print add(1, 2), add(5, b=5), add.__name__, add.__doc__


def repeat(n):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return deco


@repeat(3)
def hello(name):
    return 'hi ' + name


print hello('bob')


def tag(name):
    def deco(f):
        def wrapper(*a):
            return '<%s>%s</%s>' % (name, f(*a), name)
        return wrapper
    return deco


@tag('b')
@tag('i')
@tag('u')
def text(s):
    return s


print text('stacked')
order = []


def record(label):
    order.append('factory ' + label)

    def deco(f):
        order.append('apply ' + label)
        return f
    return deco


@record('first')
@record('second')
def decorated():
    pass


print order
registry = {}


def register(f):
    registry[f.__name__] = f
    return f


@register
def alpha():
    return 'a'


@register
def beta():
    return 'b'


print sorted(registry), registry['alpha'](), alpha()


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print fib(80), len(fib.cache)


def add_method(cls):
    cls.extra = lambda self: 'extra on ' + type(self).__name__
    return cls


@add_method
class Plain(object):
    pass


print Plain().extra()


class CountCalls(object):
    def __init__(self, f):
        self.f = f
        self.calls = 0

    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)


@CountCalls
def square(x):
    return x * x


print [square(i) for i in range(5)], square.calls


class Service(object):
    def __repr__(self):
        return 'Service()'

    @trace
    def work(self, x):
        return x * 2

    @staticmethod
    @trace
    def static_work(x):
        return -x


svc = Service()
print svc.work(21)
print Service.static_work(4)


def decorator_returns_other(f):
    return 'not a function anymore'


@decorator_returns_other
def gone():
    pass


print gone
