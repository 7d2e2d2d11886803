"""A collection of string operations (most are no longer used).

Warning: most of the code you see here isn't normally used nowadays.
Beginning with Python 1.6, many of these functions are implemented as
methods on the standard string object. They used to be implemented by
a built-in module called strop, but strop is now obsolete itself.

Public module variables:

whitespace -- a string containing all characters considered whitespace
lowercase -- a string containing all characters considered lowercase letters
uppercase -- a string containing all characters considered uppercase letters
letters -- a string containing all characters considered letters
digits -- a string containing all characters considered decimal digits
hexdigits -- a string containing all characters considered hexadecimal digits
octdigits -- a string containing all characters considered octal digits
punctuation -- a string containing all characters considered punctuation
printable -- a string containing all characters considered printable

"""

# Behaves as CPython 2.7's string module running in the C locale (with
# strop's maketrans and character classes). Template placeholders are
# found by _pattern, a small backtracking regular-expression engine
# written for the Template patterns (py2jit has no re module), and
# Formatter parses format strings itself as str._formatter_parser would.

# --- character classes (C locale) ---

# printable is built from the ' \t\n\r\v\f' ordering before the C-locale
# whitespace replaces it, as in CPython.
whitespace = ' \t\n\r\v\f'
lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
letters = lowercase + uppercase
ascii_lowercase = lowercase
ascii_uppercase = uppercase
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = """!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + letters + punctuation + whitespace

# The <ctype.h> order of the C locale's whitespace (strop.whitespace).
whitespace = '\t\n\x0b\x0c\r '

_idmap = ''.join([chr(i) for i in xrange(256)])
_idmapL = None


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


# (py2jit may not have the buffer type yet.)
_buffer = buffer if isinstance(buffer, type) else ()


def _translate_arg(arg, position):
    """A maketrans argument as a str (C "s#" conversion)."""
    if isinstance(arg, str):
        return arg
    if isinstance(arg, unicode):
        return arg.encode('ascii')
    if isinstance(arg, _buffer):
        return str(arg)
    if isinstance(arg, bytearray):
        raise TypeError('maketrans() argument %d must be string or pinned '
                        'buffer, not bytearray' % position)
    raise TypeError('maketrans() argument %d must be string or read-only '
                    'character buffer, not %s' % (position, type(arg).__name__))


def maketrans(fromstr, tostr):
    """maketrans(frm, to) -> string

Return a translation table (a string of 256 bytes long)
suitable for use in string.translate.  The strings frm and to
must be of the same length."""
    fromstr = _translate_arg(fromstr, 1)
    tostr = _translate_arg(tostr, 2)
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    table = list(_idmap)
    for i in xrange(len(fromstr)):
        table[ord(fromstr[i])] = tostr[i]
    return ''.join(table)


# --- a small regular-expression engine for Template patterns ---
#
# Supports what Template patterns use: literals and escapes, '.', classes
# [...] with ranges and \d \w \s, groups (capturing, (?:...), (?P<name>...),
# lookahead (?=...) (?!...)), alternation, the quantifiers * + ? {m,n}
# (greedy and lazy), ^ $ \A \Z \b \B, and the flags IGNORECASE (ASCII
# case folding) and VERBOSE. Matching is leftmost-first with backtracking,
# as in re. Nodes are compiled to functions m(s, i, groups, k) that call
# the continuation k(i) after matching at i, and return its result or
# None.

_I = 2
_X = 64
_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_DIGIT = frozenset('0123456789')
_SPACE = frozenset(' \t\n\r\f\v')
_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a',
            '0': '\0'}


class _PatternError(ValueError):
    pass


def _fold(c):
    """ASCII lower case (re's IGNORECASE without LOCALE or UNICODE)."""
    if 'A' <= c <= 'Z':
        return chr(ord(c) + 32)
    return c


def _unfold(c):
    """ASCII upper case."""
    if 'a' <= c <= 'z':
        return chr(ord(c) - 32)
    return c


class _Parser(object):

    def __init__(self, source, flags):
        self.src = source
        self.pos = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}

    def error(self, msg):
        raise _PatternError(msg)

    def peek(self):
        if self.pos < len(self.src):
            return self.src[self.pos]
        return None

    def skip_verbose(self):
        if not self.flags & _X:
            return
        src = self.src
        while self.pos < len(src):
            c = src[self.pos]
            if c in ' \t\n\r\f\v':
                self.pos += 1
            elif c == '#':
                while self.pos < len(src) and src[self.pos] != '\n':
                    self.pos += 1
            else:
                break

    def parse_alt(self):
        branches = [self.parse_seq()]
        while self.peek() == '|':
            self.pos += 1
            branches.append(self.parse_seq())
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self):
        items = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c is None or c == '|' or c == ')':
                break
            atom = self.parse_atom()
            items.append(self.parse_quantifiers(atom))
        return ('seq', items)

    def parse_quantifiers(self, atom):
        while True:
            self.skip_verbose()
            c = self.peek()
            if c == '*':
                lo, hi = 0, None
                self.pos += 1
            elif c == '+':
                lo, hi = 1, None
                self.pos += 1
            elif c == '?':
                lo, hi = 0, 1
                self.pos += 1
            elif c == '{':
                bounds = self.parse_braces()
                if bounds is None:
                    return atom
                lo, hi = bounds
            else:
                return atom
            if atom[0] in ('bol', 'eol', 'bos', 'eos', 'wordb', 'nwordb'):
                self.error('nothing to repeat')
            greedy = True
            if self.peek() == '?':
                self.pos += 1
                greedy = False
            atom = ('rep', atom, lo, hi, greedy)

    def parse_braces(self):
        """{m}, {m,}, {,n} or {m,n} at pos; None (pos unchanged) when the
        brace is a literal."""
        src = self.src
        end = src.find('}', self.pos)
        if end < 0:
            return None
        body = src[self.pos + 1:end]
        if ',' in body:
            lo, hi = body.split(',', 1)
        else:
            lo = hi = body
        for part in (lo, hi):
            for ch in part:
                if ch not in _DIGIT:
                    return None
        if not lo and not hi:
            return None
        self.pos = end + 1
        lo = int(lo) if lo else 0
        hi = int(hi) if hi else None
        if hi is not None and hi < lo:
            self.error('bad repeat interval')
        return lo, hi

    def parse_atom(self):
        src = self.src
        c = src[self.pos]
        self.pos += 1
        if c == '(':
            return self.parse_group()
        if c == '[':
            return self.parse_class()
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '\\':
            return self.parse_escape()
        if c in '*+?':
            self.error('nothing to repeat')
        return ('lit', c)

    def parse_group(self):
        src = self.src
        name = None
        capture = True
        kind = 'group'
        if src.startswith('?', self.pos):
            self.pos += 1
            c = self.peek()
            if c == ':':
                self.pos += 1
                capture = False
            elif c == 'P' and src.startswith('P<', self.pos):
                end = src.find('>', self.pos)
                if end < 0:
                    self.error('unterminated name')
                name = src[self.pos + 2:end]
                if not name or name[0] in _DIGIT or [ch for ch in name if ch not in _WORD]:
                    self.error('bad character in group name')
                self.pos = end + 1
            elif c == '=' or c == '!':
                self.pos += 1
                kind = 'ahead' if c == '=' else 'nahead'
                capture = False
            elif c is not None and c in 'iLmsuxt':
                # Inline flags, e.g. (?i).
                while self.peek() is not None and self.peek() in 'iLmsuxt':
                    if self.peek() == 'i':
                        self.flags |= _I
                    elif self.peek() == 'x':
                        self.flags |= _X
                    self.pos += 1
                if self.peek() != ')':
                    self.error('unexpected end of pattern')
                self.pos += 1
                return ('seq', [])
            else:
                self.error('unexpected end of pattern')
        index = None
        if capture:
            self.ngroups += 1
            index = self.ngroups
            if name is not None:
                if name in self.names:
                    self.error('redefinition of group name')
                self.names[name] = index
        body = self.parse_alt()
        if self.peek() != ')':
            self.error('unbalanced parenthesis')
        self.pos += 1
        if kind != 'group':
            return (kind, body)
        if index is None:
            return body
        return ('group', index, body)

    def parse_escape(self):
        src = self.src
        if self.pos >= len(src):
            self.error('bogus escape (end of line)')
        c = src[self.pos]
        self.pos += 1
        if c == 'd':
            return ('set', False, [('cls', _DIGIT)])
        if c == 'D':
            return ('set', True, [('cls', _DIGIT)])
        if c == 'w':
            return ('set', False, [('cls', _WORD)])
        if c == 'W':
            return ('set', True, [('cls', _WORD)])
        if c == 's':
            return ('set', False, [('cls', _SPACE)])
        if c == 'S':
            return ('set', True, [('cls', _SPACE)])
        if c == 'A':
            return ('bos',)
        if c == 'Z':
            return ('eos',)
        if c == 'b':
            return ('wordb',)
        if c == 'B':
            return ('nwordb',)
        if c in _ESCAPES:
            return ('lit', _ESCAPES[c])
        return ('lit', c)

    def parse_class(self):
        src = self.src
        negate = False
        if self.peek() == '^':
            negate = True
            self.pos += 1
        items = []
        first = True
        while True:
            if self.pos >= len(src):
                self.error('unexpected end of regular expression')
            c = src[self.pos]
            self.pos += 1
            if c == ']' and not first:
                break
            first = False
            if c == '\\':
                esc = self.parse_escape()
                if esc[0] == 'set':
                    if esc[1]:
                        items.append(('ncls', esc[2][0][1]))
                    else:
                        items.append(esc[2][0])
                    continue
                c = esc[1]
            if (self.pos + 1 < len(src) and src[self.pos] == '-'
                    and src[self.pos + 1] != ']'):
                hi = src[self.pos + 1]
                self.pos += 2
                if hi == '\\':
                    hi = self.parse_escape()[1]
                if hi < c:
                    self.error('bad character range')
                items.append(('range', c, hi))
            else:
                items.append(('char', c))
        return ('set', negate, items)


def _set_contains(items, c):
    for item in items:
        kind = item[0]
        if kind == 'char':
            if c == item[1]:
                return True
        elif kind == 'range':
            if item[1] <= c <= item[2]:
                return True
        elif kind == 'cls':
            if c in item[1]:
                return True
        elif c not in item[1]:
            return True
    return False


def _char_tester(node, icase):
    """A predicate for a node matching exactly one character, or None."""
    kind = node[0]
    if kind == 'lit':
        ch = node[1]
        if icase:
            ch = _fold(ch)
            return lambda c: _fold(c) == ch
        return lambda c: c == ch
    if kind == 'any':
        return lambda c: c != '\n'
    if kind == 'set':
        negate, items = node[1], node[2]
        if icase:
            def test(c):
                hit = (_set_contains(items, c) or
                       _set_contains(items, _fold(c)) or
                       _set_contains(items, _unfold(c)))
                return hit != negate
            return test
        return lambda c: _set_contains(items, c) != negate
    return None


def _is_word(s, i):
    return 0 <= i < len(s) and s[i] in _WORD


def _compile(node, icase):
    kind = node[0]
    test = _char_tester(node, icase)
    if test is not None:
        def m_char(s, i, g, k):
            if i < len(s) and test(s[i]):
                return k(i + 1)
            return None
        return m_char
    if kind == 'seq':
        parts = [_compile(n, icase) for n in node[1]]
        if not parts:
            return lambda s, i, g, k: k(i)
        if len(parts) == 1:
            return parts[0]

        def chain(idx):
            if idx == len(parts) - 1:
                return parts[idx]
            here = parts[idx]
            rest = chain(idx + 1)
            return lambda s, i, g, k: here(s, i, g, lambda j: rest(s, j, g, k))
        return chain(0)
    if kind == 'alt':
        branches = [_compile(n, icase) for n in node[1]]

        def m_alt(s, i, g, k):
            for b in branches:
                r = b(s, i, g, k)
                if r is not None:
                    return r
            return None
        return m_alt
    if kind == 'group':
        index = node[1]
        body = _compile(node[2], icase)

        def m_group(s, i, g, k):
            saved = g.get(index)

            def close(j):
                before = g.get(index)
                g[index] = (i, j)
                r = k(j)
                if r is None:
                    if before is None:
                        g.pop(index, None)
                    else:
                        g[index] = before
                return r
            r = body(s, i, g, close)
            if r is None and saved is not None:
                g[index] = saved
            return r
        return m_group
    if kind == 'ahead' or kind == 'nahead':
        body = _compile(node[1], icase)
        positive = kind == 'ahead'

        def m_look(s, i, g, k):
            found = body(s, i, g, lambda j: j) is not None
            if found == positive:
                return k(i)
            return None
        return m_look
    if kind == 'rep':
        return _compile_rep(node, icase)
    if kind == 'bol':
        return lambda s, i, g, k: k(i) if i == 0 else None
    if kind == 'eol':
        return lambda s, i, g, k: (k(i) if i == len(s) or
                                   (i == len(s) - 1 and s[i] == '\n') else None)
    if kind == 'bos':
        return lambda s, i, g, k: k(i) if i == 0 else None
    if kind == 'eos':
        return lambda s, i, g, k: k(i) if i == len(s) else None
    if kind == 'wordb':
        return lambda s, i, g, k: (k(i) if _is_word(s, i - 1) != _is_word(s, i)
                                   else None)
    if kind == 'nwordb':
        return lambda s, i, g, k: (k(i) if _is_word(s, i - 1) == _is_word(s, i)
                                   else None)
    raise _PatternError('unsupported pattern element')


def _compile_rep(node, icase):
    sub, lo, hi, greedy = node[1], node[2], node[3], node[4]
    test = _char_tester(sub, icase)
    if test is not None:
        # One character per repetition: count the run, then try the
        # continuation from the preferred end.
        def m_run(s, i, g, k):
            n = len(s)
            limit = n if hi is None else min(n, i + hi)
            j = i
            while j < limit and test(s[j]):
                j += 1
            if j - i < lo:
                return None
            if greedy:
                pos = j
                while pos >= i + lo:
                    r = k(pos)
                    if r is not None:
                        return r
                    pos -= 1
            else:
                pos = i + lo
                while pos <= j:
                    r = k(pos)
                    if r is not None:
                        return r
                    pos += 1
            return None
        return m_run
    body = _compile(sub, icase)

    def m_rep(s, i, g, k, count=0):
        def more(j):
            if j == i and count >= lo:
                return None     # an empty repetition cannot progress
            return m_rep(s, j, g, k, count + 1)
        can_more = hi is None or count < hi
        if count < lo:
            return body(s, i, g, more)
        if greedy:
            if can_more:
                r = body(s, i, g, more)
                if r is not None:
                    return r
            return k(i)
        r = k(i)
        if r is not None or not can_more:
            return r
        return body(s, i, g, more)
    return m_rep


class _Match(object):
    """The part of re's match object API Template uses."""

    def __init__(self, pattern, string, start, end, groups):
        self.re = pattern
        self.string = string
        self.pos = start
        self._span = (start, end)
        self._groups = groups

    def _index(self, group):
        if isinstance(group, (int, long)):
            if 0 <= group <= self.re.groups:
                return group
        elif group in self.re.groupindex:
            return self.re.groupindex[group]
        raise IndexError('no such group')

    def span(self, group=0):
        index = self._index(group)
        if index == 0:
            return self._span
        return self._groups.get(index, (-1, -1))

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def group(self, *groups):
        if not groups:
            groups = (0,)
        values = []
        for group in groups:
            b, e = self.span(group)
            values.append(None if b < 0 else self.string[b:e])
        if len(values) == 1:
            return values[0]
        return tuple(values)

    def groups(self, default=None):
        values = []
        for index in xrange(1, self.re.groups + 1):
            b, e = self.span(index)
            values.append(default if b < 0 else self.string[b:e])
        return tuple(values)

    def groupdict(self, default=None):
        d = {}
        for name, index in self.re.groupindex.items():
            b, e = self.span(index)
            d[name] = default if b < 0 else self.string[b:e]
        return d


def _check_string(string):
    if not isinstance(string, basestring):
        if not isinstance(string, _buffer):
            raise TypeError('expected string or buffer')
        return str(string)
    return string


class _Pattern(object):
    """A compiled pattern (the part of re's API Template uses)."""

    def __init__(self, pattern, flags=0):
        parser = _Parser(pattern, flags)
        tree = parser.parse_alt()
        if parser.pos < len(pattern):
            raise _PatternError('unbalanced parenthesis')
        self.pattern = pattern
        self.flags = parser.flags
        self.groups = parser.ngroups
        self.groupindex = parser.names
        self._match = _compile(tree, bool(parser.flags & _I))
        # A literal first character lets search skip ahead with find().
        first = tree
        while first[0] == 'seq' and first[1]:
            first = first[1][0]
        self._lead = None
        if first[0] == 'lit' and not (self.flags & _I and first[1].isalpha()):
            self._lead = first[1]

    def _match_at(self, string, pos):
        groups = {}
        end = self._match(string, pos, groups, lambda j: j)
        if end is None:
            return None
        return _Match(self, string, pos, end, groups)

    def match(self, string, pos=0):
        string = _check_string(string)
        return self._match_at(string, pos)

    def search(self, string, pos=0):
        string = _check_string(string)
        return self._search(string, pos)

    def _search(self, string, pos):
        n = len(string)
        lead = self._lead
        while pos <= n:
            if lead is not None:
                pos = string.find(lead, pos)
                if pos < 0:
                    return None
            m = self._match_at(string, pos)
            if m is not None:
                return m
            pos += 1
        return None

    def finditer(self, string, pos=0):
        string = _check_string(string)
        return self._finditer(string, pos)

    def _finditer(self, string, pos):
        n = len(string)
        while pos <= n:
            m = self._search(string, pos)
            if m is None:
                return
            yield m
            b, e = m.span()
            pos = e + 1 if e == b else e

    def sub(self, repl, string, count=0):
        string = _check_string(string)
        pieces = []
        n = len(string)
        copied = 0
        start = 0
        done = 0
        while not count or done < count:
            m = self._search(string, start)
            if m is None:
                break
            b, e = m.span()
            if copied < b:
                pieces.append(string[copied:b])
            if not (copied == b and b == e and done > 0):
                pieces.append(repl(m) if callable(repl) else repl)
                copied = e
                done += 1
            if e == n:
                break
            start = e + 1 if e == b else e
        if copied < n:
            pieces.append(string[copied:])
        return string[:0].join(pieces)


def _escape(text):
    """re.escape: backslash before every character but [A-Za-z0-9_]."""
    out = []
    for c in text:
        if c in _WORD:
            out.append(c)
        elif c == '\0':
            out.append('\\000')
        else:
            out.append('\\' + c)
    return text[:0].join(out)


# --- Template ---

class _multimap:
    """Helper class for combining multiple mappings.

    Used by .{safe_,}substitute() to combine the mapping and keyword
    arguments.
    """

    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        try:
            return self._primary[key]
        except KeyError:
            return self._secondary[key]


class _TemplateMetaclass(type):
    pattern = r"""
    %(delim)s(?:
      (?P<escaped>%(delim)s) |   # Escape sequence of two delimiters
      (?P<named>%(id)s)      |   # delimiter and a Python identifier
      {(?P<braced>%(id)s)}   |   # delimiter and a braced identifier
      (?P<invalid>)              # Other ill-formed delimiter exprs
    )
    """

    def __init__(cls, name, bases, dct):
        super(_TemplateMetaclass, cls).__init__(name, bases, dct)
        if 'pattern' in dct:
            pattern = cls.pattern
        else:
            pattern = _TemplateMetaclass.pattern % {
                'delim': _escape(cls.delimiter),
                'id': cls.idpattern,
            }
        cls.pattern = _Pattern(pattern, _I | _X)


def _mapping_of(method, args, kws):
    if not args:
        raise TypeError("descriptor '%s' of 'Template' object "
                        "needs an argument" % method)
    self, rest = args[0], args[1:]
    if len(rest) > 1:
        raise TypeError('Too many positional arguments')
    if not rest:
        mapping = kws
    elif kws:
        mapping = _multimap(kws, rest[0])
    else:
        mapping = rest[0]
    return self, mapping


class Template:
    """A string class for supporting $-substitutions."""
    __metaclass__ = _TemplateMetaclass

    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(*args, **kws):
        self, mapping = _mapping_of('substitute', args, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                # '%s' rather than str(): works for non-ASCII unicode.
                return '%s' % (mapping[named],)
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(*args, **kws):
        self, mapping = _mapping_of('safe_substitute', args, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return '%s' % (mapping[named],)
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)


# --- deprecated functions (use the string methods instead) ---

index_error = ValueError
atoi_error = ValueError
atof_error = ValueError
atol_error = ValueError


def lower(s):
    """lower(s) -> string

    Return a copy of the string s converted to lowercase.

    """
    return s.lower()


def upper(s):
    """upper(s) -> string

    Return a copy of the string s converted to uppercase.

    """
    return s.upper()


def swapcase(s):
    """swapcase(s) -> string

    Return a copy of the string s with upper case characters
    converted to lowercase and vice versa.

    """
    return s.swapcase()


def strip(s, chars=None):
    """strip(s [,chars]) -> string

    Return a copy of the string s with leading and trailing
    whitespace removed.
    If chars is given and not None, remove characters in chars instead.
    If chars is unicode, S will be converted to unicode before stripping.

    """
    return s.strip(chars)


def lstrip(s, chars=None):
    """lstrip(s [,chars]) -> string

    Return a copy of the string s with leading whitespace removed.
    If chars is given and not None, remove characters in chars instead.

    """
    return s.lstrip(chars)


def rstrip(s, chars=None):
    """rstrip(s [,chars]) -> string

    Return a copy of the string s with trailing whitespace removed.
    If chars is given and not None, remove characters in chars instead.

    """
    return s.rstrip(chars)


def split(s, sep=None, maxsplit=-1):
    """split(s [,sep [,maxsplit]]) -> list of strings

    Return a list of the words in the string s, using sep as the
    delimiter string.  If maxsplit is given, splits at no more than
    maxsplit places (resulting in at most maxsplit+1 words).  If sep
    is not specified or is None, any whitespace string is a separator.

    (split and splitfields are synonymous)

    """
    return s.split(sep, maxsplit)


splitfields = split


def rsplit(s, sep=None, maxsplit=-1):
    """rsplit(s [,sep [,maxsplit]]) -> list of strings

    Return a list of the words in the string s, using sep as the
    delimiter string, starting at the end of the string and working
    to the front.  If maxsplit is given, at most maxsplit splits are
    done. If sep is not specified or is None, any whitespace string
    is a separator.
    """
    return s.rsplit(sep, maxsplit)


def join(words, sep=' '):
    """join(list [,sep]) -> string

    Return a string composed of the words in list, with
    intervening occurrences of sep.  The default separator is a
    single space.

    (joinfields and join are synonymous)

    """
    return sep.join(words)


joinfields = join


def index(s, *args):
    """index(s, sub [,start [,end]]) -> int

    Like find but raises ValueError when the substring is not found.

    """
    return s.index(*args)


def rindex(s, *args):
    """rindex(s, sub [,start [,end]]) -> int

    Like rfind but raises ValueError when the substring is not found.

    """
    return s.rindex(*args)


def count(s, *args):
    """count(s, sub[, start[,end]]) -> int

    Return the number of occurrences of substring sub in string
    s[start:end].  Optional arguments start and end are
    interpreted as in slice notation.

    """
    return s.count(*args)


def find(s, *args):
    """find(s, sub [,start [,end]]) -> in

    Return the lowest index in s where substring sub is found,
    such that sub is contained within s[start,end].  Optional
    arguments start and end are interpreted as in slice notation.

    Return -1 on failure.

    """
    return s.find(*args)


def rfind(s, *args):
    """rfind(s, sub [,start [,end]]) -> int

    Return the highest index in s where substring sub is found,
    such that sub is contained within s[start,end].  Optional
    arguments start and end are interpreted as in slice notation.

    Return -1 on failure.

    """
    return s.rfind(*args)


_float = float
_int = int
_long = long


def atof(s):
    """atof(s) -> float

    Return the floating point number represented by the string s.

    """
    return _float(s)


def atoi(s, base=10):
    """atoi(s [,base]) -> int

    Return the integer represented by the string s in the given
    base, which defaults to 10.  The string s must consist of one
    or more digits, possibly preceded by a sign.  If base is 0, it
    is chosen from the leading characters of s, 0 for octal, 0x or
    0X for hexadecimal.  If base is 16, a preceding 0x or 0X is
    accepted.

    """
    return _int(s, base)


def atol(s, base=10):
    """atol(s [,base]) -> long

    Return the long integer represented by the string s in the
    given base, which defaults to 10.  The string s must consist
    of one or more digits, possibly preceded by a sign.  If base
    is 0, it is chosen from the leading characters of s, 0 for
    octal, 0x or 0X for hexadecimal.  If base is 16, a preceding
    0x or 0X is accepted.  A trailing L or l is not accepted,
    unless base is 0.

    """
    return _long(s, base)


def ljust(s, width, *args):
    """ljust(s, width[, fillchar]) -> string

    Return a left-justified version of s, in a field of the
    specified width, padded with spaces as needed.  The string is
    never truncated.  If specified the fillchar is used instead of spaces.

    """
    return s.ljust(width, *args)


def rjust(s, width, *args):
    """rjust(s, width[, fillchar]) -> string

    Return a right-justified version of s, in a field of the
    specified width, padded with spaces as needed.  The string is
    never truncated.  If specified the fillchar is used instead of spaces.

    """
    return s.rjust(width, *args)


def center(s, width, *args):
    """center(s, width[, fillchar]) -> string

    Return a center version of s, in a field of the specified
    width. padded with spaces as needed.  The string is never
    truncated.  If specified the fillchar is used instead of spaces.

    """
    return s.center(width, *args)


def zfill(x, width):
    """zfill(x, width) -> string

    Pad a numeric string x with zeros on the left, to fill a field
    of the specified width.  The string x is never truncated.

    """
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)


def expandtabs(s, tabsize=8):
    """expandtabs(s [,tabsize]) -> string

    Return a copy of the string s with all tab characters replaced
    by the appropriate number of spaces, depending on the current
    column, and the tabsize (default 8).

    """
    return s.expandtabs(tabsize)


def translate(s, table, deletions=""):
    """translate(s,table [,deletions]) -> string

    Return a copy of the string s, where all characters occurring
    in the optional argument deletions are removed, and the
    remaining characters have been mapped through the given
    translation table, which must be a string of length 256.  The
    deletions argument is not allowed for Unicode strings.

    """
    if deletions or table is None:
        return s.translate(table, deletions)
    # table + s[:0] turns an 8-bit table into unicode for a unicode s.
    return s.translate(table + s[:0])


def capitalize(s):
    """capitalize(s) -> string

    Return a copy of the string s with only its first character
    capitalized.

    """
    return s.capitalize()


def replace(s, old, new, maxreplace=-1):
    """replace (str, old, new[, maxreplace]) -> string

    Return a copy of string str with all occurrences of substring
    old replaced by new. If the optional argument maxreplace is
    given, only the first maxreplace occurrences are replaced.

    """
    return s.replace(old, new, maxreplace)


# --- the Formatter class (PEP 3101) ---

def _decimal_or_none(text):
    """The value of text if it is all decimal digits, else None (the C
    parser's get_integer)."""
    if not text:
        return None
    value = 0
    for c in text:
        d = ord(c) - 48
        if not 0 <= d <= 9:
            if isinstance(c, unicode) and c.isdecimal():
                d = int(c)
            else:
                return None
        value = value * 10 + d
        if value > 9223372036854775807:
            raise ValueError('Too many decimal digits in format string')
    return value


def _parse_field(body):
    """(field_name, format_spec, conversion) of the text between braces."""
    empty = body[:0]
    n = len(body)
    i = 0
    while i < n and body[i] != ':' and body[i] != '!':
        i += 1
    if i == n:
        return body, empty, None
    field_name = body[:i]
    conversion = None
    spec_start = i + 1
    if body[i] == '!':
        if spec_start >= n:
            raise ValueError('end of format while looking for conversion '
                             'specifier')
        conversion = body[spec_start]
        spec_start += 1
        if spec_start < n:
            if body[spec_start] != ':':
                raise ValueError("expected ':' after format specifier")
            spec_start += 1
    return field_name, body[spec_start:], conversion


def _formatter_parser(s):
    """Iterates (literal_text, field_name, format_spec, conversion) over
    the format string s, as str._formatter_parser does."""
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = None
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                break
        else:
            c = None
        at_end = pos >= n
        length = pos - start
        if c == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        markup = c is not None
        if not at_end and markup:
            if s[pos] == c:
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        depth = 1
        body_start = pos
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth <= 0:
                    break
        if depth > 0:
            raise ValueError("unmatched '{' in format")
        field_name, spec, conversion = _parse_field(s[body_start:pos - 1])
        yield (literal, field_name, spec, conversion)


def _field_name_rest(s, pos):
    """Iterates (is_attribute, key) over the '.name' and '[key]' parts of
    a field name from pos."""
    n = len(s)
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < n and s[pos] != '.' and s[pos] != '[':
                pos += 1
            name = s[start:pos]
            if not name:
                raise ValueError('Empty attribute in format string')
            yield (True, name)
        elif c == '[':
            start = pos
            while pos < n and s[pos] != ']':
                pos += 1
            if pos >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:pos]
            pos += 1
            if not name:
                raise ValueError('Empty attribute in format string')
            value = _decimal_or_none(name)
            yield (False, name if value is None else long(value))
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format "
                             "field specifier")


def _formatter_field_name_split(s):
    """(first, rest) as str._formatter_field_name_split returns them."""
    i = 0
    n = len(s)
    while i < n and s[i] != '.' and s[i] != '[':
        i += 1
    first = s[:i]
    value = _decimal_or_none(first)
    if value is not None:
        first = long(value)
    return first, _field_name_rest(s, i)


class Formatter(object):
    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        try:
            format_string, args = args[0], args[1:]
        except IndexError:
            if 'format_string' in kwargs:
                format_string = kwargs.pop('format_string')
            else:
                raise TypeError("format() missing 1 required positional "
                                "argument: 'format_string'")
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                # The spec may itself contain fields.
                format_spec = self._vformat(format_spec, args, kwargs,
                                            used_args, recursion_depth - 1)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result)

    def get_value(self, key, args, kwargs):
        if isinstance(key, (int, long)):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    # (literal_text, field_name, format_spec, conversion) tuples; field_name
    # None means there is only literal text.
    def parse(self, format_string):
        if hasattr(format_string, '_formatter_parser'):
            return format_string._formatter_parser()
        if not isinstance(format_string, basestring):
            raise AttributeError("'%s' object has no attribute "
                                 "'_formatter_parser'"
                                 % type(format_string).__name__)
        return _formatter_parser(format_string)

    # The object a field name like "0.name" or "lookup[3]" refers to, and
    # the argument it came from.
    def get_field(self, field_name, args, kwargs):
        if hasattr(field_name, '_formatter_field_name_split'):
            first, rest = field_name._formatter_field_name_split()
        else:
            first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
