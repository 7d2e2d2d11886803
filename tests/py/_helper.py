# Helper module for imp_ programs.
print 'importing _helper, __name__ =', __name__

VALUE = 42
_private = 'hidden'
items = []


def greet(name):
    return 'hello ' + name


class Thing(object):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Thing(%r)' % self.v


def add_item(x):
    items.append(x)
    return len(items)


if __name__ == '__main__':
    print 'never printed when imported'
