# struct sequences (os.stat_result, sys.version_info, sys.flags): not tuples, but indexable, sliceable, comparable and hashable as tuples; read-only fields; hidden fields; constructor checks.
import os, sys
s = os.stat_result((16877, 2, 65024, 21, 0, 0, 4096, 1795482888, 1795482910, 1795482910))
print type(s).__bases__, type(s).__mro__, isinstance(s, tuple), isinstance(sys.version_info, tuple), type(sys.version_info).__bases__
print s[:3], s + (1,), s * 0, s == tuple(s), hash(s) == hash(tuple(s)), s < (99999999,), 16877 in s, len(s), list(reversed(s))[:1] == [s[9]], s[-1] == s[9], s[::4] == tuple(s)[::4]
print type(s).n_fields, type(s).st_mode.__class__.__name__
print sys.version_info[:2], sys.version_info >= (2, 7), (2, 7) <= sys.version_info, sys.version_info.major, '%d.%d' % sys.version_info[:2], tuple(sys.version_info)[3]
print repr(sys.version_info), repr(sys.flags)[:30], type(sys.float_info), sys.long_info
try: s[20]
except IndexError as e: print e
try: s + [1]
except TypeError as e: print e
try: s.x = 1
except (AttributeError, TypeError) as e: print type(e).__name__, e
try: s.st_mode = 1
except (AttributeError, TypeError) as e: print type(e).__name__, e
try:
    class X(type(s)): pass
except TypeError as e: print e
print os.stat_result(range(10)) == tuple(range(10)), os.stat_result(range(13), {'st_rdev': 5}).st_rdev, os.stat_result(range(10)).st_mtime
print [x for x in sys.version_info][:2], max(sys.version_info[:3]), sorted(s)[0] >= 0
