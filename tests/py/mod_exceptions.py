# exceptions module: its contents, identity with builtins, the class hierarchy via __bases__/__mro__, attributes.
import exceptions


def tree(cls, depth=0):
    print '  ' * depth + cls.__name__
    for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
        if sub.__module__ == 'exceptions':
            tree(sub, depth + 1)


names = sorted(n for n in dir(exceptions) if not n.startswith('_'))
print len(names), names
import __builtin__
print all(getattr(exceptions, n) is getattr(__builtin__, n) for n in names), exceptions.__name__, type(exceptions).__name__
tree(BaseException)
for n in ['KeyError', 'UnicodeDecodeError', 'ZeroDivisionError', 'IOError', 'StopIteration', 'KeyboardInterrupt', 'DeprecationWarning', 'IndentationError', 'TabError']:
    c = getattr(exceptions, n)
    print n, [b.__name__ for b in c.__bases__], [m.__name__ for m in c.__mro__]
print issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(OverflowError, ArithmeticError), issubclass(UnicodeError, ValueError)
print issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception), issubclass(Warning, Exception), issubclass(OSError, EnvironmentError)
e = KeyError('k')
print e.args, str(e), repr(e), e.message, type(e).__module__
e = ValueError('a', 2)
print e.args, str(e), repr(e), repr(e.message)
e = Exception()
print e.args, repr(str(e)), repr(e)
e = UnicodeDecodeError('utf-8', '\xff', 0, 1, 'bad byte')
print e.encoding, repr(e.object), e.start, e.end, e.reason, str(e)
e = UnicodeEncodeError('ascii', u'\xe9', 0, 1, 'nope')
print e.encoding, repr(e.object), e.start, e.end, e.reason, str(e)
e = SyntaxError('msg', ('file.py', 3, 7, 'bad line\n'))
print e.msg, e.filename, e.lineno, e.offset, repr(e.text), str(e), e.args[0]
e = SystemExit(4)
print e.code, e.args
e = EnvironmentError(2, 'No such file', 'name')
print e.errno, e.strerror, e.filename, str(e), e.args
e = StopIteration('done')
print e.args, str(e)
e = BaseException('x', 'y')
e.extra = 'custom attr'
print e.args, e.extra, str(e), e.__dict__, e.__reduce__()
print Exception.__mro__, BaseException.__bases__, object in Exception.__mro__
try:
    raise exceptions.ArithmeticError('raised via module')
except ArithmeticError as err:
    print type(err).__name__, err, isinstance(err, exceptions.StandardError)
try:
    BaseException.__new__(int)
except TypeError as err:
    print 'TypeError', err
