# raw_input and input at end of input (the corpus runs with stdin from
# /dev/null): the prompt is written, then EOFError; help is a callable.
import sys
try:
    x = raw_input('prompt> ')
    print repr(x)
except EOFError as e:
    print 'EOFError', e
try:
    print input('num? ')
except EOFError as e:
    print 'EOFError', e
try:
    raw_input()
except EOFError as e:
    print 'EOFError', e.args
print callable(help), callable(raw_input), callable(input)
