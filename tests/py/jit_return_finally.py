# Returns through try/finally in compiled code: the finally body runs
# before the function returns, with the value kept; nested handlers,
# overriding returns, exceptions and loops around them.
import sys

log = []


def simple(x):
    try:
        return x * 2
    finally:
        log.append(x)


def override(x):
    try:
        return x
    finally:
        if x % 3 == 0:
            return -x


def nested(x):
    try:
        try:
            return x + 1
        finally:
            log.append('inner')
    finally:
        log.append('outer')


def in_loop(xs):
    total = 0
    for x in xs:
        try:
            if x > 5:
                return total
            total += x
        finally:
            total += 100
    return total


def with_except(x):
    try:
        try:
            return 10 // x
        except ZeroDivisionError:
            return 'div'
    finally:
        log.append('done')


def raising_finally(x):
    try:
        return x
    finally:
        if x == 7:
            raise ValueError('in finally %d' % x)


def finally_break(xs):
    out = []
    for x in xs:
        try:
            out.append(x)
        finally:
            if x == 3:
                break
    return out


def gen(n):
    try:
        for i in range(n):
            yield i
        return
    finally:
        log.append('gen closed')


def no_return(x):
    try:
        y = x + 1
    finally:
        y = -1 if x < 0 else y
    return y


total = 0
for i in range(3000):
    total += simple(i) + override(i) + nested(i) + no_return(i)
    total += in_loop([1, 2, i % 9, 4])
print total, len(log), log[-4:]
del log[:]
print [with_except(i % 3) for i in range(2000)][-4:], len(log)
results = []
for i in range(2000):
    try:
        results.append(raising_finally(i % 10))
    except ValueError as e:
        results.append(str(e))
print results[-5:]
print [finally_break([1, 2, 3, 4, 5]) for i in range(1500)][-1]
del log[:]
print sum(sum(gen(i % 5)) for i in range(1500)), len(log)
print override(9), override(10), nested(-1), no_return(-5)
print sys.exc_info()[0]
