# Helper for bi_reload: counts how often its body ran; the counter survives reload().
try:
    loads += 1
except NameError:
    loads = 1
print '_reload_me body running, loads =', loads
CONST = 'const'
fresh = []


def double(x):
    return 2 * x
