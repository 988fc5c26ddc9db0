"""Randomised differential fuzzer: small well-typed scripts over the surface, real Groovy vs
convoscript.

Usage::

    python tools/surface/fuzz.py --seed 1 --minutes 15          # run, report differences
    python tools/surface/fuzz.py --seed 1 --scripts 300         # a fixed number of scripts
    python tools/surface/fuzz.py --write-cases FINDINGS.jsonl   # commit findings as fuzz_<nnn>

Each script chains steps, each assigning a new variable and printing it through the probe
helpers (`probes.HELPERS`: `<id>: <inspect()> (<class>)` or `<id> !! <Exception>: <message>`):
seeds from `values.py`, calls of signature lines whose receiver is an earlier variable (the
JVM's return types, asked once through `ReturnTypes.groovy`, type the result), static calls,
arithmetic between numbers of different types, String/GString building, mixed lists and maps,
`as` coercions and Groovy operators, closures passed to GDK methods. A batch of scripts runs in
ONE JVM (tools/oracle.py) and through convoscript (the CLI, as the conformance test does).
A differing script is minimised (steps the first difference does not need are removed, in
rounds, each round one JVM) and keyed by what its first differing step does and how it differs;
distinct findings go to `--findings` (JSON lines). Everything derives from `--seed`: the same
seed gives the same scripts.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE.parents[1] / "tools"), str(HERE)]

import gen_probes as G  # noqa: E402
import oracle  # noqa: E402
import probes as P  # noqa: E402
import values as V  # noqa: E402

from convoscript.lib import signature_files  # noqa: E402
from convoscript.runtime.core.casts import BOXED_TYPES  # noqa: E402
from convoscript.runtime.door import surface  # noqa: E402

BOXED = BOXED_TYPES
NUMERIC = {
    "java.lang.Integer",
    "java.lang.Long",
    "java.lang.Double",
    "java.lang.Float",
    "java.math.BigDecimal",
    "java.math.BigInteger",
    "java.lang.Number",
    "java.lang.Short",
    "java.lang.Byte",
}
SEED_TYPES = [
    "java.lang.String",
    "java.lang.String",
    "java.util.List",
    "java.util.List",
    "java.util.Map",
    "java.lang.Integer",
    "java.math.BigDecimal",
    "java.lang.Long",
    "java.lang.Double",
    "java.math.BigInteger",
    "java.time.LocalDate",
    "java.time.LocalDateTime",
    "java.util.Date",
    "java.time.ZonedDateTime",
    "java.time.Duration",
    "groovy.lang.Range",
    "java.lang.Character",
    "java.lang.StringBuilder",
    "java.lang.Boolean",
    "java.time.Instant",
    "java.util.regex.Matcher",
]
NUM_LITERALS = [
    "3",
    "-2",
    "0",
    "7L",
    "2.5G",
    "1.5d",
    "0.1f",
    "10G",
    "2147483647",
    "-0.0d",
    "1.005G",
]
CLOSURES = V.CLOSURES + [
    "{ it?.toString()?.size() }",
    "{ x -> x instanceof Number ? x * 2 : x }",
    '{ k, v -> "$k=$v".toString() }',
    "{ acc, x -> acc + x }",
    "{ it == null }",
    '{ it.toString().startsWith("a") }',
    "{ it ? 1 : 0 }",
]
EXCLUDED_NAMES = P.VARYING_NAMES | {
    "hashCode",
    "sleep",
    "wait",
    "println",
    "print",
    "printf",
    "getAvailableIDs",
    "dump",
    "identityHashCode",
    "notify",
    "notifyAll",
}
OPS = ["+", "-", "*", "/", "%", "<=>", "==", "<", ">=", "!="]
KEY = "// difference: "  # second line of a fuzz_<nnn> case: the finding's key
CASTS = [
    "String",
    "Integer",
    "Long",
    "BigDecimal",
    "Double",
    "List",
    "Set",
    "boolean",
    "int",
    "BigInteger",
]


@dataclass
class Step:
    n: int
    code: str  # the expression assigned to v<n>
    op: str  # what it does, for keying a difference
    deps: set[int] = field(default_factory=set)


def jvm_types(lines: list[str], types: set[str]) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Ask the JVM once: each line's return type; each type's supertypes (itself included)."""
    text = "\n".join(lines) + "\n--\n" + "\n".join(sorted(types)) + "\n"
    out = subprocess.run(
        ["groovy", str(HERE / "ReturnTypes.groovy")],
        input=text,
        capture_output=True,
        text=True,
        env=oracle.groovy_env(),
        check=True,
    ).stdout
    rets, sups = {}, {}
    for row in out.splitlines():
        kind, key, val = row.split("\t")
        if kind == "ret":
            rets[key] = BOXED.get(val, val)
        elif val != "?":
            sups[key] = set(val.split())
    return rets, sups


class Surface:
    """The signature lines the fuzzer may call, indexed by receiver type."""

    def __init__(self) -> None:
        sigs = [surface.parse(t, f"{p}:{n}") for p, n, t in signature_files.load()]
        self.sigs = [
            s
            for s in sigs
            if s.name not in EXCLUDED_NAMES
            and not (s.form == "new" and s.owner in P.VARYING_NEW and not s.params)
            and not (s.form == "new" and s.owner == "java.util.GregorianCalendar")
        ]
        types = set(V.RECEIVERS) | set(V.ARGS) | set(SEED_TYPES) | set(NUMERIC)
        for s in self.sigs:
            types.add(s.receiver if s.is_instance else s.static_owner)
            types.update(p for p in s.call_params if p not in BOXED)
        self.rets, self.sups = jvm_types([s.text for s in self.sigs], types)
        self.sups.update({t: {t, "java.lang.Object"} for t in types if t not in self.sups})
        missing = {r for r in self.rets.values() if r not in self.sups and r != "void"}
        if missing:
            _, more = jvm_types([], missing)
            self.sups.update(more)
        self.instance: dict[str, list[surface.Signature]] = {}
        self.static = [s for s in self.sigs if not s.is_instance]

    def methods_of(self, typ: str) -> list[surface.Signature]:
        if typ not in self.instance:
            sup = self.sups.get(typ, {typ, "java.lang.Object"})
            self.instance[typ] = [s for s in self.sigs if s.is_instance and s.receiver in sup]
        return self.instance[typ]

    def fits(self, typ: str | None, param: str) -> bool:
        return typ is not None and param in self.sups.get(typ, {typ})


class ScriptGen:
    def __init__(self, rng: random.Random, surf: Surface) -> None:
        self.rng = rng
        self.surf = surf
        self.steps: list[Step] = []
        self.types: dict[int, str | None] = {}

    def add(self, code: str, op: str, typ: str | None, deps: set[int]) -> None:
        n = len(self.steps)
        self.steps.append(Step(n, code, op, deps))
        self.types[n] = typ

    def pick_var(self, want=None) -> int | None:
        cands = [n for n, t in self.types.items() if t and (want is None or want(t))]
        return self.rng.choice(cands) if cands else None

    def literal(self, param: str, safe: bool) -> str:
        vals = V.ARGS.get(param) or V.ARGS.get(BOXED.get(param, ""), ["null"])
        if param == "groovy.lang.Closure":
            vals = CLOSURES
        vals = [v for v in vals if not (safe and V.is_huge(v))] or ["null"]
        non_null = [v for v in vals if v != "null"]
        if non_null and self.rng.random() < 0.9:
            return self.rng.choice(non_null)
        return self.rng.choice(vals)

    def args(self, sig: surface.Signature, safe: bool) -> tuple[list[str], set[int]]:
        out, deps = [], set()
        for p in sig.call_params:
            var = None
            if not safe and sig.name not in V.POSITIVE_INTS and self.rng.random() < 0.4:
                var = self.pick_var(lambda t, p=p: self.surf.fits(t, BOXED.get(p, p)))
            if var is not None:
                out.append(f"v{var}")
                deps.add(var)
            elif sig.name in V.POSITIVE_INTS and p in ("int", "java.lang.Integer"):
                out.append(self.rng.choice(V.fit(sig.name, p, [])))
            else:
                out.append(self.literal(p, safe))
        return out, deps

    def seed(self) -> None:
        typ = self.rng.choice(SEED_TYPES)
        self.add(self.rng.choice(V.RECEIVERS[typ]), f"seed {typ}", typ, set())

    def call(self) -> bool:
        var = self.pick_var()
        if var is None:
            return False
        typ = self.types[var]
        sigs = self.surf.methods_of(typ)
        if not sigs:
            return False
        sig = self.rng.choice(sigs)
        safe = sig.name in P.SIZE_SENSITIVE
        if safe and typ in NUMERIC:
            return False
        args, deps = self.args(sig, safe)
        ret = self.surf.rets.get(sig.text, "java.lang.Object")
        self.add(
            f"v{var}.{sig.name}({', '.join(args)})",
            sig.text,
            None if ret in ("void", "?") else ret,
            deps | {var},
        )
        return True

    def static(self) -> bool:
        sig = self.rng.choice(self.surf.static)
        safe = sig.name in P.SIZE_SENSITIVE or sig.form == "new"
        args, deps = self.args(sig, safe)
        owner = P.simple_name(sig.static_owner if sig.form != "new" else sig.owner)
        if sig.form == "staticField":
            code = f"{owner}.{sig.name}"
        elif sig.form == "new":
            code = f"new {owner}({', '.join(args)})"
        else:
            code = f"{owner}.{sig.name}({', '.join(args)})"
        ret = self.surf.rets.get(sig.text, "java.lang.Object")
        self.add(code, sig.text, None if ret in ("void", "?") else ret, deps)
        return True

    def arith(self) -> bool:
        a = self.pick_var(lambda t: t in NUMERIC)
        if a is None:
            return False
        op = self.rng.choice(OPS + ["**", "intdiv"])
        b = self.pick_var(lambda t: t in NUMERIC) if self.rng.random() < 0.5 else None
        rhs = f"v{b}" if b is not None else self.rng.choice(NUM_LITERALS)
        if op == "**":
            rhs = self.rng.choice(["2", "0", "-1", "3", "0.5d"])
            b = None
        deps = {a} | ({b} if b is not None else set())
        if op == "intdiv":
            code = f"v{a}.intdiv({rhs})"
        else:
            code = f"v{a} {op} {rhs}"
        rtyp = (
            "java.lang.Boolean"
            if op in ("==", "<", ">=", "!=")
            else "java.lang.Integer"
            if op == "<=>"
            else "java.lang.Number"
        )
        kinds = f"{self.types[a]} {op} {self.types[b] if b is not None else 'literal ' + rhs}"
        self.add(code, f"arith {kinds}", rtyp, deps)
        return True

    def string(self) -> bool:
        a = self.pick_var()
        if a is None:
            return False
        b = self.pick_var() or a
        form = self.rng.randrange(5)
        if form == 0:
            code, op, typ = f'"${{v{a}}} / ${{v{b}}}"', "gstring", "groovy.lang.GString"
        elif form == 1:
            code, op, typ = f'"<${{v{a}}}>".toString()', "gstring toString", "java.lang.String"
        elif form == 2:
            code, op, typ = f'"x" + v{a} + v{b}', "string plus", "java.lang.String"
        elif form == 3:
            code, op, typ = f"v{a}.toString() + v{b}", "toString plus", "java.lang.String"
        else:
            code, op, typ = (
                f'"$v{a}-${{v{b}?.toString()?.size()}}"',
                "gstring dollar",
                "groovy.lang.GString",
            )
        self.add(code, f"{op} {self.types[a]} {self.types[b]}", typ, {a, b})
        return True

    def collection(self) -> bool:
        picks = [self.pick_var() for _ in range(self.rng.randint(1, 3))]
        items = [f"v{p}" for p in picks if p is not None] + [
            self.rng.choice(['"s"', "1", "2.5G", "null", "[1]"])
        ]
        self.rng.shuffle(items)
        deps = {p for p in picks if p is not None}
        kind = self.rng.randrange(3)
        if kind == 0:
            self.add(f"[{', '.join(items)}]", "list literal", "java.util.List", deps)
        elif kind == 1:
            pairs = ", ".join(f"k{i}: {x}" for i, x in enumerate(items))
            self.add(f"[{pairs}]", "map literal", "java.util.Map", deps)
        else:
            self.add(f"([{', '.join(items)}] as Set)", "set literal", "java.util.Set", deps)
        return True

    def coerce(self) -> bool:
        a = self.pick_var()
        if a is None:
            return False
        form = self.rng.randrange(7)
        b = self.pick_var() or a
        t = self.types[a]
        if form == 0:
            target = self.rng.choice(CASTS)
            self.add(f"(v{a} as {target})", f"as {target} from {t}", None, {a})
        elif form == 1:
            alt = self.rng.choice(["0", '"d"', "[]"])
            self.add(f"(v{a} ?: {alt})", f"elvis {t}", None, {a})
        elif form == 2:
            self.add(f"(v{a} in v{b})", f"in {t} {self.types[b]}", "java.lang.Boolean", {a, b})
        elif form == 3:
            self.add(f"(v{a} == v{b})", f"equals {t} {self.types[b]}", "java.lang.Boolean", {a, b})
        elif form == 4:
            self.add(f"(v{a} ? 'T' : 'F')", f"truth {t}", "java.lang.String", {a})
        elif form == 5:
            self.add(
                f"(v{a} <=> v{b})", f"spaceship {t} {self.types[b]}", "java.lang.Integer", {a, b}
            )
        else:
            self.add(f"v{a}?.toString()", f"safe toString {t}", "java.lang.String", {a})
        return True

    def script(self) -> list[Step]:
        for _ in range(self.rng.randint(1, 2)):
            self.seed()
        moves = (
            [self.call] * 6
            + [self.static] * 2
            + [self.arith] * 2
            + [self.string] * 2
            + [self.collection, self.coerce, self.seed]
        )
        target = self.rng.randint(4, 8)
        tries = 0
        while len(self.steps) < target and tries < 40:
            tries += 1
            self.rng.choice(moves)()
        return self.steps


def render(steps: list[Step], owners: dict[str, str]) -> str:
    body = []
    for s in steps:
        body.append(
            f'def v{s.n}; try {{ v{s.n} = {s.code}; println("s0_{s.n}: " + show(v{s.n})) }} '
            f'catch (Throwable e) {{ println(fail("s0_{s.n}", e)) }}'
        )
    probes = [P.Probe("x", "", "", s.code, False) for s in steps]
    head = P.script_text(probes, owners).split(P.HELPERS)[0]
    return (
        head.replace(P.HEADER, "// Generated by tools/surface/fuzz.py\n")
        + P.HELPERS
        + "\n".join(body)
        + "\n"
    )


def outcomes(texts: list[str], work: Path) -> list[tuple[dict, tuple]]:
    """Run scripts in one JVM and through convoscript: per script (groovy doc, convo result)."""
    if work.exists():
        shutil.rmtree(work)
    folders = []
    for i, text in enumerate(texts):
        G.write_case(work / f"c{i:05d}", text)
        folders.append((work / f"c{i:05d}").resolve())
    (work / "_out").mkdir()
    produced = oracle.run_oracle(folders, work / "_out", shutil.which("groovy") or "groovy")
    out = []
    for f, text in zip(folders, texts):
        doc = json.loads(produced[f].read_text(encoding="utf-8")) if f in produced else None
        out.append((doc, G.convo_run(text, work)))
    return out


def first_difference(doc, convo) -> tuple[int, str, str] | None:
    """(step, expected, got) of the first difference; None when convoscript agrees."""
    if doc is None or doc["error"]:
        return None  # Groovy itself failed (compile error, timeout): not a finding
    exp = G.blocks(doc["stdout"])
    got, err, _crash = convo
    for pid in exp:
        if got.get(pid) != exp[pid]:
            stop = f"stopped: {err['type']}: {err.get('message')}" if err else "missing"
            return int(pid.split("_")[1]), exp[pid], got.get(pid) or stop
    if err:
        return 10**6, "no error", f"{err['type']}: {err.get('message')}"
    return None


def _kind(text: str) -> str:
    m = re.search(r" !! (\w+)", text or "")
    if m:
        return m.group(1)
    m = re.search(r"stopped: (\w+)", text or "")
    return f"stop {m.group(1)}" if m else "value"


def key_of(steps: list[Step], diff) -> str:
    n, exp, got = diff
    op = next((s.op for s in steps if s.n == n), "end")
    op = re.sub(r"literal \S+", "literal", op)
    if op.split()[0] in surface.FORMS:  # a member: its receiver or owner class and name
        sig = surface.parse(op, "fuzz")
        cls = sig.receiver if sig.is_instance else sig.static_owner
        op = f"{P.simple_name(cls)}.{sig.name or 'new'}"
    return f"{op} | {_kind(exp)} -> {_kind(got)}"


def minimise(items, owners, work: Path):
    """items: [(steps, diff)]. Remove steps the first difference does not need: first all
    steps outside its data flow at once, then one step (and what uses it) at a time, in rounds
    of one JVM each."""
    items = list(items)
    for round_no in range(4):
        variants, owner_of = [], []
        for i, (steps, diff) in enumerate(items):
            target = diff[0]
            need = _closure_of(steps, target)
            if round_no == 0 and len(need) < len(steps):
                variants.append([t for t in steps if t.n in need])
                owner_of.append(i)
            for s in steps:
                if s.n in need:
                    continue
                drop = {s.n} | {t.n for t in steps if s.n in _closure_of(steps, t.n)}
                if target in drop:
                    continue
                variants.append([t for t in steps if t.n not in drop])
                owner_of.append(i)
        if not variants:
            break
        results = outcomes([render(v, owners) for v in variants], work)
        best: dict[int, tuple] = {}
        for v, i, (doc, convo) in zip(variants, owner_of, results):
            d = first_difference(doc, convo)
            diff = items[i][1]
            same = (
                d
                and d[0] == diff[0]
                and _kind(d[1]) == _kind(diff[1])
                and _kind(d[2]) == _kind(diff[2])
            )
            if same and (i not in best or len(v) < len(best[i][0])):
                best[i] = (v, d)
        if not best:
            break
        for i, b in best.items():
            items[i] = b
    return items


def _closure_of(steps: list[Step], n: int) -> set[int]:
    by = {s.n: s for s in steps}
    seen, todo = set(), [n]
    while todo:
        k = todo.pop()
        if k in seen or k not in by:
            continue
        seen.add(k)
        todo.extend(by[k].deps)
    return seen


def run(args) -> int:
    rng = random.Random(args.seed)
    surf = Surface()
    owners = P.owner_names()
    findings: dict[str, dict] = {}
    if args.findings.exists():
        for line in args.findings.read_text(encoding="utf-8").splitlines():
            f = json.loads(line)
            findings[f["key"]] = f
    known = set(findings)
    started = time.monotonic()
    tried = 0
    differing = 0  # scripts whose output differs from Groovy's (known differences included)
    batch_no = 0
    crashes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
        work = Path(tmp) / "w"
        while True:
            if args.minutes and time.monotonic() - started > args.minutes * 60:
                break
            if args.scripts and tried >= args.scripts:
                break
            scripts = [ScriptGen(rng, surf).script() for _ in range(args.batch)]
            texts = [render(s, owners) for s in scripts]
            results = outcomes(texts, work)
            tried += len(scripts)
            diffs = []
            for i, (steps, (doc, convo)) in enumerate(zip(scripts, results)):
                if convo[2]:
                    crashes.append(convo[2])
                d = first_difference(doc, convo)
                if d:
                    differing += 1
                if d and key_of(steps, d) not in findings:
                    diffs.append((i, steps, d))
            # one script per new key, minimised
            fresh: dict[str, tuple] = {}
            for i, steps, d in diffs:
                fresh.setdefault(key_of(steps, d), (i, steps, d))
            small = minimise([(s, d) for _, s, d in fresh.values()], owners, work) if fresh else []
            for (k, (i, _, _)), (steps, d) in zip(fresh.items(), small):
                findings[k] = {
                    "key": k,
                    "seed": args.seed,
                    "batch": batch_no,
                    "script_index": i,
                    "script": render(steps, owners),
                    "step": d[0],
                    "expected": d[1],
                    "got": d[2],
                }
            batch_no += 1
            elapsed = time.monotonic() - started
            print(
                f"fuzz: batch {batch_no}, {tried} scripts ({differing} differ), "
                f"{len(findings)} distinct differences, {elapsed:.0f} s",
                flush=True,
            )
            args.findings.write_text(
                "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in findings.values()),
                encoding="utf-8",
            )
    new = [k for k in findings if k not in known]
    print(
        f"fuzz: seed {args.seed}: {tried} scripts in {time.monotonic() - started:.0f} s, "
        f"{differing} differ from Groovy; "
        f"{len(new)} new distinct differences, {len(findings)} in {args.findings}"
    )
    for c in sorted(set(crashes)):
        print(f"CRASH (Python exception reached the CLI): {c}")
    return 0


def write_cases(path: Path) -> int:
    """Commit findings as conformance cases fuzz_<nnn> (script, oracle golden, fails-today.txt);
    a key already committed is skipped, a script that passes keeps no fails-today.txt."""
    cases = G.CASES
    existing = {}
    for d in sorted(cases.glob("fuzz_*")):
        head = (d / "script.groovy").read_text(encoding="utf-8").splitlines()[:2]
        if len(head) == 2 and head[1].startswith(KEY):
            existing[head[1][len(KEY) :]] = d
    numbers = [
        int(d.name.split("_")[1]) for d in cases.glob("fuzz_*") if d.name.split("_")[1].isdigit()
    ]
    nxt = max(numbers, default=0) + 1
    written = []
    for line in path.read_text(encoding="utf-8").splitlines():
        f = json.loads(line)
        if f["key"] in existing:
            continue
        existing[f["key"]] = None
        d = cases / f"fuzz_{nxt:03d}"
        nxt += 1
        first, rest = f["script"].split("\n", 1)
        f["script"] = f"{first}\n{KEY}{f['key']}\n{rest}"
        G.write_case(d, f["script"])
        written.append((d, f))
    if not written:
        return 0
    oracle.main([str(d) for d, _ in written])
    for d, f in written:
        doc = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        diff = first_difference(
            doc, G.convo_run(f["script"], Path(tempfile.mkdtemp(prefix="fuzzw-")))
        )
        if diff:
            (d / "fails-today.txt").write_text(
                f"Fuzzer difference ({f['key']}), tools/surface/fuzz.py --seed {f['seed']}:\n"
                f"step v{diff[0]}: expected {diff[1]!r} got {diff[2]!r}\n",
                encoding="utf-8",
            )
        print(f"{d.name}: {'differs' if diff else 'passes'}: {f['key']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--minutes", type=float, default=0)
    ap.add_argument("--scripts", type=int, default=0)
    ap.add_argument("--batch", type=int, default=150)
    ap.add_argument("--findings", type=Path, default=Path("fuzz-findings.jsonl"))
    ap.add_argument("--write-cases", type=Path, metavar="FINDINGS")
    args = ap.parse_args(argv)
    if args.write_cases:
        return write_cases(args.write_cases)
    if not args.minutes and not args.scripts:
        args.scripts = args.batch
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
