"""A cooperative task scheduler in the spirit of the Richards benchmark:
many small classes, short methods, attribute reads and writes, linked lists.

Six tasks in priority order share packets: an idle task wakes the two
devices in a pseudo-random order; a worker fills work packets and hands
them to two handlers; each handler copies the work, one item at a time,
into device packets; a device holds a packet until woken, then adds it to a
checksum and returns it to its handler.  The run ends when the idle task
has taken its last step.

usage: scheduler.py [STEPS]   idle task steps (default 120000)
"""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
WORK, DEVICE = 'work', 'device'
DATA_LEN = 4


class Packet(object):
    def __init__(self, kind, owner):
        self.link = None
        self.kind = kind
        self.owner = owner
        self.index = 0
        self.value = 0
        self.data = [0] * DATA_LEN

    def is_exhausted(self):
        return self.index >= DATA_LEN

    def next_item(self):
        item = self.data[self.index]
        self.index += 1
        return item


class Queue(object):
    """A FIFO of packets chained through Packet.link."""

    def __init__(self):
        self.head = None
        self.tail = None

    def is_empty(self):
        return self.head is None

    def push(self, packet):
        packet.link = None
        if self.tail is None:
            self.head = packet
        else:
            self.tail.link = packet
        self.tail = packet

    def pop(self):
        packet = self.head
        self.head = packet.link
        if self.head is None:
            self.tail = None
        packet.link = None
        return packet


class Task(object):
    def __init__(self, ident, priority):
        self.ident = ident
        self.priority = priority
        self.next = None
        self.inbox = Queue()
        self.held = False
        self.waiting = False

    def is_runnable(self):
        if self.held:
            return False
        return not self.waiting or not self.inbox.is_empty()

    def take_packet(self):
        if self.inbox.is_empty():
            return None
        self.waiting = False
        return self.inbox.pop()

    def step(self, sched, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, ident, priority, steps):
        Task.__init__(self, ident, priority)
        self.steps = steps
        self.state = 1

    def step(self, sched, packet):
        self.steps -= 1
        if self.steps == 0:
            return sched.hold_current()
        # A 16-bit Galois LFSR picks the device to wake.
        low = self.state & 1
        self.state >>= 1
        if low:
            self.state ^= 0xB400
            return sched.release(DEVICE_B)
        return sched.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, ident, priority):
        Task.__init__(self, ident, priority)
        self.target = HANDLER_A
        self.counter = 0

    def step(self, sched, packet):
        if packet is None:
            return sched.wait_current()
        if self.target == HANDLER_A:
            self.target = HANDLER_B
        else:
            self.target = HANDLER_A
        packet.index = 0
        for i in range(DATA_LEN):
            self.counter = self.counter % 26 + 1
            packet.data[i] = self.counter
        return sched.send(packet, self.target)


class HandlerTask(Task):
    def __init__(self, ident, priority, device):
        Task.__init__(self, ident, priority)
        self.device = device
        self.work = Queue()
        self.spare = Queue()

    def step(self, sched, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work.push(packet)
            else:
                self.spare.push(packet)
        if not self.work.is_empty():
            job = self.work.head
            if job.is_exhausted():
                return sched.send(self.work.pop(), WORKER)
            if not self.spare.is_empty():
                out = self.spare.pop()
                out.value = job.next_item()
                return sched.send(out, self.device)
        return sched.wait_current()


class DeviceTask(Task):
    def __init__(self, ident, priority):
        Task.__init__(self, ident, priority)
        self.pending = None
        self.output = 0

    def step(self, sched, packet):
        if packet is None:
            if self.pending is None:
                return sched.wait_current()
            done = self.pending
            self.pending = None
            self.output = (self.output * 7 + done.value) % 1000003
            return sched.send(done, done.owner)
        self.pending = packet
        return sched.hold_current()


class Scheduler(object):
    def __init__(self):
        self.tasks = {}
        self.head = None
        self.current = None
        self.sent = 0
        self.holds = 0
        self.steps = 0

    def add(self, task):
        """Insert task into the run list, highest priority first."""
        self.tasks[task.ident] = task
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        prev = self.head
        while prev.next is not None and prev.next.priority >= task.priority:
            prev = prev.next
        task.next = prev.next
        prev.next = task

    def send(self, packet, dest_ident):
        self.sent += 1
        dest = self.tasks[dest_ident]
        dest.inbox.push(packet)
        return self.preferred(dest)

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return self.preferred(task)

    def preferred(self, task):
        if task.is_runnable() and task.priority > self.current.priority:
            return task
        return self.current

    def hold_current(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def run(self):
        task = self.head
        while task is not None:
            if task.is_runnable():
                self.current = task
                self.steps += 1
                task = task.step(self, task.take_packet())
            else:
                task = task.next


def build(steps):
    sched = Scheduler()
    sched.add(IdleTask(IDLE, 0, steps))
    worker = WorkerTask(WORKER, 1000)
    worker.waiting = True
    for _ in range(2):
        worker.inbox.push(Packet(WORK, WORKER))
    sched.add(worker)
    for ident, prio, device in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        handler = HandlerTask(ident, prio, device)
        handler.waiting = True
        for _ in range(3):
            handler.inbox.push(Packet(DEVICE, ident))
        sched.add(handler)
    for ident, prio in ((DEVICE_A, 4000), (DEVICE_B, 5000)):
        device = DeviceTask(ident, prio)
        device.waiting = True
        sched.add(device)
    return sched


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
    sched = build(steps)
    sched.run()
    print 'task steps: %d' % sched.steps
    print 'packets sent: %d  holds: %d' % (sched.sent, sched.holds)
    print 'device output: %d %d' % (sched.tasks[DEVICE_A].output, sched.tasks[DEVICE_B].output)


main()
