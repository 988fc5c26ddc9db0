"""The generated worst-case suite: adversarial calls for every signature line, run under small
limits, each checked to end in time, under a memory budget and without an internal error.

Usage::

    python tools/surface/gen_worst.py --out /tmp/worst.json         # the full sweep (~20 min)
    python tools/surface/gen_worst.py --subset --out /tmp/ci.json   # the CI subset
    python tools/surface/gen_worst.py --list | head                 # the generated calls

Generation (`all_calls`): for each line of `convoscript/lib/*/signatures.txt`, receivers and
arguments come from `worst_values.build(LIMITS)` (maximal strings and collections, zero and
negative counts, colliding keys, nested regexes, deep and self-containing structures...). The
first call of a signature passes the maximal value of every parameter; the next CALLS - 1 rotate
through the other values, starting at an offset taken from the signature's hash, so every value
of a type is used by some signatures and the whole is deterministic. Each value used is also
run alone ("baseline" calls) so that a failure of the value's own construction is not blamed on
a member.

The harness (`Pool`) runs the calls in worker processes (address space capped, killed and
replaced when a call outlives HARD_SECONDS): each call is compiled, then run in a fresh
conversation with tracemalloc's peak reset; the worker reports the outcome, the run's wall time
and the peak of traced allocations. `verdict` applies the pass rule (see docs/sandbox.md,
"worst-case sweep"): the run ends within `max_seconds + 50 ms` (times `slack` in CI), its traced
peak stays under `memory_budget()`, and the outcome is a result, a Groovy exception, a refusal
or `LimitExceeded` -- never an InternalError, an escaping Python exception or a dead worker.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import select
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _p in (str(ROOT), str(HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

import probes as P  # noqa: E402
import worst_values  # noqa: E402

from convoscript import Limits  # noqa: E402
from convoscript.lib import signature_files  # noqa: E402
from convoscript.runtime.door import surface  # noqa: E402

# The sweep's limits: the defaults scaled down so that a maximal value is cheap to build and a
# call that runs to the clock costs half a second.
LIMITS = Limits(
    max_steps=1_000_000,
    max_seconds=0.5,
    max_string_length=100_000,
    max_collection_size=10_000,
    max_number_digits=2_000,
    max_output_bytes=100_000,
)
CALLS = 3  # calls per signature line (a static field: one)
TIME_GRACE = 0.05  # a run may end this long after max_seconds (the 50 ms)
HARD_SECONDS = 4.0  # a call still running this long after it started is killed ("hang")
WORKER_MEM = 2 * 2**30  # address space of a worker: a bomb dies there, not in the host


def memory_budget(limits: Limits = LIMITS) -> int:
    """The peak of traced allocations a call may reach.

    64 bytes per character of `max_string_length`: a Python str takes at most 4 bytes a
    character, and a call may hold its receiver, its arguments, its result and a few
    intermediate copies at once (16 copies of a maximal string); 512 bytes per element of
    `max_collection_size` (a list slot, a small boxed object, a dict entry, each copied a few
    times); plus 24 MiB for compiling and running the script itself (the largest baseline --
    building a maximal value alone -- peaks at about 10 MiB)."""
    return 64 * limits.max_string_length + 512 * limits.max_collection_size + 24 * 2**20


@dataclass(frozen=True)
class Call:
    id: str  # stable: a hash of the signature line, then the call's number
    signature: str  # the line, or "(value)" for a baseline
    group: str  # surface_<package>_<class>, as the surface probes
    values: tuple[str, ...]  # receiver (if any) then arguments
    source: str


def _sig_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


_OWNERS: dict[str, str] | None = None


def _owners() -> dict[str, str]:
    global _OWNERS
    if _OWNERS is None:
        _OWNERS = P.owner_names()
    return _OWNERS


def script(call_expr: str, values: list[str], receiver: bool) -> str:
    """The script of one call: each value bound to a variable, then the call; the result is
    dropped (what it costs to make it is what is measured)."""
    names = (["r"] if receiver else []) + [f"a{i}" for i in range(len(values) - receiver)]
    lines = [f"def {n} = {v}" for n, v in zip(names, values)]
    body = "\n".join([*lines, f"def out = {call_expr}", "null"])
    head = "".join(
        f"import {i.replace('$', '.')}\n" for i in P.imports_for(values + [call_expr], _owners())
    )
    return head + body + "\n"


def calls_for(sig: surface.Signature, args: dict, receivers: dict) -> list[Call]:
    h = _sig_hash(sig.text)
    group = P.group_of(sig)
    if sig.form == "staticField":
        expr = f"{P.simple_name(sig.owner)}.{sig.name}"
        return [Call(f"{h}_0", sig.text, group, (), script(expr, [], False))]
    lists = []
    if sig.is_instance:
        recvs = receivers.get(sig.receiver)
        if not recvs:
            return []
        lists.append(recvs)
    lists += [args.get(p) or ["null"] for p in sig.call_params]
    names = (["r"] if sig.is_instance else []) + [f"a{i}" for i in range(len(sig.call_params))]
    argv = ", ".join(n for n in names if n != "r")
    if sig.form == "new":
        expr = f"new {P.simple_name(sig.owner)}({argv})"
    elif sig.form == "field":
        expr = f"r.{sig.name}"
    elif sig.is_instance:
        expr = f"r.{sig.name}({argv})"
    else:
        expr = f"{P.simple_name(sig.static_owner)}.{sig.name}({argv})"
    offset = int(h, 16)
    combos: list[tuple[str, ...]] = []
    width = max((len(v) for v in lists), default=1)
    for k in range(CALLS if lists else 1):
        if k == 0:
            combo = tuple(v[0] for v in lists)
        else:
            combo = tuple(v[(offset + k + j * (k + 1)) % len(v)] for j, v in enumerate(lists))
        if combo not in combos:
            combos.append(combo)
        if len(combos) >= width:
            break
    return [
        Call(f"{h}_{k}", sig.text, group, combo, script(expr, list(combo), sig.is_instance))
        for k, combo in enumerate(combos)
    ]


def all_calls(limits: Limits = LIMITS) -> tuple[list[Call], list[Call], list[str]]:
    """(calls, baselines, uncovered signature lines), in signature-file order."""
    args, receivers = worst_values.build(
        limits.max_string_length, limits.max_collection_size, limits.max_number_digits
    )
    calls: list[Call] = []
    uncovered: list[str] = []
    for path, number, text in signature_files.load():
        sig = surface.parse(text, f"{path}:{number}")
        got = calls_for(sig, args, receivers)
        if not got:
            uncovered.append(text)
        calls.extend(got)
    used = sorted({v for c in calls for v in c.values})
    baselines = [
        Call(f"v{_sig_hash(v)}", "(value)", "(value)", (v,), script("null", [v], False))
        for v in used
    ]
    return calls, baselines, uncovered


def subset(calls: list[Call], per_group: int = 1, maximal_only: bool = True) -> list[Call]:
    """The CI subset: in every class (group), the `per_group` signatures whose lines hash lowest,
    with their maximal call (or all their calls) -- deterministic, every class represented."""
    by_group: dict[str, set[str]] = {}
    for c in calls:
        by_group.setdefault(c.group, set()).add(c.signature)
    chosen = set()
    for sigs in by_group.values():
        chosen.update(sorted(sigs, key=_sig_hash)[:per_group])
    return [c for c in calls if c.signature in chosen and (not maximal_only or c.id.endswith("_0"))]


# -- the harness ---------------------------------------------------------------------------

_WORKER = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, {root!r})
resource.setrlimit(resource.RLIMIT_AS, ({mem}, {mem}))
sys.setrecursionlimit(10000)
from convoscript import Limits, Runtime
limits = Limits(**{limits!r})
rt = Runtime(limits=limits)
rt.conversation("warm-up").run(rt.compile("def x = [1].collect {{ it }}\nnull", "w.groovy"))
tracemalloc.start()
print(json.dumps({{"ready": True}}), flush=True)
n = 0
for line in sys.stdin:
    job = json.loads(line)
    n += 1
    out = {{"id": job["id"]}}
    try:
        t0 = time.perf_counter()
        compiled = rt.compile(job["source"], "worst.groovy")
        out["compile_s"] = time.perf_counter() - t0
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        t0 = time.perf_counter()
        res = rt.conversation("w%d" % n).run(compiled)
        out["seconds"] = time.perf_counter() - t0
        out["peak"] = tracemalloc.get_traced_memory()[1] - base
        err = res.error
        if err is None:
            out["outcome"] = "ok"
        elif err.type == "LimitExceeded":
            out["outcome"] = "LimitExceeded(%s)" % err.limit
        elif err.type in ("InternalError", "SecurityViolation"):
            out["outcome"] = err.type
        else:
            out["outcome"] = "groovy"
        if err is not None:
            out["error"] = "%s: %s" % (err.type, (err.message or "")[:160])
    except MemoryError:
        out["outcome"] = "crash"
        out["error"] = "MemoryError"
    except BaseException as exc:
        name = type(exc).__name__
        out["outcome"] = name if name in ("FlowSyntaxError", "SecurityViolation") else "crash"
        out["error"] = ("%s: %s" % (name, exc))[:200]
    out.setdefault("seconds", None)
    out.setdefault("peak", None)
    print(json.dumps(out), flush=True)
"""


class Pool:
    """Worker processes that run calls one at a time each; a worker that outlives HARD_SECONDS
    on a call, or dies, is replaced and the call reported as "hang" or "died"."""

    def __init__(
        self,
        size: int = 1,
        limits: Limits = LIMITS,
        mem: int = WORKER_MEM,
        hard_seconds: float = HARD_SECONDS,
    ):
        self.hard_seconds = hard_seconds
        self.code = _WORKER.format(root=str(ROOT), mem=mem, limits=dataclasses.asdict(limits))
        self.workers: list[subprocess.Popen | None] = [None] * size

    def _start(self) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-c", self.code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )
        assert proc.stdout is not None
        json.loads(proc.stdout.readline())  # {"ready": true}
        return proc

    def close(self) -> None:
        for i, w in enumerate(self.workers):
            if w is not None:
                w.kill()
                w.wait()
                self.workers[i] = None

    def run(self, calls: list[Call], progress=None, log: Path | None = None) -> dict[str, dict]:
        """Call id -> the worker's report. With `log`, each report is also appended there as a
        JSON line, and calls already in it are not run again (a sweep can be resumed)."""
        out: dict[str, dict] = {}
        if log is not None and log.is_file():
            for line in log.read_text("utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    out[r["id"]] = r
        sink = log.open("a", encoding="utf-8") if log is not None else None
        try:
            return self._run([c for c in calls if c.id not in out], out, progress, sink)
        finally:
            if sink is not None:
                sink.close()

    def _run(self, calls, out, progress, sink) -> dict[str, dict]:
        todo = list(reversed(calls))
        busy: dict[int, tuple[Call, float]] = {}
        done = len(out)

        def record(r: dict) -> None:
            nonlocal done
            out[r["id"]] = r
            done += 1
            if sink is not None:
                sink.write(json.dumps(r) + "\n")
                sink.flush()
            if progress:
                progress(done)

        while todo or busy:
            for i in range(len(self.workers)):
                if i not in busy and todo:
                    if self.workers[i] is None:
                        self.workers[i] = self._start()
                    call = todo.pop()
                    w = self.workers[i]
                    assert w is not None and w.stdin is not None
                    w.stdin.write(json.dumps({"id": call.id, "source": call.source}) + "\n")
                    w.stdin.flush()
                    busy[i] = (call, time.monotonic())
            streams = {self.workers[i].stdout: i for i in busy}  # type: ignore[union-attr]
            ready, _, _ = select.select(list(streams), [], [], 0.2)
            for s in ready:
                i = streams[s]
                call, _t = busy.pop(i)
                line = s.readline()  # type: ignore[union-attr]
                if line:
                    record(json.loads(line))
                else:  # the worker died (the address-space cap, a C crash)
                    record({"id": call.id, "outcome": "died", "seconds": None, "peak": None})
                    self._retire(i)
            now = time.monotonic()
            for i, (call, started) in list(busy.items()):
                if now - started > self.hard_seconds:
                    busy.pop(i)
                    record(
                        {"id": call.id, "outcome": "hang", "seconds": now - started, "peak": None}
                    )
                    self._retire(i)
        return out

    def _retire(self, i: int) -> None:
        w = self.workers[i]
        if w is not None:
            w.kill()
            w.wait()
        self.workers[i] = None


CI_SLACK = 2.0  # the CI subset's time rule: (max_seconds + 50 ms) x 2 on a loaded 2-core box
FAILS_FILE = ROOT / "tests" / "security" / "data" / "worst_fails_today.txt"


def write_fails(docs: list[dict], path: Path = FAILS_FILE, confirm: bool = False) -> int:
    """Write the known-failures list from sweeps' reports (the full sweep's, the CI subset's):
    each call failing under the CI rule (times with CI_SLACK) -- the strict xfails of
    tests/security/test_worst_case_generated.py."""
    lines = []
    rows: dict[str, dict] = {}
    for doc in docs:
        for r in doc["failures"] + doc["baselines"]:
            rows.setdefault(r["id"], r)
    failing = [
        r
        for r in rows.values()
        if r["verdict"] not in ("pass", "n/a")
        and not (
            r["verdict"] == "time" and r["seconds"] <= (LIMITS.max_seconds + TIME_GRACE) * CI_SLACK
        )
    ]
    if confirm:  # run each failure again: keep only those that fail twice (a loaded machine)
        calls, baselines, _ = all_calls()
        by_id = {c.id: c for c in calls + baselines}
        pool = Pool(2, hard_seconds=3.0)
        try:
            again = pool.run([by_id[r["id"]] for r in failing if r["id"] in by_id])
        finally:
            pool.close()
        failing = [
            r
            for r in failing
            if r["id"] in again and verdict(again[r["id"]], slack=CI_SLACK) not in ("pass", "n/a")
        ]
    for r in sorted(failing, key=lambda r: (r["signature"], r["id"])):
        kind = r["verdict"]
        vals = " ; ".join(v[:80] for v in r["values"])
        got = f"{r['outcome']} after {r['seconds']} s, peak {r['peak_mb']} MB {r['error'][:100]}"
        lines.append(f"{r['id']} {kind} {r['signature']} | {vals} | {got}")
    head = (
        "# Generated by tools/surface/gen_worst.py --write-fails: the worst-case calls that fail\n"
        "# today (id, failure kind, signature | values | what happened). Strict xfails: fix\n"
        "# one, then delete its line (or regenerate). Only the id is read.\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(head + "".join(line.replace("\n", " ") + "\n" for line in lines), "utf-8")
    return len(lines)


def known_fails(path: Path = FAILS_FILE) -> dict[str, str]:
    """Call id -> the line that records it as failing today."""
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out[line.split()[0]] = line
    return out


NOT_APPLICABLE = ("FlowSyntaxError",)  # a generated script our dialect does not compile


def verdict(result: dict, limits: Limits = LIMITS, slack: float = 1.0) -> str:
    """ "pass", "n/a" (the call does not compile) or the failure's kind: "hang", "died",
    "crash", "InternalError", "time" (ended after max_seconds + 50 ms, times `slack`) or
    "memory" (traced peak over `memory_budget`)."""
    outcome = result["outcome"]
    if outcome in NOT_APPLICABLE or outcome == "SecurityViolation" and result["seconds"] is None:
        return "n/a"  # the script does not compile, or names a class the sandbox refuses
    if outcome in ("hang", "died", "crash", "InternalError"):
        return outcome
    if result["seconds"] > (limits.max_seconds + TIME_GRACE) * slack:
        return "time"
    if result["peak"] > memory_budget(limits):
        return "memory"
    return "pass"


# -- the report ----------------------------------------------------------------------------


def label(value: str) -> str:
    """A value as the report shows it (the long literal of distinct characters abbreviated)."""
    return value.replace(worst_values.DISTINCT, "<2000 distinct chars>")


def report(calls: list[Call], baselines: list[Call], results: dict[str, dict]) -> dict:
    by_id = {c.id: c for c in calls + baselines}
    verdicts = {cid: verdict(r) for cid, r in results.items()}
    bad_values = {
        b.values[0] for b in baselines if verdicts.get(b.id, "pass") not in ("pass", "n/a")
    }

    def row(cid: str) -> dict:
        c, r = by_id[cid], results[cid]
        return {
            "id": cid,
            "signature": c.signature,
            "values": [label(v) for v in c.values],
            "verdict": verdicts[cid],
            "outcome": r["outcome"],
            "seconds": None if r["seconds"] is None else round(r["seconds"], 3),
            "peak_mb": None if r["peak"] is None else round(r["peak"] / 2**20, 2),
            "error": r.get("error", ""),
            "setup_fails": any(v in bad_values for v in c.values),
        }

    call_ids = [c.id for c in calls if c.id in results]
    rows = [row(cid) for cid in call_ids]
    timed = [r for r in rows if r["seconds"] is not None]
    return {
        "limits": dataclasses.asdict(LIMITS),
        "memory_budget_bytes": memory_budget(),
        "calls": len(rows),
        "signatures": len({r["signature"] for r in rows}),
        "verdicts": dict(Counter(r["verdict"] for r in rows)),
        "outcomes": dict(Counter(r["outcome"] for r in rows)),
        "failures_not_from_setup": dict(
            Counter(
                r["verdict"]
                for r in rows
                if r["verdict"] not in ("pass", "n/a") and not r["setup_fails"]
            )
        ),
        "baselines": [row(b.id) for b in baselines if b.id in results],
        "worst_by_time": sorted(timed, key=lambda r: -r["seconds"])[:20],
        "worst_by_memory": sorted(
            [r for r in rows if r["peak_mb"] is not None], key=lambda r: -r["peak_mb"]
        )[:20],
        "failures": [r for r in rows if r["verdict"] not in ("pass", "n/a")],
        "failures_by_member": by_member(
            [r for r in rows if r["verdict"] not in ("pass", "n/a") and not r["setup_fails"]]
        ),
    }


def member_of(signature: str) -> str:
    """`String.padLeft`, `DGM.collect`, `new DecimalFormat`: a signature line's member."""
    words = signature.split()
    if words[0] == "new":
        return "new " + P.simple_name(words[1])
    owner = P.simple_name(words[1])
    owner = {"DefaultGroovyMethods": "DGM", "StringGroovyMethods": "SGM"}.get(owner, owner)
    return f"{owner}.{words[2]}"


def by_member(failures: list[dict]) -> list[dict]:
    """Failures grouped by member: the kinds seen, and the slowest failing call (the fix list
    for the declared costs)."""
    groups: dict[str, list[dict]] = {}
    for r in failures:
        groups.setdefault(member_of(r["signature"]), []).append(r)
    out = []
    for member, rs in groups.items():
        worst = max(rs, key=lambda r: (r["verdict"] == "hang", r["seconds"] or 0))
        out.append(
            {
                "member": member,
                "calls": len(rs),
                "kinds": dict(Counter(r["verdict"] for r in rs)),
                "worst": worst,
            }
        )
    return sorted(out, key=lambda g: (-g["kinds"].get("hang", 0), -(g["worst"]["seconds"] or 0)))


def json_ids(log: Path) -> set[str]:
    return {json.loads(x)["id"] for x in log.read_text("utf-8").splitlines() if x.strip()}


def markdown(doc: dict) -> str:
    """The figures for the docs: the worst offenders by time and by memory, as Markdown."""
    out = []
    for key, col in (("worst_by_time", "seconds"), ("worst_by_memory", "peak_mb")):
        out.append(f"\n{key} ({col}):\n")
        for r in doc[key]:
            sig = r["signature"].replace("org.codehaus.groovy.runtime.", "")
            vals = " ; ".join(v[:60] for v in r["values"])
            # a hang's time is when the harness noticed it (>= HARD_SECONDS), not its end
            shown = f"killed (>{HARD_SECONDS:g})" if r["verdict"] == "hang" else r[col]
            out.append(f"| {shown} | {r['verdict']} | `{sig}` | `{vals}` | {r['outcome']} |")
    return "\n".join(out)


def member_table(doc: dict, slack: float = 1.0) -> str:
    """Markdown: one row per failing member (failures under the time rule times `slack`)."""
    limit = (LIMITS.max_seconds + TIME_GRACE) * slack
    lines = [
        "| member | failing calls | kinds | worst input | what happened |",
        "| --- | --- | --- | --- | --- |",
    ]
    for g in doc["failures_by_member"]:
        w = g["worst"]
        if w["verdict"] == "time" and w["seconds"] <= limit:
            continue
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(g["kinds"].items()))
        vals = " ; ".join(v[:50] for v in w["values"])
        what = (
            "killed at 4 s" if w["verdict"] == "hang" else f"{w['outcome']} after {w['seconds']} s"
        )
        lines.append(f"| `{g['member']}` | {g['calls']} | {kinds} | `{vals}` | {what} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subset", action="store_true", help="only the CI subset")
    ap.add_argument("--list", action="store_true", help="print the calls, run nothing")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--only", help="only signatures containing this text (development)")
    ap.add_argument("--out", type=Path, help="write the report (JSON) here")
    ap.add_argument("--log", type=Path, help="append each call's result here; resume from it")
    ap.add_argument("--confirm", action="store_true", help="--write-fails: rerun, keep repeats")
    ap.add_argument("--report-only", action="store_true", help="report from --log; run nothing")
    ap.add_argument(
        "--write-fails",
        type=Path,
        nargs="+",
        metavar="REPORT",
        help="write the known-failures list from sweeps' reports (JSON); run nothing",
    )
    args = ap.parse_args(argv)
    if args.write_fails:
        docs = [json.loads(p.read_text("utf-8")) for p in args.write_fails]
        n = write_fails(docs, confirm=args.confirm)
        print(f"{n} known failures written to {FAILS_FILE}")
        return 0
    calls, baselines, uncovered = all_calls()
    if args.subset:
        calls = subset(calls)
    if args.only:
        calls = [c for c in calls if args.only in c.signature]
    if args.list:
        for c in calls:
            print(c.id, c.signature, "|", " ; ".join(c.values))
        print(f"{len(calls)} calls, {len(baselines)} values, {len(uncovered)} lines uncovered")
        return 0
    used = {v for c in calls for v in c.values}
    baselines = [b for b in baselines if b.values[0] in used]
    if args.report_only:  # what a stopped sweep's log holds
        ids = json_ids(args.log)
        calls = [c for c in calls if c.id in ids]
        baselines = [b for b in baselines if b.id in ids]
    pool = Pool(args.workers)
    started = time.monotonic()

    def progress(n: int) -> None:
        if n % 250 == 0:
            print(f"{n} done, {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)

    # a seeded order: a sweep stopped early is a sample of every package, not the first ones
    order = baselines + calls
    random.Random(11).shuffle(order)
    try:
        results = pool.run(order, progress, args.log)
    finally:
        pool.close()
    doc = report(calls, baselines, results)
    doc["uncovered"] = uncovered
    doc["sweep_seconds"] = round(time.monotonic() - started, 1)
    summary = {
        k: doc[k]
        for k in ("calls", "signatures", "verdicts", "failures_not_from_setup", "sweep_seconds")
    }
    print(json.dumps(summary, indent=1))
    print(markdown(doc))
    if args.out:
        args.out.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
