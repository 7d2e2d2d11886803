# cmath: every function on the special-value grid (inf/nan/zeros/subnormals/huge) and random points, rect and log with a base.
import cmath
class R(object):
    def __init__(self): self.s = 777
    def r(self):
        self.s = (self.s * 1103515245 + 12345) % 2147483648
        return self.s / 2147483648.0
    def uniform(self, a, b): return a + (b - a) * self.r()
    def choice(self, l): return l[int(len(l) * self.r())]
random = R()
inf, nan = float('inf'), float('nan')
parts = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, -1e-310, 1e300, -1e300, 1.7e308, inf, -inf, nan, 1e-20, 710.0, -710.0, 0.7, 1.0000001]
pts = [complex(a, b) for a in parts for b in parts] + [complex(random.uniform(-5, 5), random.uniform(-5, 5)) for _ in range(200)] + [complex(random.uniform(-800, 800), random.uniform(-800, 800)) for _ in range(50)]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    out = []
    for z in pts:
        try:
            out.append(repr(f(z)))
        except Exception as e:
            out.append(type(e).__name__)
    print name, ' '.join(out)
out = []
for a in parts:
    for b in parts:
        for f in (cmath.rect, cmath.log):
            try:
                out.append(repr(f(a, b)))
            except Exception as e:
                out.append(type(e).__name__)
print ' '.join(out)
