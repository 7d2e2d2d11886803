# Module attribute loads in compiled code read the module dict's entry
# directly while the dict's keys are unchanged: rebinding, deleting,
# re-adding and growing the namespace mid-loop all show the current
# value, and a missing attribute raises CPython's AttributeError.
import types
import math

m = types.ModuleType('m')
m.x = 1
m.y = 10


def read(n):
    out = []
    for i in range(n):
        out.append(m.x + m.y)
        if i == 1000:
            m.x = 2
        elif i == 1500:
            m.extra1 = 0
            m.extra2 = 0
            m.extra3 = 0
            m.extra4 = 0
            m.extra5 = 0
            m.extra6 = 0
        elif i == 2000:
            del m.y
            m.y = 20
        elif i == 2500:
            m.x = 'a'
            m.y = 'b'
    return out[999:1002], out[1999:2002], out[-1]

print read(3000)


def pi_sum(n):
    t = 0.0
    for i in range(n):
        t += math.pi
    return t

print pi_sum(3000)


def missing(n):
    for i in range(n):
        if i == n - 1:
            del m.x
        try:
            v = m.x
        except AttributeError as e:
            return i, str(e)
    return None

print missing(3000)


def other_modules(mods, n):
    t = []
    for i in range(n):
        for mod in mods:
            t.append(mod.__name__)
    return t[-3:]

print other_modules([math, types, m], 1500)
