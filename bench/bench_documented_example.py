"""Benchmark: the documented example (compile once, warm runs) against hand-written Python.

Prints absolute times and, since these machines are shared and noisy, ratios measured side by
side in the same run: compile vs. one warm run, and a warm run vs. a hand-written Python
function doing the same work on dict-backed services.

    python bench/bench_documented_example.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from decimal import Decimal
from pathlib import Path

from benchlib import executor, hand_written, timed

from convoscript import Runtime
from convoscript.compiler import compile_uncached
from convoscript.runtime.run.boundary import from_plain
from convoscript.runtime.model.budget import Limits
from convoscript.services.state import RunState

execute = executor()

SOURCE = (Path(__file__).resolve().parents[1] / "examples" / "trained_performance.groovy"
          ).read_text()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15, help="batches per measurement")
    args = parser.parse_args()

    compile_times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        compile_uncached(SOURCE, "trained_performance.groovy")
        compile_times.append(time.perf_counter() - start)
    compile_s = statistics.median(compile_times)

    runtime = Runtime()
    script = runtime.compile(SOURCE, "trained_performance.groovy")
    conversation = runtime.conversation(
        "LGHBWSMJAAIAA-1", {"transient": {"trained_performance": Decimal("0.92")}})
    assert conversation.run(script).metrics == {"trained_performance": "0.92"}

    limits = Limits()

    def frame_only() -> None:
        state = RunState("c", transient={"trained_performance": from_plain(Decimal("0.92"))})
        execute(script.compiled, state, limits)

    transient = {"trained_performance": Decimal("0.92")}
    metrics: dict = {}

    run_s = timed(lambda: conversation.run(script), args.runs)
    frame_s = timed(frame_only, args.runs)
    python_s = timed(lambda: hand_written(transient, metrics), args.runs)

    print(f"compile (uncached):              {compile_s * 1e3:8.3f} ms")
    print(f"warm run, Script + Conversation: {run_s * 1e6:8.1f} us")
    print(f"warm run, execute() only:        {frame_s * 1e6:8.1f} us")
    print(f"hand-written Python:             {python_s * 1e6:8.3f} us")
    print("ratios (same run):")
    print(f"  compile / warm run              {compile_s / run_s:8.1f}x")
    print(f"  warm run / hand-written Python  {run_s / python_s:8.1f}x")
    print(f"  execute() / hand-written Python {frame_s / python_s:8.1f}x")


if __name__ == "__main__":
    main()
