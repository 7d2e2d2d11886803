# A helper whose import fails part way.
print 'importing _raises'
PARTIAL = 1
raise ValueError('import-time failure in _raises')
