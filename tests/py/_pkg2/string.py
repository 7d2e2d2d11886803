# A module named like the standard 'string' module, inside _pkg2 (found by implicit relative import).
print 'importing _pkg2.string (the local one)'
WHICH = 'local _pkg2.string'
