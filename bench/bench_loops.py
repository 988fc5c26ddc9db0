"""Benchmark: loop-heavy scripts against hand-written CPython doing the same work.

Each script is compiled once and run warm; its CPython twin runs in the same process, so the
printed ratio (script / CPython) is measured side by side. With `--baseline DIR` (a checkout of
another revision, e.g. `git worktree add /tmp/base HEAD~1`) the scripts also run against that
source tree, in alternating subprocesses, and new/baseline ratios are printed.

    python bench/bench_loops.py [--runs N] [--baseline DIR] [--profile NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

N = 20_000

SCRIPTS = {
    "int counting": f"""
int total = 0
int i = 0
while (i < {N}) {{
    if (i % 3 == 0) {{ total += i * 2 }} else {{ total -= 1 }}
    i++
}}
def k = 0
for (int j = 0; j < {N}; j++) {{ if (j >= 5 && j != 7) {{ k = k + j }} }}
assert total == 133313333 && k == 199989983
""",
    "string building": f"""
def s = ''
for (x in 0..<{N}) {{ s += "x${{x}}," }}
String t = ''
for (int i = 0; i < {N}; i++) {{ t += 'ab' }}
assert s.size() == 128890 && t.size() == {2 * N}
""",
    "list each/for-in/<<": f"""
def xs = []
for (x in 0..<{N}) {{ xs << x * 2 }}
def t = 0
xs.each {{ t += it }}
int big = 0
for (x in xs) {{ if (x > 100) {{ big++ }} }}
for (int i = 0; i < xs.size(); i++) {{ t -= xs[i] }}
assert t == 0 && big == {N - 51}
""",
    "map reads/writes": f"""
def m = [:]
for (int i = 0; i < {N}; i++) {{ m['k' + (i % 50)] = i }}
def t = 0
for (int i = 0; i < {N}; i++) {{ t += m['k' + (i % 50)] }}
def cfg = [limit: 3, name: 'x']
for (int i = 0; i < {N}; i++) {{ if (cfg.limit < i) {{ cfg.count = i }} }}
assert t == 399490000
assert cfg.count == {N - 1}
""",
    "string methods": f"""
def words = ['alpha', 'beta', 'gamma', 'delta']
int c = 0
for (int i = 0; i < {N}; i++) {{
    def w = words[i % 4]
    if (w.contains('a') && w.size() > 4) {{ c += w.length() }}
    if (w.startsWith('g')) {{ c-- }}
}}
assert c == {N // 4 * 14}
""",
}


# Hand-written CPython doing the same work (no Groovy semantics): the floor we measure against.
def py_int_counting() -> None:
    total = 0
    i = 0
    while i < N:
        if i % 3 == 0:
            total += i * 2
        else:
            total -= 1
        i += 1
    k = 0
    for j in range(N):
        if j >= 5 and j != 7:
            k = k + j
    assert total == 133313333 and k == 199989983


def py_string_building() -> None:
    s = ""
    for x in range(N):
        s += f"x{x},"
    t = ""
    for _ in range(N):
        t += "ab"
    assert len(s) == 128890 and len(t) == 2 * N


def py_list() -> None:
    xs = []
    for x in range(N):
        xs.append(x * 2)
    t = 0

    def add(it):
        nonlocal t
        t += it

    for x in xs:
        add(x)
    big = 0
    for x in xs:
        if x > 100:
            big += 1
    for i in range(len(xs)):
        t -= xs[i]
    assert t == 0 and big == N - 51


def py_map() -> None:
    m = {}
    for i in range(N):
        m["k" + str(i % 50)] = i
    t = 0
    for i in range(N):
        t += m["k" + str(i % 50)]
    cfg = {"limit": 3, "name": "x"}
    for i in range(N):
        if cfg["limit"] < i:
            cfg["count"] = i
    assert t == 399490000 and cfg["count"] == N - 1


def py_string_methods() -> None:
    words = ["alpha", "beta", "gamma", "delta"]
    c = 0
    for i in range(N):
        w = words[i % 4]
        if "a" in w and len(w) > 4:
            c += len(w)
        if w.startswith("g"):
            c -= 1
    assert c == N // 4 * 14


TWINS = {
    "int counting": py_int_counting,
    "string building": py_string_building,
    "list each/for-in/<<": py_list,
    "map reads/writes": py_map,
    "string methods": py_string_methods,
}


def _best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)  # the least disturbed run: other processes share the cores


def time_scripts(runs: int) -> dict[str, list[float]]:
    """{name: [script seconds, CPython seconds]} in this interpreter, interleaved per script."""
    from convoscript.compiler import compile_uncached
    from benchlib import executor
    from convoscript.runtime.model.budget import Limits
    from convoscript.services.state import RunState

    execute = executor()

    limits = Limits(max_steps=10**9, max_seconds=60, max_collection_size=10**7,
                    max_string_length=10**8)
    out = {}
    for name, source in SCRIPTS.items():
        compiled = compile_uncached(source, "bench.groovy")

        def run(compiled=compiled) -> None:
            result = execute(compiled, RunState("bench"), limits)
            assert result.error is None, result.error

        run()  # warm
        script, twin = [], []
        for _ in range(runs):  # alternate, so machine noise hits both alike
            script.append(_best(run, 1))
            twin.append(_best(TWINS[name], 1))
        out[name] = [min(script), min(twin)]
    return out


def _use_source(src: str) -> None:
    """Import `convoscript` from `src`, not from the editable install."""
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f)]
    sys.path.insert(0, src)


def _in_subprocess(src: str, runs: int) -> dict[str, list[float]]:
    text = subprocess.run([sys.executable, __file__, "--json", "--src", src, "--runs",
                           str(runs)], check=True, capture_output=True, text=True).stdout
    return json.loads(text)


def _profile(name: str) -> None:
    import cProfile
    import pstats

    from convoscript.compiler import compile_uncached
    from benchlib import executor
    from convoscript.runtime.model.budget import Limits
    from convoscript.services.state import RunState

    execute = executor()

    compiled = compile_uncached(SCRIPTS[name], "bench.groovy")
    limits = Limits(max_steps=10**9, max_seconds=600)
    prof = cProfile.Profile()
    prof.enable()
    execute(compiled, RunState("bench"), limits)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(15)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline", help="source tree of the revision to compare against")
    parser.add_argument("--profile", help="cProfile one script by name")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--src", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.src:
        _use_source(args.src)
    if args.profile:
        _profile(args.profile)
        return
    if args.json:
        print(json.dumps(time_scripts(args.runs)))
        return
    if not args.baseline:
        for name, (script, twin) in time_scripts(args.runs).items():
            print(f"{name:22} {script * 1e3:8.2f} ms  CPython {twin * 1e3:7.2f} ms  "
                  f"ratio {script / twin:5.2f}x")
        return
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    new: dict[str, list] = {n: [] for n in SCRIPTS}
    base: dict[str, list] = {n: [] for n in SCRIPTS}
    for _ in range(3):  # alternating processes, so machine noise hits both alike
        for store, src in ((new, here), (base, args.baseline)):
            for name, pair in _in_subprocess(src, args.runs).items():
                store[name].append(pair)
    print(f"{'script':22} {'new':>9} {'baseline':>9} {'new/base':>8}   vs CPython: new   base")
    for name in SCRIPTS:
        n = min(p[0] for p in new[name])
        b = min(p[0] for p in base[name])
        py = min(p[1] for p in new[name] + base[name])
        print(f"{name:22} {n * 1e3:7.2f}ms {b * 1e3:7.2f}ms {n / b:7.3f}x "
              f"{n / py:14.2f}x {b / py:5.2f}x")


if __name__ == "__main__":
    main()
