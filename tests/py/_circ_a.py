# Circular import, part A: imports B while only partly initialised.
print 'start _circ_a'
A_EARLY = 'a-early'
import _circ_b
A_LATE = 'a-late'


def a_func():
    return 'a_func sees ' + _circ_b.B_VALUE


print 'end _circ_a'
