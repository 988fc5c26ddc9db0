"""The run watchdog: one daemon thread per process that watches the runs under way.

A run reads the clock itself every 1,024 steps. What that misses is time spent inside one call
that charges few steps — an embedder's service or extension method that blocks, a builtin
slower than its charge — and memory that no size limit counts (a thousand strings of 900,000
characters each are each within `max_string_length`). Every `INTERVAL` the watchdog looks at
each run under way:

- past its deadline: it wakes the run (`Budget.wake`), whose next step reads the clock and
  ends with LimitExceeded (`time`) — right after the call that crossed the deadline returns;
- the process's resident memory grown by more than the run's `max_rss_growth` since it started:
  it stops the run (`Budget.interrupt`, LimitExceeded `memory`).

Both act at the run's next step: the watchdog never interrupts Python or C code mid-call (it
cannot), so a call that never returns is process isolation's to end (docs/sandbox.md). The
memory check is best effort: resident memory is the whole process's, so concurrent runs in one
process see each other's growth, and memory a finished run freed may not return to the OS. It
reads /proc/self/statm and is off where that does not exist.

Cost to a run: nothing per step. The thread sleeps while no run is under way, and otherwise
wakes every `INTERVAL` for about 10 µs (one pread of /proc/self/statm, kept open) — while some
run has gone on for `SETTLE` or more. While every run under way is younger, it looks every
`SETTLE` only: each wake takes the GIL from the running thread, and the handoff back costs far
more than the look (short runs that followed one another ran 25-30% slower with a look every
10 ms, measured on the seed workload). So a run's first 50-100 ms are looked at once or twice;
its steps read the clock themselves, and what the watchdog is for (a call blocking past the
deadline, memory growing unseen) is looked at every INTERVAL once the run is older.
"""

from __future__ import annotations

import os
import threading
import time

from convoscript.runtime.model.budget import Budget

# Seconds between two looks: how long past its deadline, at most, a run can go on stepping
# (plus the thread's wait for the GIL), and how much memory can grow past the limit unseen.
INTERVAL = 0.01
# How long a run goes on before it is looked at every INTERVAL (see the module docstring).
SETTLE = 0.05

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_STATM = "/proc/self/statm"


def resident_bytes(fd: int | None = None) -> int:
    """This process's resident memory in bytes (0 where /proc/self/statm is missing); `fd`,
    /proc/self/statm kept open by this process, makes it a 7 µs read instead of 40 µs."""
    try:
        if fd is not None:
            return int(os.pread(fd, 128, 0).split()[1]) * _PAGE
        with open(_STATM, "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


def _open_statm() -> int | None:
    try:
        return os.open(_STATM, os.O_RDONLY)
    except OSError:
        return None


class _Watchdog:
    """The runs under way in this process and the thread watching them."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.runs: dict[int, tuple[Budget, int]] = {}  # id(budget) -> (budget, RSS at start)
        # set while runs are under way (cleared by the thread when it finds none)
        self.started = threading.Event()
        self.ready = threading.Event()  # set once the thread has run
        self.thread: threading.Thread | None = None
        # this process's own statm, opened once (a forked child gets a new watchdog and opens
        # its own: an inherited descriptor would read the parent's memory)
        self.statm = _open_statm()
        self.last: tuple[float, int] = (float("-inf"), 0)  # (when, RSS) of the thread's last look
        self.wakes = 0  # how often the thread woke to look (tests check its pace)

    def start(self) -> None:
        """Start the thread (once), and return when it has run: its stack and the memory its
        first allocations took are then part of the process."""
        if self.ready.is_set():  # every run after the first: no lock, no wait
            return
        with self.lock:
            if self.thread is None:
                self.thread = threading.Thread(
                    target=self._loop, name="convoscript-watchdog", daemon=True
                )
                self.thread.start()
        self.ready.wait(1.0)

    def watch(self, budget: Budget) -> None:
        self.start()
        # the run's starting size: the thread's own reading when it is fresh (runs follow one
        # another, so it looked less than INTERVAL ago), else a read of our own. A read costs
        # 7-50 µs, more than a short run's whole script; a reading INTERVAL old can differ
        # from now by what the process allocated since, which this best-effort limit allows.
        seen_at, rss = self.last
        start = rss if time.perf_counter() - seen_at < SETTLE else resident_bytes(self.statm)
        with self.lock:
            self.runs[id(budget)] = (budget, start)
            if not self.started.is_set():  # the thread waits: wake it (once, not every run)
                self.started.set()

    def unwatch(self, budget: Budget) -> None:
        # the thread itself goes back to waiting once it finds no run at its next look: runs
        # that follow one another keep it looking every INTERVAL instead of waking it per run
        # (setting and clearing the event on every run woke the thread each time, 20 µs a run)
        with self.lock:
            self.runs.pop(id(budget), None)

    def _loop(self) -> None:
        resident_bytes(self.statm)  # a first allocation of this thread's (its malloc arena)
        self.ready.set()
        pause = SETTLE
        while True:
            self.started.wait()
            time.sleep(pause)
            self.wakes += 1
            now = time.perf_counter()
            rss = resident_bytes(self.statm)
            self.last = (now, rss)
            with self.lock:
                runs = list(self.runs.values())
                if not runs:  # idle: wait for the next run (watch sets the event again)
                    self.started.clear()
            if runs:
                self._look(runs, now, rss)
            # a run that has gone on for SETTLE is looked at every INTERVAL from now on
            settled = any(now - budget.started >= SETTLE for budget, _ in runs)
            pause = INTERVAL if settled else SETTLE

    def _look(self, runs: list[tuple[Budget, int]], now: float, rss: int) -> None:
        for budget, start in runs:
            if budget.stopped is not None:
                continue
            if now > budget.deadline:
                budget.wake()
            limit = budget.limits.max_rss_growth
            if rss and rss - start > limit:
                budget.interrupt(
                    "memory",
                    limit,
                    f"Memory limit exceeded: the process grew by more than {limit} bytes "
                    "during the run",
                )


_watchdog = _Watchdog()


def _after_fork_in_child() -> None:
    # the thread does not survive a fork (process isolation's workers): a child starts its own
    global _watchdog
    if _watchdog.statm is not None:
        os.close(_watchdog.statm)
    _watchdog = _Watchdog()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def start() -> None:
    """Start the watchdog thread now rather than at the first run: a process-isolation worker
    does, before it measures the size its address-space allowance starts from (the thread's
    stack and malloc arena would otherwise count as growth of its first run)."""
    _watchdog.start()


def watch(budget: Budget) -> None:
    """Watch a run from now on (call `unwatch` when it ends, whatever happens)."""
    _watchdog.watch(budget)


def unwatch(budget: Budget) -> None:
    _watchdog.unwatch(budget)
