"""String building and %-formatting: the % operator with widths, precisions
and dict arguments, str methods, slicing, join and concatenation.

Renders a report of generated records in several layouts and digests the
text with a small position-weighted character sum (not hash(), whose
value is implementation-specific).

usage: strformat.py [N]   records (default 60000)
"""
import sys

NAMES = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf',
         'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike']


def make_records(n):
    records = []
    state = 7
    for i in xrange(n):
        state = (state * 1103515245 + 12345) % 2147483648
        name = NAMES[state % len(NAMES)]
        qty = (state >> 8) % 1000
        price = ((state >> 4) % 100000) / 100.0
        records.append((i, name, qty, price))
    return records


def digest(text, acc):
    h = acc
    for i in xrange(0, len(text), 7):
        h = (h * 131 + ord(text[i])) % 1000000007
    return h


def render_table(records):
    lines = []
    for i, name, qty, price in records:
        lines.append('%06d | %-10s|%5d | %10.2f | %8.3e' % (i, name, qty, price, qty * price))
    return '\n'.join(lines)


def render_kv(records):
    parts = []
    for i, name, qty, price in records:
        parts.append('%(name)s[%(id)x]=%(qty)03d@%(price).1f;' %
                     {'name': name.upper(), 'id': i, 'qty': qty, 'price': price})
    return ''.join(parts)


def render_csv(records):
    # += builds blocks of 50 rows: repeated concatenation onto one huge
    # string is quadratic wherever CPython's in-place resize trick is absent.
    blocks = []
    out = ''
    for i, name, qty, price in records:
        row = str(i) + ',' + name.capitalize() + ',' + repr(qty) + ',' + ('%.2f' % price)
        if qty % 10 == 0:
            row = row.replace(',', ';')
        out += row + '\n'
        if i % 50 == 49:
            blocks.append(out)
            out = ''
    blocks.append(out)
    return ''.join(blocks)


def rewrite(text):
    words = text.split(',')
    kept = [w.strip().title() for w in words if w.find('a') >= 0]
    return '-'.join(kept)[::3].swapcase()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    records = make_records(n)
    table = render_table(records)
    kv = render_kv(records)
    csv = render_csv(records)
    rewritten = rewrite(csv[:200000])
    print 'table: %d chars, digest %d' % (len(table), digest(table, 1))
    print 'kv: %d chars, digest %d' % (len(kv), digest(kv, 2))
    print 'csv: %d chars, digest %d, %d semicolon rows' % (len(csv), digest(csv, 3), csv.count(';') // 3)
    print 'rewritten: %d chars, digest %d' % (len(rewritten), digest(rewritten, 4))
    print 'last row: %s' % table[table.rfind('\n') + 1:]


main()
