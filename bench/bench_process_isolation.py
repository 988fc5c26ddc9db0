"""Benchmark: what process isolation costs per run, and how fast a killed worker is replaced.

Measures, in one process: a warm run of the documented example and of a larger example
(escalation_routing, with its state) in-process (`isolation="thread"`) and in a worker process
(`isolation="process"`, one worker); a stuck run (an embedder function that never returns) from
its start until `run()` returns (the deadline plus the grace); the next run after it, which
forks the replacement worker (what a fork per run would cost every run); and the warm run after.

    python bench/bench_process_isolation.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from convoscript import Limits, Runtime
from convoscript.runtime.door.extensions import AllowListExtension

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = {
    "documented": (ROOT / "examples" / "trained_performance.groovy", None),
    "escalation_routing": (
        ROOT / "examples" / "escalation_routing.groovy",
        ROOT / "examples" / "escalation_routing.state.json",
    ),
}


def per_run(runtime: Runtime, source: str, state: dict, runs: int) -> tuple[float, float]:
    """Median and 90th percentile of a warm run, in milliseconds."""
    script = runtime.compile(source)
    samples = []
    for i in range(runs + 20):
        conversation = runtime.conversation("c-bench", state)
        start = time.perf_counter()
        conversation.run(script, seed=1)
        if i >= 20:
            samples.append(time.perf_counter() - start)
    samples.sort()
    return statistics.median(samples) * 1000, samples[int(len(samples) * 0.9)] * 1000


def _spin() -> None:
    while True:
        pass


def replacement(rounds: int) -> list[tuple[float, float, float]]:
    ext = AllowListExtension()
    ext.static_method("com.acme.Stuck", "spin", _spin)
    runtime = Runtime(isolation="process", workers=1, allow=ext)
    assert runtime.pool is not None
    runtime.pool.grace = 0.2
    conversation = runtime.conversation("c-stuck")
    conversation.run("1")
    out = []
    try:
        for _ in range(rounds):
            t0 = time.perf_counter()
            stuck = conversation.run("Stuck.spin()", limits=Limits(max_seconds=0.3))
            assert stuck.error is not None and stuck.error.limit == "time"  # type: ignore
            t1 = time.perf_counter()
            conversation.run("1")
            t2 = time.perf_counter()
            conversation.run("1")
            t3 = time.perf_counter()
            out.append((t1 - t0, (t2 - t1) * 1000, (t3 - t2) * 1000))
    finally:
        runtime.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    local, isolated = Runtime(), Runtime(isolation="process", workers=1)
    try:
        for name, (script, state_file) in EXAMPLES.items():
            state = json.loads(state_file.read_text()) if state_file else {}
            source = script.read_text()
            t_med, t_p90 = per_run(local, source, state, args.runs)
            p_med, p_p90 = per_run(isolated, source, state, args.runs)
            print(
                f"{name:20s} in-process {t_med:6.2f} ms (p90 {t_p90:6.2f})   "
                f"process {p_med:6.2f} ms (p90 {p_p90:6.2f})   overhead {p_med - t_med:5.2f} ms"
            )
    finally:
        isolated.close()
    for stuck, first, warm in replacement(5):
        print(
            f"stuck run returned after {stuck:.3f} s (deadline 0.3 s + grace 0.2 s); "
            f"next run on the replacement worker {first:.1f} ms; then a warm run {warm:.1f} ms"
        )


if __name__ == "__main__":
    main()
