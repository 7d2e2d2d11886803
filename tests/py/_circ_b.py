# Circular import, part B.
print 'start _circ_b'
import _circ_a
B_VALUE = 'b-value'
print '_circ_b sees _circ_a.A_EARLY =', _circ_a.A_EARLY
print '_circ_b sees hasattr(_circ_a, "A_LATE") =', hasattr(_circ_a, 'A_LATE')


def b_func():
    return 'b_func sees ' + _circ_a.A_LATE


print 'end _circ_b'
