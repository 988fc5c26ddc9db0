"""How long a tiny run on one conversation waits while a slow run (about 300 ms) is in
progress on another conversation of the same store (issue 12: SQLite held its write
transaction for the whole run, so the tiny run waited for the slow one).

    python bench/bench_store_stall.py [STORE_URL_OR_PATH]   (default: a temporary SQLite file)

Prints the tiny run's latency alone and while the slow run is in progress (median of 5).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from convoscript import Runtime
from convoscript.services.base import ServiceHandle, script_method

try:
    from convoscript import open_store
except ImportError:  # before the store URLs existed
    open_store = None  # type: ignore[assignment]
from convoscript.store import SQLiteStore

SLOW = """
backend.call(300)
execution.setVariable("slow", 1)
"""


class Backend(ServiceHandle):
    """A slow back-end call (an HTTP request, say): sleeps, releasing the GIL as I/O does."""

    handle_type = "Backend"
    java_class = "bench.Backend"

    def __init__(self, state: object):
        self.state = state

    @script_method("int")
    def call(self, millis: int) -> None:
        time.sleep(millis / 1000)

TINY = 'execution.setVariable("n", (execution.getVariable("n") ?: 0) + 1)'


def main() -> None:
    target = sys.argv[1] if len(sys.argv) > 1 else str(Path(tempfile.mkdtemp()) / "stall.db")
    store = open_store(target) if open_store is not None else SQLiteStore(target)
    runtime = Runtime(store=store, services={"backend": Backend})
    slow, tiny = runtime.compile(SLOW), runtime.compile(TINY)
    runtime.conversation("tiny").run(tiny)
    alone, stalled = [], []
    for _ in range(5):
        t = time.perf_counter()
        runtime.conversation("tiny").run(tiny)
        alone.append(time.perf_counter() - t)
        def slow_run() -> None:
            assert runtime.conversation("slow").run(slow).ok

        worker = threading.Thread(target=slow_run)
        worker.start()
        time.sleep(0.05)  # the slow run is in progress
        t = time.perf_counter()
        runtime.conversation("tiny").run(tiny)
        stalled.append(time.perf_counter() - t)
        worker.join()
    print(f"tiny run alone: {statistics.median(alone) * 1000:.1f} ms")
    print(f"tiny run while a 300 ms run is in progress: {statistics.median(stalled) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
