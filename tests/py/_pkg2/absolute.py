# With absolute_import, 'import string' is the standard library module; the local one needs 'from . import string'.
from __future__ import absolute_import
import string
from . import string as local_string
WHICH = 'stdlib string' if hasattr(string, 'capwords') else 'local'
NAME = string.__name__
LOCAL = local_string.WHICH
