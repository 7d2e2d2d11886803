# time: only deterministic parts: gmtime(0), strftime of fixed tuples, struct_time, mktime-free checks, sleep(0).
import time


def show(label, f, *args):
    try:
        r = repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, r


t0 = time.gmtime(0)
print tuple(t0), t0.tm_year, t0.tm_mon, t0.tm_mday, t0.tm_hour, t0.tm_min, t0.tm_sec, t0.tm_wday, t0.tm_yday, t0.tm_isdst
print type(t0).__name__, len(t0), t0[0], t0[-1], t0[:3], repr(t0)
t1 = time.gmtime(1500000000)
print tuple(t1), time.gmtime(1e9)[:6], time.gmtime(-86400)[:3], time.gmtime(951782400)[:8]
fixed = (2017, 7, 14, 2, 40, 0, 4, 195, 0)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%j %U %W %w', '%y %I %p %M', '%d/%m/%Y', '%%literal%%', '%c', '%x %X', '']:
    print repr(fmt), repr(time.strftime(fmt, fixed))
print time.strftime('%Y %j', t1), time.strftime('%H:%M', time.gmtime(3600 * 5 + 60 * 7))
print time.asctime(fixed), time.asctime(t0)
st = time.struct_time((2020, 2, 29, 23, 59, 59, 5, 60, 0))
print st.tm_year, st.tm_yday, st[:], time.strftime('%Y-%m-%d %A', st)
now = time.time()
print type(now).__name__, now > 1e9, type(time.clock()).__name__, time.clock() >= 0, time.sleep(0), time.sleep(0.0)
print type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, len(time.tzname)
print type(time.localtime()).__name__, len(time.localtime()), type(time.mktime(time.localtime())).__name__, type(time.ctime()).__name__
later = time.time()
print later >= now, isinstance(time.gmtime(), time.struct_time), time.gmtime(now)[0] >= 2017
show('gmtime("x")', time.gmtime, 'x')
show('strftime bad tuple', time.strftime, '%Y', (1, 2))
show('strftime month 13', time.strftime, '%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0))
show('strftime no args', time.strftime)
show('sleep(-1)', time.sleep, -1)
show('sleep("a")', time.sleep, 'a')
show('struct_time short', time.struct_time, (1, 2, 3))
show('asctime bad', time.asctime, (1,))
show('gmtime(1e20)', time.gmtime, 1e20)
