"""List sorting with key functions: sort/sorted with lambdas, attribute and
tuple keys, reverse=True, stability across passes, and a hand-written merge
sort for comparison.

usage: sorting.py [N]   records (default 60000)
"""
import sys


class Employee(object):
    def __init__(self, ident, dept, age, salary, name):
        self.ident = ident
        self.dept = dept
        self.age = age
        self.salary = salary
        self.name = name

    def seniority(self):
        return self.age * 1000 - self.ident % 1000


def make_people(n):
    people = []
    state = 99991
    letters = 'abcdefghijklmnopqrstuvwxyz'
    for i in xrange(n):
        state = (state * 48271) % 2147483647
        name = letters[state % 26] + letters[(state >> 5) % 26] + letters[(state >> 10) % 26]
        people.append(Employee(i, state % 12, 20 + (state >> 3) % 45, 30000 + (state >> 7) % 90000, name))
    return people


def merge_sort(items, key):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid], key)
    right = merge_sort(items[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def fingerprint(people):
    h = 0
    for p in people:
        h = (h * 1000003 + p.ident) % 2147483647
    return h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    people = make_people(n)

    by_salary = sorted(people, key=lambda p: p.salary)
    print 'by salary: %d' % fingerprint(by_salary)
    by_name_desc = sorted(people, key=lambda p: p.name, reverse=True)
    print 'by name, descending: %d' % fingerprint(by_name_desc)

    # Two stable passes must equal one sort on the (dept, age) tuple.
    staged = list(people)
    staged.sort(key=lambda p: p.age)
    staged.sort(key=lambda p: p.dept)
    tupled = sorted(people, key=lambda p: (p.dept, p.age))
    print 'stable passes agree with tuple key: %s' % (fingerprint(staged) == fingerprint(tupled))

    by_method = sorted(people, key=Employee.seniority)
    merged = merge_sort(people, Employee.seniority)
    print 'seniority: %d  merge sort agrees: %s' % (fingerprint(by_method),
                                                  fingerprint(merged) == fingerprint(by_method))

    words = [p.name * (1 + p.ident % 3) for p in people[:n // 4]]
    words.sort(key=len)
    words.sort(key=lambda w: w[-1])
    print 'words: %s ... %s' % (' '.join(words[:3]), ' '.join(words[-3:]))

    numbers = [p.salary * 37 % 1001 - 500 for p in people]
    numbers.sort(key=abs)
    print 'by abs: %s' % ' '.join([str(x) for x in numbers[:: max(1, len(numbers) // 8)]])


main()
