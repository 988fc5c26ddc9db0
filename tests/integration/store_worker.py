"""A child process for the SQLite store tests: runs a counter script on conversations of one
database file and prints `conversation-id value` after each acknowledged run.

    python store_worker.py DB RUNS SPREAD WORK HANG_AFTER

WORK: loop iterations per run (to make runs take a while); HANG_AFTER: index of the run that
stops inside the run, after its writes and before its commit (prints IN-RUN), or -1.
"""

from __future__ import annotations

import sys
import time

from convoscript import Runtime
from convoscript.services.base import ServiceHandle, script_method
from convoscript.store import SQLiteStore

SCRIPT = """
def n = execution.getVariable("n") ?: 0
def x = 0
for (i in 0..<%d) { x += i }
execution.setVariable("n", n + 1)
customMetricService.upsertMetric("runs", (n + 1).toString())
%s
n + 1
"""


class Probe(ServiceHandle):
    handle_type = "Probe"
    java_class = "test.Probe"

    def __init__(self, state: object):
        self.state = state

    @script_method()
    def hang(self) -> None:
        print("IN-RUN", flush=True)  # this run's writes are made but not committed
        time.sleep(120)


def main() -> None:
    db, runs, spread, work, hang_after = sys.argv[1], *map(int, sys.argv[2:6])
    runtime = Runtime(store=SQLiteStore(db), services={"probe": Probe})
    normal = runtime.compile(SCRIPT % (work, ""))
    hanging = runtime.compile(SCRIPT % (work, "probe.hang()"))
    for i in range(runs):
        cid = f"c-{i % spread}"
        result = runtime.conversation(cid).run(hanging if i == hang_after else normal)
        assert result.ok, result.error
        print(cid, result.value, flush=True)


if __name__ == "__main__":
    main()
