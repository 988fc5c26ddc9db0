"""Generates the surface conformance suite: probes for every signature line, split by whether
convoscript agrees with real Groovy today.

Usage::

    python tools/surface/gen_probes.py            # rewrite tests/conformance/cases/surface_*
    python tools/surface/gen_probes.py --check    # write nothing; exit 1 if a case is stale

Steps (see tools/README.md): build the probes (`probes.py`, values from `values.py`) and group
them by package and class into cases of at most CHUNK probes; run them all through real Groovy
in one JVM (tools/oracle.py); drop a probe Groovy itself does not compile; run every case
through convoscript (the CLI `run --json`, as the conformance test does) and compare probe by
probe; write the agreeing probes as `surface_<package>_<class>[_<n>]` and the differing ones as
`surface_<...>_diff` with `fails-today.txt` (strict xfail: each differing probe and its first
difference); finally write every golden with the oracle and verify that each agreeing case
passes and each `_diff` case fails. Generated folders are recognised by their script's first
line; other `surface_*` cases are left alone.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tools"), str(HERE)]

import oracle  # noqa: E402
import probes as P  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from convoscript.cli import cli  # noqa: E402

CASES = ROOT / "tests" / "conformance" / "cases"
CHUNK = 150
MARK = P.HEADER.splitlines()[0]
_LINE = re.compile(r"(s\d+_\d+)(: | !! )")


def chunks(all_probes: list[P.Probe]) -> dict[str, list[P.Probe]]:
    """Case name -> its probes: by group, in order, CHUNK at most (a signature is not split
    unless it alone overflows a chunk)."""
    by_group: dict[str, list[P.Probe]] = {}
    for p in all_probes:
        by_group.setdefault(p.group, []).append(p)
    out: dict[str, list[P.Probe]] = {}
    for group, ps in by_group.items():
        parts: list[list[P.Probe]] = [[]]
        for i, p in enumerate(ps):
            new_sig = i == 0 or ps[i - 1].signature != p.signature
            rest = sum(1 for q in ps[i:] if q.signature == p.signature) if new_sig else 0
            if len(parts[-1]) >= CHUNK or (new_sig and len(parts[-1]) + rest > CHUNK and parts[-1]):
                parts.append([])
            parts[-1].append(p)
        for n, part in enumerate(parts, 1):
            out[group if n == 1 else f"{group}_{n}"] = part
    return out


def blocks(stdout: str) -> dict[str, str]:
    """Probe id -> its printed text (a line a probe printed itself goes with the probe after)."""
    out: dict[str, str] = {}
    pending: list[str] = []
    for line in stdout.splitlines():
        m = _LINE.search(line)
        if m:
            out[m.group(1)] = "\n".join([*pending, line])
            pending = []
        else:
            pending.append(line)
    return out


def write_case(folder: Path, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "script.groovy").write_text(text, encoding="utf-8")


def groovy_run(cases: dict[str, list[P.Probe]], work: Path, owners) -> dict[str, dict]:
    """Run the cases in one JVM; return case -> the oracle's JSON document."""
    folders = []
    for name, ps in cases.items():
        write_case(work / name, P.script_text(ps, owners))
        folders.append((work / name).resolve())
    outdir = work / "_out"
    outdir.mkdir(exist_ok=True)
    produced = oracle.run_oracle(folders, outdir, shutil.which("groovy") or "groovy")
    return {f.name: json.loads(produced[f].read_text(encoding="utf-8")) for f in produced}


def groovy_pass(cases, work, owners, dropped: dict[str, str]) -> dict[str, dict[str, str]]:
    """Probe blocks per case from real Groovy; a probe Groovy does not compile (or that hangs)
    is dropped and its case run again."""
    todo = dict(cases)
    result: dict[str, dict[str, str]] = {}
    for _ in range(50):
        if not todo:
            break
        docs = groovy_run(todo, work / "groovy", owners)
        again = {}
        for name, ps in todo.items():
            doc = docs.get(name)
            err = doc and doc["error"]
            if doc and not err:
                result[name] = blocks(doc["stdout"])
                continue
            text = P.script_text(ps, owners)
            bad = None
            m = re.search(r"@ line (\d+)", (err or {}).get("message") or "")
            if m:
                bad = P.probe_line_numbers(text).get(int(m.group(1)))
            seen = blocks(doc["stdout"]) if doc else {}
            if bad is None:  # a timeout: the probe the oracle stopped (its ThreadDeath is caught)
                bad = next((k for k, v in seen.items() if " !! ThreadDeath" in v), None)
            if bad is None:  # a crash: the first probe that printed nothing
                bad = next((p.id for p in ps if p.id not in seen), ps[0].id)
            dropped[bad] = f"{(err or {}).get('type')}: {((err or {}).get('message') or '')[:200]}"
            again[name] = [p for p in ps if p.id != bad]
        todo = {k: v for k, v in again.items() if v}
    return result


_RUNNER = CliRunner()


def convo_run(text: str, work: Path) -> tuple[dict[str, str], dict | None, str]:
    """Run a script through the CLI like the conformance test; (blocks, error, crash text)."""
    path = work / "script.groovy"
    path.write_text(text, encoding="utf-8")
    res = _RUNNER.invoke(cli, ["run", str(path), "--json"], catch_exceptions=True)
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        return {}, {"type": "PythonCrash", "message": repr(res.exception)}, repr(res.exception)
    try:
        doc = json.loads(res.stdout)
    except ValueError:
        return {}, {"type": "NoJson", "message": res.stdout[:200]}, ""
    return blocks(doc.get("stdout") or ""), doc.get("error"), ""


def _check_once(queue, expected, owners, work, crashes):
    """One convoscript run of `queue`: (differences, probes still to run). Where the run stopped
    early, the probe it stopped at is a difference and the ones after it are run again."""
    got, err, crash = convo_run(P.script_text(queue, owners), work)
    if crash:
        crashes.append(f"{queue[0].group}: {crash}")
    diff: dict[str, str] = {}
    missing = []
    for p in queue:
        if p.id not in got:
            missing.append(p)
        elif got[p.id] != expected[p.id]:
            diff[p.id] = f"expected {expected[p.id]!r} got {got[p.id]!r}"
    if not missing:
        return diff, [], err
    stop = "no output"
    if err:
        stop = f"{err['type']}: {((err.get('message') or '').splitlines() or [''])[0][:160]}"
    text = P.script_text(queue, owners)
    line = (err or {}).get("line")
    first = P.probe_line_numbers(text).get(line)
    culprits = [p for p in missing if p.id == first]
    lines = text.splitlines()
    if not culprits and line and 0 < line <= len(lines) and lines[line - 1].startswith("import "):
        # an import refused: every probe naming the class stops there
        cls = lines[line - 1].rsplit(".", 1)[-1].strip()
        culprits = [p for p in missing if re.search(rf"\b{re.escape(cls)}\b", p.call)]
    culprits = culprits or missing[:1]
    for c in culprits:
        diff[c.id] = f"expected {expected[c.id]!r}; convoscript stopped: {stop}"
    return diff, [p for p in missing if p not in culprits], err


def compare(ps, expected, owners, work: Path, crashes: list[str]) -> dict[str, str]:
    """Probe id -> first difference, for the probes of one case convoscript does not agree on."""
    diff: dict[str, str] = {}
    pending = [p for p in ps if p.id in expected]
    for _ in range(4):  # then verify the agreeing ones together (a difference may need context)
        while pending:
            d, pending, _err = _check_once(pending, expected, owners, work, crashes)
            diff.update(d)
        agreeing = [p for p in ps if p.id in expected and p.id not in diff]
        if not agreeing:
            break
        d, pending, err = _check_once(agreeing, expected, owners, work, crashes)
        diff.update(d)
        if not d and not pending:
            if err:
                crashes.append(f"{ps[0].group}: error after every probe agreed: {err}")
            break
    return diff


def build(out: Path, limit: str | None) -> dict:
    owners = P.owner_names()
    all_probes, uncovered = P.all_probes()
    cases = chunks(all_probes)
    if limit:
        cases = {k: v for k, v in cases.items() if k.startswith(tuple(limit.split(",")))}
    stats: dict = {"signatures": len({p.signature for p in all_probes}), "uncovered": uncovered}
    started = time.monotonic()
    dropped: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="surface-") as tmp:
        work = Path(tmp)
        expected = groovy_pass(cases, work, owners, dropped)
        stats["groovy_s"] = round(time.monotonic() - started, 1)
        crashes: list[str] = []
        agree: dict[str, list[P.Probe]] = {}
        differ: dict[str, list[tuple[P.Probe, str]]] = {}
        t1 = time.monotonic()
        for name, ps in cases.items():
            exp = expected.get(name, {})
            diff = compare(ps, exp, owners, work, crashes)
            agree[name] = [p for p in ps if p.id in exp and p.id not in diff]
            differ[name] = [(p, diff[p.id]) for p in ps if p.id in diff]
        stats["convoscript_s"] = round(time.monotonic() - t1, 1)
    for name in cases:
        if agree[name]:
            write_case(out / name, P.script_text(agree[name], owners))
        if differ[name]:
            ps = [p for p, _ in differ[name]]
            write_case(out / f"{name}_diff", P.script_text(ps, owners))
            note = "".join(f"{p.id} {p.signature}: {why}\n" for p, why in differ[name])
            (out / f"{name}_diff" / "fails-today.txt").write_text(
                "Generated surface probes that differ from Groovy today "
                "(tools/surface/gen_probes.py):\n" + note,
                encoding="utf-8",
            )
    stats.update(
        probes=sum(len(v) for v in cases.values()),
        agreeing=sum(len(v) for v in agree.values()),
        differing=sum(len(v) for v in differ.values()),
        dropped=dropped,
        crashes=crashes,
        by_package={},
    )
    for name in cases:
        pkg = (
            name.split("_")[1]
            if not name.startswith("surface_java_")
            else "_".join(name.split("_")[1:3])
        )
        a, d = stats["by_package"].get(pkg, (0, 0))
        stats["by_package"][pkg] = (a + len(agree[name]), d + len(differ[name]))
    # goldens, from the oracle only
    stats["diffs"] = {p.id: why for v in differ.values() for p, why in v}
    if any(out.iterdir()):
        oracle.main([str(out)])
    return stats


def generated_cases(root: Path) -> list[Path]:
    return sorted(
        d
        for d in root.glob("surface_*")
        if (d / "script.groovy").is_file()
        and (d / "script.groovy").read_text(encoding="utf-8").startswith(MARK)
    )


def snapshot(folders: list[Path]) -> dict[str, dict[str, bytes]]:
    return {
        d.name: {f.name: f.read_bytes() for f in sorted(d.iterdir()) if f.is_file()}
        for d in folders
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    ap.add_argument(
        "--only",
        help="only the cases whose name starts with this (or one of these, comma-separated)",
    )
    ap.add_argument("--stats", type=Path, help="write the run's numbers as JSON here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="surface-out-") as tmp:
        out = Path(tmp)
        stats = build(out, args.only)
        new = snapshot(sorted(d for d in out.iterdir() if d.is_dir()))
        old_dirs = [
            d
            for d in generated_cases(CASES)
            if not args.only or d.name.startswith(tuple(args.only.split(",")))
        ]
        old = snapshot(old_dirs)
        stale = sorted(k for k in new.keys() | old.keys() if new.get(k) != old.get(k))
        if not args.check:
            for d in old_dirs:
                shutil.rmtree(d)
            for name in new:
                shutil.copytree(out / name, CASES / name)
    summary = {k: v for k, v in stats.items() if k not in ("dropped", "uncovered")}
    summary["dropped"] = len(stats["dropped"])
    summary["uncovered"] = len(stats["uncovered"])
    print(json.dumps(summary, indent=1))
    for pid, why in stats["dropped"].items():
        print(f"dropped (Groovy does not run it): {pid}: {why}")
    if args.stats:
        args.stats.write_text(json.dumps(stats, indent=1, default=str), encoding="utf-8")
    for name in stale:
        print(("stale: " if args.check else "wrote: ") + name)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
