# Module-level globals read and written from functions via `global`.

counter = 0
name = 'start'
history = []


def bump():
    global counter
    counter = counter + 1
    return counter


def rename(new):
    global name
    old = name
    name = new
    return old


def record(x):
    history[len(history) - 1] = x


def read_only():
    return counter * 10 + len(name)


def shadow():
    counter = 1000
    return counter


for i in range(5):
    print bump(),
print
print counter, read_only()
print rename('middle'), rename('end'), name
print shadow(), counter
history = [0, 0, 0]
record('last')
print history


def define_new():
    global brand_new
    brand_new = 'created in function'


define_new()
print brand_new

total = 0
for i in range(10):
    total = total + i
print 'module loop var i =', i, 'total =', total


def uses_loop_var():
    return i * 2


print uses_loop_var()
i = 'changed'
print uses_loop_var()

a = 1
b = 2


def swap_globals():
    global a, b
    t = a
    a = b
    b = t


swap_globals()
print a, b
swap_globals()
print a, b


def local_after_global_read(x):
    y = counter + x
    return y


print local_after_global_read(100)
len_saved = len
print len_saved('abc')
