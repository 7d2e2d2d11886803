# Instruction pairs the interpreter runs as one dispatch (LOAD_FAST pairs,
# STORE_FAST+LOAD_FAST, LOAD_FAST+LOAD_CONST, COMPARE_OP+POP_JUMP_IF_*):
# errors in either half report the right line, and rich comparisons whose
# results are odd objects are tested for truth exactly once.
import sys


def tb_lines():
    tb = sys.exc_info()[2]
    out = []
    while tb is not None:
        out.append(tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno)
        tb = tb.tb_next
    return out


def second_unbound(flag):
    a = 1
    if flag:
        b = 2
    return (a +
            b)


def first_unbound(flag):
    if flag:
        a = 1
    b = 2
    return (a +
            b)


def store_then_unbound(flag):
    if flag:
        c = 3
    x = 5
    return (c
            + x)


for fn in (second_unbound, first_unbound, store_then_unbound):
    print fn.__name__, fn(True)
    try:
        fn(False)
    except UnboundLocalError as e:
        print fn.__name__, e, tb_lines()


class Truth(object):
    def __init__(self, v, log):
        self.v = v
        self.log = log

    def __nonzero__(self):
        self.log.append('nonzero %r' % self.v)
        if self.v is None:
            raise ValueError('no truth')
        return self.v


class Cmp(object):
    def __init__(self, log, result):
        self.log = log
        self.result = result

    def __lt__(self, other):
        self.log.append('lt %r' % (other,))
        if self.result == 'raise':
            raise KeyError(other)
        return Truth(self.result, self.log)


def branch(x, y):
    if x < y:
        return 'yes'
    return 'no'


def branch_not(x, y):
    if not x < y:
        return 'no'
    return 'yes'


for result in (True, False, 0, 1, None, 'raise'):
    log = []
    for fn in (branch, branch_not):
        try:
            r = fn(Cmp(log, result), 7)
        except (ValueError, KeyError) as e:
            r = '%s(%s) at %s' % (type(e).__name__, e, tb_lines())
        print result, fn.__name__, r, log


def mixed(n):
    total = 0
    i = 0
    while i < n:
        if i in (2, 5):
            total += 100
        elif i is None or i not in [1, 3]:
            total += i
        elif i >= 2.5:
            total -= 1
        i = i + 1
    return total


print mixed(10), mixed(0), mixed(1L << 3)
print [k for k in range(20) if k % 3 < 1 and 4 <= k]

big = 1 << 70
print [branch(big, big + 1), branch(big + 1, big), branch(1.5, 2), branch('a', 'b'),
       branch((1, 2), (1, 3)), branch(None, 0), branch([], {})]
