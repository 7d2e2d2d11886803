# Ends with an uncaught AttributeError from a method call on None, after a finally runs.

class Node(object):
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


def length(node):
    n = 0
    while node is not None:
        n += 1
        node = node.next
    return n


def nth(node, i):
    try:
        while i:
            node = node.next
            i -= 1
        return node.value
    finally:
        print 'nth finally', i


chain = Node(1, Node(2, Node(3, None)))
print length(chain), nth(chain, 0), nth(chain, 2)
print nth(chain, 5)
