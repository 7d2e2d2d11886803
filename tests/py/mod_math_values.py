# math: every one-argument function over ~600 points (libm-exact last digits), two-argument functions on random pairs, fsum, huge-long logs, factorial.
import math
class R(object):
    def __init__(self): self.s = 12345
    def r(self):
        self.s = (self.s * 1103515245 + 12345) % 2147483648
        return self.s / 2147483648.0
    def uniform(self, a, b): return a + (b - a) * self.r()
    def randint(self, a, b): return a + int((b - a + 1) * self.r())
    def choice(self, l): return l[int(len(l) * self.r())]
random = R()
vals = [random.uniform(-10, 10) for _ in range(300)] + [random.uniform(-300, 300) for _ in range(100)] + [10**random.uniform(-20, 3) for _ in range(100)] + [0.5*i for i in range(-20, 40)]
vals += [1e-300, -1e-300, 5e-324, 1.7e308, 171.5, -171.5, 0.0, -0.0, 1e16, 2**53+1.0]
names = ['acos','acosh','asin','asinh','atan','atanh','ceil','cos','cosh','erf','erfc','exp','expm1','fabs','floor','gamma','lgamma','log','log10','log1p','sin','sinh','sqrt','tan','tanh','degrees','radians','frexp','modf']
for n in names:
    f = getattr(math, n)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__)
    print n, ' '.join(out)
for n in ['atan2', 'pow', 'fmod', 'hypot', 'copysign']:
    f = getattr(math, n)
    out = []
    for i in range(300):
        a, b = random.choice(vals), random.choice(vals)
        try:
            out.append(repr(f(a, b)))
        except Exception as e:
            out.append(type(e).__name__)
    print n, ' '.join(out)
print [repr(math.fsum([random.uniform(-1e10, 1e10) * 10**random.randint(-20, 5) for _ in range(k)])) for k in range(50)]
print [math.log(3**k) for k in range(0, 2000, 37)], [math.log10(7**k) for k in range(0, 2000, 37)], [math.log(5**k, 7) for k in range(0, 2000, 97)]
print [math.factorial(k) for k in range(0, 60, 7)]
