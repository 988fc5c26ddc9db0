"""Benchmark: what a warm run costs before and after the script body (per-run setup).

Measures, side by side in one process: warm `Conversation.run` of the documented example and
of a trivial script (`null`: almost nothing but setup), the same through `execute()` alone (no
store), a trivial run on a runtime with embedder services registered, and a hand-written
Python function doing the documented example's work on dicts. Prints ratios to that function
and the example / trivial ratio (how much of a run is the script's own work).

`--baseline DIR` also runs these measurements on another checkout of convoscript (say the
base commit, `git archive BASE | tar -x -C DIR`), in subprocesses alternating with this
checkout, and prints old / new for each figure: same machine, same moment.

    python bench/bench_run_setup.py [--runs N] [--baseline DIR [--rounds R]]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from benchlib import hand_written, timed

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTED = (ROOT / "examples" / "trained_performance.groovy").read_text()
TRIVIAL = "null"
EMBEDDER_SERVICES = 8

LABELS = {
    "run_example": "Conversation.run, documented example",
    "run_trivial": "Conversation.run, trivial script",
    "run_services": f"Conversation.run, trivial, {EMBEDDER_SERVICES} embedder services",
    "execute_example": "execute() only, documented example",
    "execute_trivial": "execute() only, trivial script",
    "python": "hand-written Python",
}


def measure(runs: int) -> dict[str, float]:
    """Seconds per call for each figure in LABELS (uses only API the base commit has)."""
    from convoscript import Runtime
    from benchlib import executor
    from convoscript.runtime.run.boundary import from_plain
    from convoscript.runtime.model.budget import Limits
    from convoscript.services.base import ServiceHandle, script_method
    from convoscript.services.state import RunState

    execute = executor()

    class Crm(ServiceHandle):
        handle_type = "Crm"
        java_class = "com.example.Crm"

        def __init__(self, state: RunState):
            self.state = state

        @script_method("String")
        def lookup(self, customer: str) -> str:
            return customer

    state = {"transient": {"trained_performance": Decimal("0.92")}}
    runtime = Runtime()
    example = runtime.compile(DOCUMENTED, "trained_performance.groovy")
    trivial = runtime.compile(TRIVIAL, "trivial.groovy")
    conversation = runtime.conversation("LGHBWSMJAAIAA-1", state)
    assert conversation.run(example).metrics == {"trained_performance": "0.92"}
    served = Runtime(services={f"crm{i}": Crm for i in range(EMBEDDER_SERVICES)})
    served_conversation = served.conversation("c-services")
    served_trivial = served.compile(TRIVIAL, "trivial.groovy")
    assert served_conversation.run(served.compile('crm0.lookup("x")')).value == "x"

    limits = Limits()

    def execute_only(script) -> None:
        run_state = RunState("c", transient={"trained_performance": from_plain(Decimal("0.92"))})
        execute(script.compiled, run_state, limits)

    transient = {"trained_performance": Decimal("0.92")}
    metrics: dict = {}
    return {
        "run_example": timed(lambda: conversation.run(example), runs),
        "run_trivial": timed(lambda: conversation.run(trivial), runs),
        "run_services": timed(lambda: served_conversation.run(served_trivial), runs),
        "execute_example": timed(lambda: execute_only(example), runs),
        "execute_trivial": timed(lambda: execute_only(trivial), runs),
        "python": timed(lambda: hand_written(transient, metrics), runs),
    }


def report(times: dict[str, float]) -> None:
    for key, label in LABELS.items():
        print(f"  {label:52s} {times[key] * 1e6:8.2f} us")
    python = times["python"]
    print("  ratios (same run):")
    for key in ("run_example", "run_trivial", "execute_example", "execute_trivial"):
        print(f"    {key + ' / hand-written Python':44s} {times[key] / python:8.1f}x")
    print(f"    {'run_example / run_trivial':44s} "
          f"{times['run_example'] / times['run_trivial']:8.2f}x")
    print(f"    {'run_services / run_trivial':44s} "
          f"{times['run_services'] / times['run_trivial']:8.2f}x")


def in_subprocess(source_root: Path, runs: int) -> dict[str, float]:
    """`measure` on the convoscript found in `source_root` (PYTHONPATH wins over installs)."""
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    out = subprocess.run([sys.executable, __file__, "--json", "--runs", str(runs)], env=env,
                         check=True, capture_output=True, text=True, cwd=source_root).stdout
    return json.loads(out)


def compare(baseline: Path, runs: int, rounds: int) -> None:
    """Alternate baseline and this checkout `rounds` times; medians of each, then old / new."""
    old: list[dict[str, float]] = []
    new: list[dict[str, float]] = []
    for _ in range(rounds):
        old.append(in_subprocess(baseline, runs))
        new.append(in_subprocess(ROOT, runs))
    med_old = {k: statistics.median(r[k] for r in old) for k in LABELS}
    med_new = {k: statistics.median(r[k] for r in new) for k in LABELS}
    print(f"baseline ({baseline}):")
    report(med_old)
    print(f"this checkout ({ROOT}):")
    report(med_new)
    print("old / new (same machine, alternating processes):")
    for key, label in LABELS.items():
        print(f"  {label:52s} {med_old[key] / med_new[key]:8.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15, help="batches per measurement")
    parser.add_argument("--baseline", type=Path, help="another convoscript checkout")
    parser.add_argument("--rounds", type=int, default=5, help="alternations with --baseline")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline is not None:
        compare(args.baseline.resolve(), args.runs, args.rounds)
    elif args.json:
        print(json.dumps(measure(args.runs)))
    else:
        report(measure(args.runs))


if __name__ == "__main__":
    main()
