# Circular imports between two helper modules.
import _circ_a
print 'main sees', _circ_a.A_EARLY, _circ_a.A_LATE
print _circ_a.a_func()
import _circ_b
print _circ_b.b_func()
print _circ_a._circ_b is _circ_b, _circ_b._circ_a is _circ_a
