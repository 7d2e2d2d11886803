# finally interacting with return, break, continue and exceptions.

def ret_in_finally():
    try:
        return 'try'
    finally:
        print 'finally runs before return'


def override_return():
    try:
        return 'try'
    finally:
        return 'finally'


def swallow_exception():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'


def finally_raises():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')


def break_in_finally():
    for i in range(5):
        try:
            if i == 2:
                raise ValueError('dropped by break')
        finally:
            if i == 2:
                break
    return i


def continue_in_try():
    out = []
    for i in range(5):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out


def nested_finally():
    log = []
    try:
        try:
            try:
                log.append('inner try')
                return log
            finally:
                log.append('inner finally')
        finally:
            log.append('middle finally')
    finally:
        log.append('outer finally')


def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


def counter_in_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 5:
                continue
            break
        finally:
            print 'iteration', n,
    print
    return n


def except_then_finally(v):
    try:
        try:
            if v:
                raise v
            print 'no raise'
        except ValueError:
            print 'caught ValueError'
            return 'from except'
        else:
            print 'else'
            return 'from else'
        finally:
            print 'finally'
    except Exception, e:
        print 'outer got', type(e).__name__
        return 'outer'


print ret_in_finally()
print override_return()
print swallow_exception()
try:
    finally_raises()
except Exception, e:
    print 'got', type(e).__name__, e
print break_in_finally()
print continue_in_try()
print nested_finally()
print return_value_evaluated_first()
print counter_in_finally()
print except_then_finally(None)
print except_then_finally(ValueError)
print except_then_finally(KeyError('k'))
print except_then_finally(ValueError('instance'))


def gen_like_cleanup():
    results = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise IndexError(i)
                results.append(('ok', i))
            finally:
                results.append(('cleanup', i))
        except IndexError, e:
            results.append(('handled', e.args[0]))
    return results


print gen_like_cleanup()


def while_finally_break():
    i = 0
    while i < 10:
        try:
            i += 1
            if i == 3:
                break
        finally:
            print 'fin', i
    else:
        print 'while-else not reached'
    return i


print while_finally_break()


def for_else(xs):
    for x in xs:
        if x < 0:
            print 'negative found', x
            break
    else:
        print 'no negatives'


for_else([1, 2, 3])
for_else([1, -2, 3])
