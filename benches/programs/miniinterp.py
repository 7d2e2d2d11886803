"""An interpreter for a tiny stack machine, written in Python: a dispatch
loop over an if/elif chain, list-as-stack traffic, and (in the second
machine) dispatch through a table of bound methods.

Two assembled programs (a prime count by trial division and a sum of
gcds by Euclid's algorithm) run on both machines, which must agree.

usage: miniinterp.py [N]   problem size for both programs (default 12000)
"""
import sys

(PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, GT, EQ, JMP, JZ, JNZ, DUP,
 POP, SWAP, HALT) = range(17)
NAMES = ['PUSH', 'LOAD', 'STORE', 'ADD', 'SUB', 'MUL', 'MOD', 'LT', 'GT',
         'EQ', 'JMP', 'JZ', 'JNZ', 'DUP', 'POP', 'SWAP', 'HALT']


def assemble(source):
    """Lines 'OP [ARG]' or 'label:'; jump arguments may be label names."""
    opcodes = dict((name, code) for code, name in enumerate(NAMES))
    labels = {}
    raw = []
    for line in source.strip().split('\n'):
        line = line.split('#')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(raw)
            continue
        parts = line.split()
        raw.append((parts[0], parts[1] if len(parts) > 1 else None))
    code = []
    for name, arg in raw:
        if arg is None:
            value = 0
        elif arg in labels:
            value = labels[arg]
        else:
            value = int(arg)
        code.append((opcodes[name], value))
    return code


COUNT_PRIMES = """
    PUSH 0
    STORE 1          # count = 0
    PUSH 2
    STORE 2          # i = 2
loop:
    LOAD 2
    LOAD 0
    LT
    JZ end           # while i < n
    PUSH 2
    STORE 3          # d = 2
inner:
    LOAD 3
    DUP
    MUL
    LOAD 2
    GT
    JNZ prime        # d * d > i: i is prime
    LOAD 2
    LOAD 3
    MOD
    JZ next          # d divides i
    LOAD 3
    PUSH 1
    ADD
    STORE 3
    JMP inner
prime:
    LOAD 1
    PUSH 1
    ADD
    STORE 1
next:
    LOAD 2
    PUSH 1
    ADD
    STORE 2
    JMP loop
end:
    LOAD 1
    HALT
"""

GCD_SUM = """
    PUSH 0
    STORE 1          # total = 0
    PUSH 1
    STORE 2          # a = 1
outer:
    LOAD 2
    LOAD 0
    LT
    JZ done          # while a < n
    LOAD 2
    LOAD 0
    LOAD 2
    SUB              # stack: x=a, y=n-a
euclid:
    DUP
    JZ found         # y == 0: gcd is x
    SWAP
    LOAD 4           # (unused slot, always 0) exercise LOAD/POP
    POP
    # stack: y x  ->  y (x mod y)
    STORE 5
    DUP
    LOAD 5
    SWAP
    MOD
    JMP euclid
found:
    POP
    LOAD 1
    ADD
    STORE 1
    LOAD 2
    PUSH 1
    ADD
    STORE 2
    JMP outer
done:
    LOAD 1
    HALT
"""


def run_chain(code, n):
    """The if/elif machine; returns (result, instructions executed)."""
    stack = []
    slots = [0] * 8
    slots[0] = n
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == LOAD:
            stack.append(slots[arg])
        elif op == PUSH:
            stack.append(arg)
        elif op == STORE:
            slots[arg] = stack.pop()
        elif op == JZ:
            if stack.pop() == 0:
                pc = arg
        elif op == JNZ:
            if stack.pop() != 0:
                pc = arg
        elif op == JMP:
            pc = arg
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == SUB:
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == MOD:
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == LT:
            b = stack.pop()
            stack.append(1 if stack.pop() < b else 0)
        elif op == GT:
            b = stack.pop()
            stack.append(1 if stack.pop() > b else 0)
        elif op == EQ:
            b = stack.pop()
            stack.append(1 if stack.pop() == b else 0)
        elif op == DUP:
            stack.append(stack[-1])
        elif op == POP:
            stack.pop()
        elif op == SWAP:
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == HALT:
            return stack.pop(), steps
        else:
            raise ValueError('bad opcode %d' % op)


class TableMachine(object):
    """Dispatch through a list of bound methods indexed by opcode."""

    def __init__(self, code, n):
        self.code = code
        self.stack = []
        self.slots = [0] * 8
        self.slots[0] = n
        self.pc = 0
        self.result = None
        handlers = [None] * len(NAMES)
        for code_, name in enumerate(NAMES):
            handlers[code_] = getattr(self, 'op_' + name.lower())
        self.handlers = handlers

    def run(self):
        steps = 0
        code = self.code
        handlers = self.handlers
        while self.result is None:
            op, arg = code[self.pc]
            self.pc += 1
            steps += 1
            handlers[op](arg)
        return self.result, steps

    def binary(self, fn):
        b = self.stack.pop()
        self.stack.append(fn(self.stack.pop(), b))

    def op_push(self, arg):
        self.stack.append(arg)

    def op_load(self, arg):
        self.stack.append(self.slots[arg])

    def op_store(self, arg):
        self.slots[arg] = self.stack.pop()

    def op_add(self, arg):
        self.binary(lambda a, b: a + b)

    def op_sub(self, arg):
        self.binary(lambda a, b: a - b)

    def op_mul(self, arg):
        self.binary(lambda a, b: a * b)

    def op_mod(self, arg):
        self.binary(lambda a, b: a % b)

    def op_lt(self, arg):
        self.binary(lambda a, b: int(a < b))

    def op_gt(self, arg):
        self.binary(lambda a, b: int(a > b))

    def op_eq(self, arg):
        self.binary(lambda a, b: int(a == b))

    def op_jmp(self, arg):
        self.pc = arg

    def op_jz(self, arg):
        if self.stack.pop() == 0:
            self.pc = arg

    def op_jnz(self, arg):
        if self.stack.pop() != 0:
            self.pc = arg

    def op_dup(self, arg):
        self.stack.append(self.stack[-1])

    def op_pop(self, arg):
        self.stack.pop()

    def op_swap(self, arg):
        s = self.stack
        s[-1], s[-2] = s[-2], s[-1]

    def op_halt(self, arg):
        self.result = self.stack.pop()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12000
    for title, source in (('primes below', COUNT_PRIMES), ('gcd sum to', GCD_SUM)):
        code = assemble(source)
        chain = run_chain(code, n)
        table = TableMachine(code, n // 4).run()
        check = run_chain(code, n // 4)
        print '%s %d: %d (%d steps)' % (title, n, chain[0], chain[1])
        print '%s %d by table: %d (%d steps, agrees: %s)' % (title, n // 4, table[0], table[1],
                                                             table == check)


main()
