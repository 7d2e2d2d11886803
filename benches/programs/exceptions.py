"""Exceptions in hot loops: raise and catch across frames, a user-defined
exception hierarchy with attributes, builtin KeyError/IndexError/
ZeroDivisionError, try/finally, re-raise and the else clause.

usage: exceptions.py [N]   loop iterations (default 150000)
"""
import sys


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, position, reason):
        AppError.__init__(self, reason)
        self.position = position
        self.reason = reason


class RangeError(AppError):
    def __init__(self, value):
        AppError.__init__(self, value)
        self.value = value


def parse_digit(text, pos):
    ch = text[pos]
    if '0' <= ch <= '9':
        return ord(ch) - 48
    raise ParseError(pos, 'not a digit')


def checked(value, limit):
    if value > limit:
        raise RangeError(value)
    return value


def parse_number(text, limit):
    value = 0
    for pos in range(len(text)):
        value = value * 10 + parse_digit(text, pos)
    return checked(value, limit)


class Ledger(object):
    def __init__(self):
        self.entries = {}
        self.cleanups = 0

    def lookup(self, key):
        try:
            return self.entries[key]
        except KeyError:
            self.entries[key] = len(key)
            raise

    def guarded(self, fn, arg):
        try:
            return fn(arg)
        finally:
            self.cleanups += 1


def classify(i, ledger, samples):
    """Returns a code for what happened; most paths raise."""
    text = samples[i % len(samples)]
    try:
        number = ledger.guarded(lambda t: parse_number(t, 5000), text)
    except ParseError, e:
        return 1 + e.position
    except RangeError, e:
        return 100 + e.value % 7
    else:
        try:
            return 1000 // (number % 5)
        except ZeroDivisionError:
            return -1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    samples = ['123', '98x', '7777', '40', 'a1', '5000', '12345', '3', '0', '61z2']
    ledger = Ledger()
    codes = {}
    total = 0
    for i in xrange(n):
        code = classify(i, ledger, samples)
        codes[code] = codes.get(code, 0) + 1
        total += code
    print 'classified: %d  code sum: %d  cleanups: %d' % (n, total, ledger.cleanups)
    print 'codes: %s' % ' '.join(['%d:%d' % kv for kv in sorted(codes.items())])

    misses = hits = 0
    keys = ['k%d' % (i % 97) for i in xrange(n // 2)]
    for key in keys:
        try:
            ledger.lookup(key)
            hits += 1
        except KeyError:
            misses += 1
    print 'lookups: %d hits, %d misses' % (hits, misses)

    table = range(50)
    out_of_range = 0
    nested = 0
    for i in xrange(n):
        try:
            try:
                table[i % 60]
            except IndexError:
                out_of_range += 1
                raise AppError('wrapped')
        except AppError:
            nested += 1
    print 'index errors: %d  rewrapped: %d' % (out_of_range, nested)


main()
