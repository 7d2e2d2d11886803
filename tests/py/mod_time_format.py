# time: gmtime over the time_t range, strftime/asctime field validation (every field out of range), two-digit years, argument errors, struct_time.
import time


def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return type(e).__name__ + ':' + str(e)


for s in [0, 1, -1, 86399.9, -86400.5, 1e9, 2 ** 31, 2 ** 33, -2 ** 31 - 5, 1.5e10, 253402300799, 253402300800, float('nan'), float('inf'), 1e19, -1e19]:
    print s, t(time.gmtime, s)
base = (2017, 7, 14, 2, 40, 0, 4, 195, 0)
for i in range(9):
    for v in (-2, -1, 0, 1, 13, 32, 60, 62, 366, 400, 2 ** 31, 1.5, '1'):
        tt = list(base)
        tt[i] = v
        print i, v, t(time.strftime, '%Y-%m-%d %H:%M:%S %a %b %j %w %p', tuple(tt)), t(time.asctime, tuple(tt))
for y in (0, 1, 68, 69, 99, 100, 1899, 1900, -1, 10000):
    print y, t(time.strftime, '%Y %y %C', (y, 1, 1, 0, 0, 0, 0, 1, 0)), t(time.asctime, (y, 1, 1, 0, 0, 0, 0, 1, 0))
print t(time.strftime, 'a\0b', base), t(time.strftime, u'%Y', base), t(time.strftime, 5, base), t(time.strftime, '%Y', 'abcdefghi'), t(time.strftime, '%Y', None), t(time.strftime, '%Y', [2000, 1, 1, 0, 0, 0, 0, 1, 0])
print t(time.strftime, '%Y', base + (1,)), t(time.asctime, ()), t(time.mktime, 5), t(time.sleep), t(time.sleep, 0.001, 2), t(time.time, 1), t(time.gmtime, 1, 2), t(time.ctime, 'x')
print time.accept2dyear, type(time.struct_time(range(9))).__name__, time.struct_time.n_fields, t(time.strftime, '%' * 5, base), len(time.strftime('%c' * 300, base))
print [time.gmtime(d * 86400 * 37)[6:8] for d in range(20)]
