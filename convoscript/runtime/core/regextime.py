"""Running one regex operation within the run's wall clock.

The `regex` package's `timeout` counts the process's CPU time, so on a host where the process
gets half a CPU a 0.3 s timeout ends after 0.6 s or more of wall clock. An operation first runs
in line with a short CPU slice (nearly every regex finishes in microseconds); one that needs
more runs again in a worker thread with the GIL released (`concurrent=True`), and the run waits
for it only until its wall-clock timeout. A worker abandoned then stops by itself within its
CPU timeout: its work stays bounded, it just no longer holds up the run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# CPU seconds an operation may take in line before it moves to a worker thread
INLINE_SLICE = 0.005


def run_timed(op: Callable[[float, bool], T], timeout: float) -> T:
    """`op(cpu_timeout, concurrent)` within `timeout` wall-clock seconds; TimeoutError after."""
    start = time.perf_counter()
    if timeout <= INLINE_SLICE:
        return op(timeout, False)
    try:
        return op(INLINE_SLICE, False)
    except TimeoutError:
        pass
    remaining = timeout - (time.perf_counter() - start)
    if remaining <= 0:
        raise TimeoutError
    return run_until(lambda: op(remaining, True), remaining)


def run_until(work: Callable[[], T], timeout: float) -> T:
    """`work()` in a worker thread, waited for at most `timeout` wall-clock seconds (then
    TimeoutError): for work that cannot be interrupted, such as compiling a large pattern (the
    `regex` parser is Python code, so the run's thread gets the GIL back to stop waiting). An
    abandoned worker finishes by itself; the caller bounds what it may cost (regexsize.py)."""
    outcome: list[tuple[bool, object]] = []

    def body() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed to the run's thread below
            outcome.append((False, exc))

    worker = threading.Thread(target=body, name="convoscript-regex", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise TimeoutError
    ok, value = outcome[0]
    if ok:
        return value  # type: ignore[return-value]
    raise value  # type: ignore[misc]
