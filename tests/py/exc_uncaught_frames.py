# Ends with an uncaught exception raised three function levels deep.

def parse(items):
    total = 0
    for item in items:
        total += convert(item)
        print 'running total', total
    return total


def convert(item):
    print 'converting', repr(item)
    return scale(item) * 2


def scale(item):
    return 100 / int(item)


print parse(['1', '2', '5'])
print parse(['4', '0', '3'])
print 'not reached'
