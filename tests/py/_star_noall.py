# Helper without __all__: star import takes names without a leading underscore.
visible = 1
_hidden = 2


def func():
    return 'func from _star_noall'
