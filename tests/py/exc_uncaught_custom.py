# Ends with an uncaught custom exception.

class ValidationError(Exception):
    def __init__(self, field, problem):
        Exception.__init__(self, field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return '%s: %s' % (self.field, self.problem)


def check_age(age):
    if age < 0:
        raise ValidationError('age', 'must not be negative, got %d' % age)
    return age


def check_person(person):
    print 'checking', person[0]
    return check_age(person[1])


def check_all(people):
    return [check_person(p) for p in people]


print check_all([('ann', 31), ('bob', 42)])
try:
    check_all([('cy', -1)])
except ValidationError, e:
    print 'caught', e.field, '|', e
check_all([('dee', 5), ('eve', -7), ('fay', 9)])
