# fork() while the JIT's compiler thread may be generating code: the
# child (which has no compiler thread) must run, compile what gets hot
# and exit normally; the parent's compilations go on. Each round makes
# another function hot (its own code object, so a new compilation is
# queued) and forks at once.
import os
import sys


def work0(n):
    s = 0
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work1(n):
    s = 1
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work2(n):
    s = 2
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work3(n):
    s = 3
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work4(n):
    s = 4
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work5(n):
    s = 5
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work6(n):
    s = 6
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work7(n):
    s = 7
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work8(n):
    s = 8
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work9(n):
    s = 9
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work10(n):
    s = 10
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work11(n):
    s = 11
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work12(n):
    s = 12
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work13(n):
    s = 13
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work14(n):
    s = 14
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work15(n):
    s = 15
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work16(n):
    s = 16
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work17(n):
    s = 17
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work18(n):
    s = 18
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work19(n):
    s = 19
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work20(n):
    s = 20
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work21(n):
    s = 21
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work22(n):
    s = 22
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


def work23(n):
    s = 23
    i = 0
    while i < n:
        s = (s * 31 + i) % 1000003
        i += 1
    return s


WORKS = [work0, work1, work2, work3, work4, work5, work6, work7, work8, work9, work10, work11, work12, work13, work14, work15, work16, work17, work18, work19, work20, work21, work22, work23]


def expected(seed, n):
    s = seed
    for i in range(n):
        s = (s * 31 + i) % 1000003
    return s


def main():
    statuses = []
    for k, work in enumerate(WORKS):
        first = work(3000)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            ok = work(3000) == first and work(5000) == expected(k, 5000)
            os._exit(0 if ok else 1)
        _, status = os.waitpid(pid, 0)
        statuses.append(status)
        if work(4000) != expected(k, 4000):
            print 'parent result wrong in round', k
    print len(statuses), 'children,', statuses.count(0), 'exited 0'


main()
