"""Benchmark: what the budget checks cost on a loop-heavy script.

Runs the same script compiled with budget checks (step ticks at loop back-edges, depth
accounting on calls) and without them, side by side in one process, and prints the ratio.
Target: under 1.3x.

    python bench/bench_budget.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from benchlib import executor

from convoscript.compiler import compile_uncached
from convoscript.runtime.model.budget import Limits
from convoscript.services.state import RunState

execute = executor()

SCRIPT = """
def score(items) {
    def total = 0
    for (item in items) {
        if (item % 3 == 0) { total += item * 2 } else { total += item }
    }
    total
}
def results = []
int i = 0
while (i < 200) {
    results << score(1..100)
    i++
}
def sum = 0
results.each { sum += it }
execution.setVariable("sum", sum)
"""


def run_once(compiled, limits: Limits) -> float:
    state = RunState("bench")
    start = time.perf_counter()
    result = execute(compiled, state, limits)
    elapsed = time.perf_counter() - start
    assert result.error is None, result.error
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    checked = compile_uncached(SCRIPT, "bench.groovy")
    unchecked = compile_uncached(SCRIPT, "bench.groovy", budget_checks=False)
    limits = Limits(max_steps=10**9, max_seconds=60)
    with_checks, without = [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        with_checks.append(run_once(checked, limits))
        without.append(run_once(unchecked, limits))
    a, b = statistics.median(with_checks), statistics.median(without)
    print(f"loop-heavy script, budget checks on:  {a * 1e3:8.2f} ms")
    print(f"loop-heavy script, budget checks off: {b * 1e3:8.2f} ms")
    print(f"ratio (same run): {a / b:.2f}x  (target < 1.3x)")


if __name__ == "__main__":
    main()
