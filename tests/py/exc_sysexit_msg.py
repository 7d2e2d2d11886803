# raise SystemExit('bye'): the message goes to stderr and the exit status is 1.

def cleanup():
    print 'cleanup'


try:
    print 'start'
    raise SystemExit('bye')
finally:
    cleanup()
print 'not reached'
