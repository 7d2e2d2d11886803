# Booleans, truthiness, and/or/not returning operands.

vals = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, None, True, False, 0L, 2 ** 70]
for v in vals:
    r = 'F'
    if v:
        r = 'T'
    print repr(v), r, not v, not not v, bool(v)

print 1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', 'x' and 'y', None or 0, [] and 'never'
print 0 or '' or None, 1 and 'a' and [1], 0 or [] or 'last'
print not 0, not 1, not '', not 'a', not None
print True, False, True + 1, False * 10, True == 1, False == 0, True is True
print repr(True), str(False), True + True + True, -True, True / 2.0
print 1 < 2 and 2 < 3, 1 > 2 or 3 > 2, not 1 == 2
print (1 == 1) == True, (1 < 2) is True, 1 == 1 is True


def side(tag, v):
    print 'eval', tag,
    return v


print side('a', 0) and side('b', 1)
print side('a', 1) and side('b', 2)
print side('a', 0) or side('b', 3)
print side('a', 4) or side('b', 5)
print not side('n', [])
x = 5
if x > 3 and x < 10:
    print 'in range'
if x < 3 or x == 5:
    print 'or ok'
if not x == 4:
    print 'not ok'
if x:
    print 'x truthy'
if None:
    print 'never'
elif 0:
    print 'never'
elif '':
    print 'never'
else:
    print 'else branch'
y = x > 4 and 'big' or 'small'
print y
y = x > 40 and 'big' or 'small'
print y
flags = [True, False, True, True]
count = 0
for f in flags:
    if f:
        count = count + 1
print count, True + False + True
print bool(), bool(0), bool('0'), bool([[]]), bool(0.0), bool(-0.0)
