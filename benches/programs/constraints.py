"""A local-propagation constraint solver in the spirit of DeltaBlue:
class hierarchies, virtual method calls, small objects built and dropped.

Constraints have strengths.  Planning walks the graph from the *sources*
(edit and stay constraints), strongest first; each source fixes its
variable unless something stronger already did, and from every newly fixed
variable the unsatisfied binary constraints are oriented to write their
other end.  The plan lists constraints in that order, which is a
topological order, so executing it once propagates every value.  (Unlike
DeltaBlue there is no incremental replanning: every change of sources
replans from scratch.)

usage: constraints.py [ROUNDS]   rounds of the chain and projection tests (default 150)
"""
import sys


class Strength(object):
    def __init__(self, level, name):
        self.level = level
        self.name = name

    def stronger(self, other):
        return self.level < other.level

    def weakest_of(self, other):
        if other.stronger(self):
            return self
        return other


REQUIRED = Strength(0, 'required')
STRONG = Strength(1, 'strong')
PREFERRED = Strength(2, 'preferred')
NORMAL = Strength(3, 'normal')
WEAK = Strength(4, 'weak')
WEAKEST = Strength(5, 'weakest')


class Variable(object):
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk = WEAKEST

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints.remove(constraint)

    def reset(self):
        self.determined_by = None
        self.walk = WEAKEST

    def is_free(self):
        return self.determined_by is None


class Constraint(object):
    def __init__(self, strength):
        self.strength = strength
        self.output = None

    def is_satisfied(self):
        return self.output is not None

    def unsatisfy(self):
        self.output = None

    def satisfy(self, var):
        self.output = var
        var.determined_by = self

    def is_source(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, var, strength):
        Constraint.__init__(self, strength)
        self.var = var
        var.attach(self)

    def variables(self):
        return (self.var,)

    def is_source(self):
        return True

    def remove(self):
        self.var.detach(self)


class StayConstraint(UnaryConstraint):
    """Keeps its variable's current value."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Sets its variable to a value chosen from outside."""

    def __init__(self, var, strength):
        UnaryConstraint.__init__(self, var, strength)
        self.value = var.value

    def execute(self):
        self.var.value = self.value


class BinaryConstraint(Constraint):
    def __init__(self, a, b, strength):
        Constraint.__init__(self, strength)
        self.a = a
        self.b = b
        a.attach(self)
        b.attach(self)

    def variables(self):
        return (self.a, self.b)

    def other_end(self, var):
        if var is self.a:
            return self.b
        return self.a

    def input(self):
        if self.output is self.a:
            return self.b
        return self.a

    def remove(self):
        self.a.detach(self)
        self.b.detach(self)


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output.value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """dst = src * scale + offset, in whichever direction the plan needs."""

    def __init__(self, src, dst, scale, offset, strength):
        BinaryConstraint.__init__(self, src, dst, strength)
        self.scale = scale
        self.offset = offset

    def execute(self):
        if self.output is self.b:
            self.b.value = self.a.value * self.scale + self.offset
        else:
            self.a.value = (self.b.value - self.offset) // self.scale


def source_order(constraint):
    return constraint.strength.level


class Planner(object):
    def __init__(self):
        self.constraints = []

    def add(self, constraint):
        self.constraints.append(constraint)
        return constraint

    def remove(self, constraint):
        self.constraints.remove(constraint)
        constraint.remove()

    def make_plan(self):
        for c in self.constraints:
            c.unsatisfy()
            for v in c.variables():
                v.reset()
        sources = [c for c in self.constraints if c.is_source()]
        sources.sort(key=source_order)
        plan = Plan()
        for src in sources:
            var = src.var
            if not var.is_free():
                continue
            src.satisfy(var)
            var.walk = src.strength
            plan.append(src)
            self.propagate(var, plan)
        return plan

    def propagate(self, start, plan):
        todo = [start]
        while todo:
            var = todo.pop()
            for c in var.constraints:
                if c.is_source() or c.is_satisfied():
                    continue
                other = c.other_end(var)
                if other.is_free():
                    c.satisfy(other)
                    other.walk = var.walk.weakest_of(c.strength)
                    plan.append(c)
                    todo.append(other)

    def unsatisfied(self):
        return len([c for c in self.constraints if not c.is_satisfied()])


class Plan(object):
    def __init__(self):
        self.steps = []

    def append(self, constraint):
        self.steps.append(constraint)

    def size(self):
        return len(self.steps)

    def execute(self):
        for c in self.steps:
            c.execute()


def chain_test(n):
    """v0 = v1 = ... = vn; edit v0, stay on vn: edits must reach vn."""
    planner = Planner()
    chain = [Variable('v%d' % i, 0) for i in range(n + 1)]
    for i in range(n):
        planner.add(EqualityConstraint(chain[i], chain[i + 1], REQUIRED))
    planner.add(StayConstraint(chain[n], STRONG))
    edit = planner.add(EditConstraint(chain[0], PREFERRED))
    # The stay is stronger than the edit: the edit is overruled.
    plan = planner.make_plan()
    plan.execute()
    errors = planner.unsatisfied() != 1
    planner.remove(planner.constraints[n])
    planner.add(StayConstraint(chain[n], WEAK))
    plan = planner.make_plan()
    total = 0
    for value in range(100):
        edit.value = value
        plan.execute()
        if chain[n].value != value:
            errors += 1
        total += chain[n].value + chain[n // 2].value
    return total, errors


def projection_test(n):
    """dst[i] = src[i] * 10 + 1000, edited from either end."""
    planner = Planner()
    sources = []
    dests = []
    for i in range(n):
        src = Variable('src%d' % i, i)
        dst = Variable('dst%d' % i, i)
        sources.append(src)
        dests.append(dst)
        planner.add(StayConstraint(src, NORMAL))
        planner.add(ScaleConstraint(src, dst, 10, 1000, REQUIRED))
    total = 0
    errors = 0
    edit = planner.add(EditConstraint(sources[0], PREFERRED))
    plan = planner.make_plan()
    for value in (17, 42, 99):
        edit.value = value
        plan.execute()
        if dests[0].value != value * 10 + 1000:
            errors += 1
        total += dests[0].value
    planner.remove(edit)
    edits = [planner.add(EditConstraint(d, PREFERRED)) for d in dests]
    plan = planner.make_plan()
    for value in (2000, 3000):
        for i, e in enumerate(edits):
            e.value = value + i * 10
        plan.execute()
        for i in range(n):
            if sources[i].value != (value - 1000) // 10 + i:
                errors += 1
            total += sources[i].value
    return total + plan.size(), errors


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    chain_total = proj_total = errors = 0
    for r in range(rounds):
        t, e = chain_test(100)
        chain_total += t
        errors += e
        t, e = projection_test(100)
        proj_total += t
        errors += e
    print 'rounds: %d' % rounds
    print 'chain checksum: %d  projection checksum: %d' % (chain_total, proj_total)
    print 'errors: %d' % errors


main()
