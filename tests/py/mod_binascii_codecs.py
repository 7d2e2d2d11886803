# binascii: uu, hqx/RLE, qp (quotetabs/istext/header, CRLF), base64 pad rules, crc_hqx/crc32 start values, argument errors, on pseudo-random data.
import binascii
class R(object):
    def __init__(self): self.s = 99
    def r(self):
        self.s = (self.s * 1103515245 + 12345) % 2147483648
        return self.s / 2147483648.0
    def randint(self, a, b): return a + int((b - a + 1) * self.r())
random = R()
def rs(n, alpha=None):
    if alpha: return ''.join(alpha[random.randint(0, len(alpha)-1)] for _ in range(n))
    return ''.join(chr(random.randint(0, 255)) for _ in range(n))
def t(f, *a, **k):
    try: return repr(f(*a, **k))
    except Exception as e: return type(e).__name__ + ':' + str(e)
for n in range(0, 60, 3):
    d = rs(n)
    print t(binascii.b2a_uu, d[:45]), t(binascii.a2b_uu, binascii.b2a_uu(d[:45])), t(binascii.b2a_hqx, d), t(binascii.rlecode_hqx, d + 'a' * n), t(binascii.crc_hqx, d, n * 1000), t(binascii.crc32, d, n * 12345678), t(binascii.b2a_qp, d), t(binascii.b2a_qp, d, True, False, True)
    e = rs(n, 'ABCabc012+/=\n \x80=_.')
    print t(binascii.a2b_base64, e), t(binascii.a2b_qp, e), t(binascii.a2b_qp, e, header=True), t(binascii.a2b_hqx, rs(n, '!"#$%&abc:\n')), t(binascii.rledecode_hqx, rs(n, 'ab\x90\x00\x05'))
    q = rs(n * 3, 'ab \t\r\n=.._\xff')
    print t(binascii.b2a_qp, q), t(binascii.b2a_qp, q, quotetabs=1), t(binascii.b2a_qp, q, istext=0), t(binascii.b2a_qp, q.replace('\r', '')), t(binascii.a2b_uu, rs(n, ' !"#`ab\n'))
print t(binascii.a2b_uu, ''), t(binascii.b2a_qp, 'x' * 200), t(binascii.b2a_qp, ('y' * 80 + '\r\n') * 3), t(binascii.crc_hqx, '', -5), t(binascii.crc32, 'abc', -1), t(binascii.crc32, 'abc', 2**40 + 5)
print t(binascii.a2b_hqx, 'ab'), t(binascii.rledecode_hqx, '\x90\x05'), t(binascii.rledecode_hqx, 'a\x90'), t(binascii.crc_hqx, 'a', 2**40), t(binascii.b2a_qp, 'a', foo=1), t(binascii.hexlify, x=1), t(binascii.crc32, 'a', 1.5)
print t(binascii.a2b_base64, 'YQ'), t(binascii.a2b_base64, 'YQ='), t(binascii.a2b_base64, 'YQ=='), t(binascii.a2b_base64, 'Y=Q=='), t(binascii.a2b_base64, 'YWJj=ZA=='), t('abc'.decode, 'base64'), t('YQ==='.decode, 'base64')
