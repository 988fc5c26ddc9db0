"""Benchmark: map keys. String keys (the usual case) must not pay for List/Map/Set keys.

Times `groupBy` and `countBy` on 10,000 String keys, and `groupBy` on composite `[a, b]` keys
(each script also builds its 10,000 names; "setup only" is that part alone).
With `--baseline DIR` (a checkout of another revision, e.g. `git worktree add /tmp/base HEAD~1`)
the same scripts also run against that source tree, interleaved in subprocesses, and the ratios
new/baseline are printed (target for String keys: 1.00x within noise).

    python bench/bench_keys.py [--runs N] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time

SETUP = "def names = (0..<10000).collect { 'k' + (it % 500) }\n"
SCRIPTS = {
    "setup only": SETUP + "assert names.size() == 10000",
    "groupBy, 10k String keys": SETUP + "def g = names.groupBy { it }\nassert g.size() == 500",
    "countBy, 10k String keys": SETUP + "def c = names.countBy { it }\nassert c.size() == 500",
    "groupBy, 10k [a, b] keys": SETUP + "def g = names.groupBy { [it, 1] }\nassert g.size() == 500",
}


def time_scripts(runs: int) -> dict[str, float]:
    """Median seconds per script in this interpreter (whatever `convoscript` it imports)."""
    from convoscript.compiler import compile_uncached
    from benchlib import executor
    from convoscript.runtime.model.budget import Limits
    from convoscript.services.state import RunState

    execute = executor()

    limits = Limits(max_steps=10**9, max_seconds=60)
    out = {}
    for name, source in SCRIPTS.items():
        compiled = compile_uncached(source, "bench.groovy")
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            result = execute(compiled, RunState("bench"), limits)
            times.append(time.perf_counter() - start)
            if result.error is not None:  # e.g. composite keys before they were supported
                times = [float("nan")]
                break
        out[name] = min(times)  # the least disturbed run: other processes share the cores
    return out


def _use_source(src: str) -> None:
    """Import `convoscript` from `src`, not from the editable install (whose import hook would
    otherwise win over sys.path)."""
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f)]
    sys.path.insert(0, src)


def _in_subprocess(src: str, runs: int) -> dict[str, float]:
    text = subprocess.run([sys.executable, __file__, "--json", "--src", src, "--runs",
                           str(runs)], check=True, capture_output=True, text=True).stdout
    return json.loads(text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline", help="source tree of the revision to compare against")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--src", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.src:
        _use_source(args.src)
    if args.json:
        print(json.dumps(time_scripts(args.runs)))
        return
    if not args.baseline:
        for name, seconds in time_scripts(args.runs).items():
            print(f"{name:28} {seconds * 1e3:8.2f} ms")
        return
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    new: dict[str, list[float]] = {n: [] for n in SCRIPTS}
    base: dict[str, list[float]] = {n: [] for n in SCRIPTS}
    for _ in range(3):  # interleaved, so machine noise hits both alike
        for store, src in ((new, here), (base, args.baseline)):
            for name, seconds in _in_subprocess(src, args.runs).items():
                store[name].append(seconds)
    for name in SCRIPTS:
        n, b = min(new[name]), min(base[name])
        ratio = "n/a (fails)" if math.isnan(b) else f"{n / b:.3f}x"
        print(f"{name:28} new {n * 1e3:8.2f} ms  baseline {b * 1e3:8.2f} ms  ratio {ratio}")


if __name__ == "__main__":
    main()
