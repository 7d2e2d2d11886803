# __future__: the module's feature objects and their attributes, and division/print_function/absolute_import effects.
from __future__ import division, print_function, absolute_import
import __future__

names = sorted(n for n in dir(__future__) if not n.startswith('_'))
print(names)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, feat.getOptionalRelease(), feat.getMandatoryRelease(), hex(feat.compiler_flag), type(feat).__name__)
print(__future__.CO_FUTURE_DIVISION, __future__.CO_FUTURE_PRINT_FUNCTION, __future__.CO_FUTURE_ABSOLUTE_IMPORT)
print(repr(__future__.division))
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 1 / 3, 8 / 4, type(8 / 4).__name__, 7.0 // 2, 2 ** 70 / 2 ** 69)
x = 10
x /= 4
print(x, 10 % 3, divmod(7, 2))


class Frac(object):
    def __truediv__(self, other):
        return 'truediv called'

    def __div__(self, other):
        return 'classic div called'

    def __floordiv__(self, other):
        return 'floordiv called'


print(Frac() / 1, Frac() // 1)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print('print', 'is', 'a', 'function', sep='_', end='!\n')
import string
print(string.__name__, hasattr(string, 'capwords'))
