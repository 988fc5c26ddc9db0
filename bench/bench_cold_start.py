"""Benchmark: a cold `convoscript run` of the documented example, as a whole process, against
`python -c pass` of the same interpreter (issue 14, part 4: the goal is 0.15 s).

Both commands run N times, alternately, each in a fresh process, so that the machine's load
falls on both alike; prints the medians of wall clock and of CPU time (user + system: on a
shared machine the wall clock also counts the time other processes held the cores), the
difference (what convoscript adds to a bare interpreter) and the ratio.

    python bench/bench_cold_start.py [--runs N] [--bare] [--source DIR]

`--source DIR` runs the convoscript package found in DIR (PYTHONPATH) instead of this one: a
`git archive` of another commit, for a before/after in one sitting.

Bytecode caching is on (PYTHONDONTWRITEBYTECODE is removed from the children's environment)
and a warm-up run of each command writes the `.pyc` files first: an installed package has
them, and compiling every module from source is not the start-up a user sees. `--bare` runs
the command without `--state`/`--json` (the form the issue names).
"""

from __future__ import annotations

import argparse
import os
import resource
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


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds of wall clock and of CPU for one fresh process, start to exit."""
    cpu, start = _cpu(), time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{command} failed ({done.returncode}):\n{done.stderr.decode()}")
    return elapsed, _cpu() - cpu


def _row(label: str, samples: list[tuple[float, float]]) -> tuple[float, float]:
    wall = statistics.median(s[0] for s in samples)
    cpu = statistics.median(s[1] for s in samples)
    least = min(s[0] for s in samples)
    print(f"{label:<20} {wall:>10.3f}s {least:>9.3f}s {cpu:>10.3f}s")
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15, help="processes of each command")
    parser.add_argument("--bare", action="store_true", help="no --state/--json")
    parser.add_argument("--source", help="run the convoscript package in this directory")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if args.source:
        env["PYTHONPATH"] = str(Path(args.source).resolve())
    bare, run = _commands(args.bare)
    for command in (bare, run):  # warm-up: writes the .pyc files, fills the OS file cache
        _timed(command, env)
    bare_samples, run_samples = [], []
    for _ in range(args.runs):
        bare_samples.append(_timed(bare, env))
        run_samples.append(_timed(run, env))
    print(f"{'command':<20} {'wall median':>11} {'wall min':>10} {'CPU median':>11}")
    bare_wall, bare_cpu = _row("python -c pass", bare_samples)
    run_wall, run_cpu = _row("convoscript run", run_samples)
    print(
        f"wall: +{run_wall - bare_wall:.3f} s, {run_wall / bare_wall:.1f}x; "
        f"CPU: +{run_cpu - bare_cpu:.3f} s ({args.runs} alternating runs each; "
        "goal: convoscript run <= 0.150 s wall)"
    )


if __name__ == "__main__":
    main()
