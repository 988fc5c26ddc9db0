"""Benchmark: a cold `convoscript run` of the documented example, as a whole process, against
`python -c pass` of the same interpreter (issue 14, part 4: the goal is 0.15 s).

Both commands run N times, alternately, each in a fresh process, so that the machine's load
falls on both alike; prints the medians, the difference (what convoscript adds to a bare
interpreter) and the ratio.

    python bench/bench_cold_start.py [--runs N] [--bare]

Bytecode caching is on (PYTHONDONTWRITEBYTECODE is removed from the children's environment)
and a warm-up run of each command writes the `.pyc` files first: an installed package has
them, and compiling every module from source is not the start-up a user sees. `--bare` runs
the command without `--state`/`--json` (the form the issue names).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "trained_performance.groovy"
STATE = ROOT / "examples" / "trained_performance.state.json"


def _commands(bare: bool) -> tuple[list[str], list[str]]:
    """The bare interpreter, and the README's main job through the installed entry point."""
    entry = Path(sys.executable).with_name("convoscript")
    run = [str(entry), "run", str(EXAMPLE)]
    if not bare:
        run += ["--state", str(STATE), "--json"]
    return [sys.executable, "-c", "pass"], run


def _wall(command: list[str], env: dict[str, str]) -> float:
    """Seconds of wall clock for one fresh process, start to exit."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{command} failed ({done.returncode}):\n{done.stderr.decode()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15, help="processes of each command")
    parser.add_argument("--bare", action="store_true", help="no --state/--json")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    bare, run = _commands(args.bare)
    for command in (bare, run):  # warm-up: writes the .pyc files, fills the OS file cache
        _wall(command, env)
    bare_times, run_times = [], []
    for _ in range(args.runs):
        bare_times.append(_wall(bare, env))
        run_times.append(_wall(run, env))
    bare_median = statistics.median(bare_times)
    run_median = statistics.median(run_times)
    print(f"{'command':<34} {'median':>9} {'min':>9}")
    print(f"{'python -c pass':<34} {bare_median:>8.3f}s {min(bare_times):>8.3f}s")
    label = "convoscript run (documented example)"
    print(f"{label[:34]:<34} {run_median:>8.3f}s {min(run_times):>8.3f}s")
    print(
        f"difference {run_median - bare_median:.3f} s, ratio {run_median / bare_median:.1f}x "
        f"({args.runs} alternating runs each; goal: convoscript run <= 0.150 s)"
    )


if __name__ == "__main__":
    main()
