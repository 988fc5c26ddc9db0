"""A soak-test worker process: RUNS runs on random conversations of a shared store, each
appending its run id to the conversation's `ids` list and adding one to its `count`; prints
`ACK RUN_ID WAIT_MS` after each acknowledged (committed) run, `FAIL RUN_ID ERROR` otherwise.

    python soak_worker.py URL TAG RUNS CONVERSATIONS SEED

A run id is `CONVERSATION|TAG-N`, so a run id found in another conversation's list would show
that state was mixed.
"""

from __future__ import annotations

import random
import sys
import time

from convoscript import RunState, Runtime, ServiceHandle, script_method

SCRIPT = """
def ids = execution.getVariable("ids") ?: []
ids.add(probe.runId())
execution.setVariable("ids", ids)
execution.setVariable("count", (execution.getVariable("count") ?: 0) + 1)
"""

CURRENT = {"run": ""}


class Probe(ServiceHandle):
    handle_type = "SoakProbe"
    java_class = "test.SoakProbe"

    def __init__(self, state: RunState):
        self.state = state

    @script_method()
    def runId(self) -> str:  # noqa: N802 - a Groovy method name
        return CURRENT["run"]


def main() -> None:
    url, tag, runs, conversations, seed = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:6])
    rng = random.Random(seed)
    runtime = Runtime(store=url, services={"probe": Probe}, max_retries=1000)
    script = runtime.compile(SCRIPT)
    print("READY", flush=True)
    for n in range(runs):
        cid = f"soak-{rng.randrange(conversations)}"
        CURRENT["run"] = f"{cid}|{tag}-{n}"
        t = time.perf_counter()
        result = runtime.conversation(cid).run(script)
        wait = (time.perf_counter() - t) * 1000
        if result.ok:
            print(f"ACK {CURRENT['run']} {wait:.2f}", flush=True)
        else:
            print(f"FAIL {CURRENT['run']} {result.error}", flush=True)


if __name__ == "__main__":
    main()
