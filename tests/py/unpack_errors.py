# Unpacking error messages.

def attempt(label, f):
    try:
        f()
        print label, 'ok'
    except (ValueError, TypeError), e:
        print label, type(e).__name__ + ':', e


def too_many():
    a, b = 1, 2, 3


def too_few():
    a, b, c = [1, 2]


def one_value():
    a, b = [1]


def zero_values():
    a, b = []


def from_string():
    a, b = 'abc'


def from_int():
    a, b = 5


def from_none():
    a, b = None


def nested_bad():
    (a, b), c = (1, 2, 3), 4


def gen_too_many():
    a, b = (i for i in range(5))


def gen_too_few():
    a, b, c = (i for i in range(1))


def dict_unpack():
    a, b = {'x': 1, 'y': 2, 'z': 3}


def for_unpack():
    for a, b in [(1, 2), (3,)]:
        pass


def tuple_param_bad():
    f = lambda (a, b): a
    f((1, 2, 3))


def single_too_many():
    a, = (1, 2)


def iter_raises():
    class It(object):
        def __iter__(self):
            return self

        def next(self):
            raise KeyError('from next')
    a, b = It()


for name in ['too_many', 'too_few', 'one_value', 'zero_values', 'from_string', 'from_int', 'from_none',
             'nested_bad', 'gen_too_many', 'gen_too_few', 'dict_unpack', 'for_unpack', 'tuple_param_bad',
             'single_too_many']:
    attempt(name, globals()[name])
try:
    iter_raises()
except KeyError, e:
    print 'KeyError from next propagates:', e
partial = [0, 0]
try:
    partial[0], partial[1] = 1, 2, 3
except ValueError, e:
    print 'no partial assignment:', partial, e
it = iter([1, 2, 3])
try:
    a, b = it
except ValueError, e:
    print 'consumed up to:', list(it), e
