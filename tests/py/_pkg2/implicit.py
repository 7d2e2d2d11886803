# No absolute_import: 'import string' finds the sibling _pkg2/string.py first (Python 2 implicit relative import).
import string
WHICH = string.WHICH if hasattr(string, 'WHICH') else 'stdlib string'
NAME = string.__name__
