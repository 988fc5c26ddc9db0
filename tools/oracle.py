"""Real-Groovy oracle: writes expected.json golden files for conformance case folders.

Usage::

    python tools/oracle.py DIR [DIR...]          # (re)write expected.json, report changes
    python tools/oracle.py --check DIR [DIR...]  # write nothing; exit 1 if any would change

A DIR is a case folder (it holds ``script.groovy`` and optionally ``state.json``) or any folder
below which case folders live. All cases run in ONE JVM (``tools/oracle/Oracle.groovy``) with mock
Amelia services; see ``tools/README.md``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ORACLE_SCRIPT = Path(__file__).resolve().parent / "oracle" / "Oracle.groovy"
DEFAULT_JAVA_HOME = "/usr/lib/jvm/java-17-openjdk-amd64"


def find_cases(roots: list[Path]) -> list[Path]:
    """Return the case folders at or below each root, sorted, without duplicates."""
    seen: dict[Path, None] = {}
    for root in roots:
        if not root.is_dir():
            raise SystemExit(f"oracle: not a directory: {root}")
        if (root / "script.groovy").is_file():
            seen[root.resolve()] = None
            continue
        for script in sorted(root.rglob("script.groovy")):
            seen[script.parent.resolve()] = None
    return list(seen)


def groovy_env() -> dict[str, str]:
    """The environment for the groovy process (JAVA_HOME defaults to a JDK 17 if present)."""
    env = dict(os.environ)
    if "JAVA_HOME" not in env and Path(DEFAULT_JAVA_HOME).is_dir():
        env["JAVA_HOME"] = DEFAULT_JAVA_HOME
    # HotSpot replaces the exception of a hot implicit failure (an array index, a null) by a
    # preallocated one without message once the code is compiled: in a long batch the same
    # probe would then print "null" or Java's text depending on what ran before it.
    env["JAVA_OPTS"] = (env.get("JAVA_OPTS", "") + " -XX:-OmitStackTraceInFastThrow").strip()
    return env


def run_oracle(cases: list[Path], outdir: Path, groovy: str) -> dict[Path, Path]:
    """Run every case in one JVM; return case folder -> freshly written output file."""
    outputs = {case: outdir / f"{i:05d}.json" for i, case in enumerate(cases)}
    manifest = outdir / "manifest.txt"
    manifest.write_text(
        "".join(f"{case}\t{out}\n" for case, out in outputs.items()), encoding="utf-8"
    )
    command = [groovy, str(ORACLE_SCRIPT), str(manifest)]
    proc = subprocess.run(command, check=False, env=groovy_env())
    if proc.returncode not in (0, 2):
        raise SystemExit(f"oracle: groovy failed with exit status {proc.returncode}")
    return {case: out for case, out in outputs.items() if out.is_file()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path, help="case folders or their parents")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 on changes")
    parser.add_argument("--groovy", default=shutil.which("groovy") or "groovy")
    args = parser.parse_args(argv)

    cases = find_cases(args.dirs)
    if not cases:
        print("oracle: no case folders found", file=sys.stderr)
        return 1
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="oracle-") as tmp:
        produced = run_oracle(cases, Path(tmp), args.groovy)
        changed: list[str] = []
        for case in cases:
            if case not in produced:
                continue
            new = produced[case].read_bytes()
            target = case / "expected.json"
            old = target.read_bytes() if target.is_file() else None
            if new == old:
                continue
            changed.append(f"{'new' if old is None else 'changed'}: {target}")
            if not args.check:
                target.write_bytes(new)
    broken = [str(case) for case in cases if case not in produced]
    elapsed = time.monotonic() - started

    for line in changed:
        print(line)
    for case in broken:
        print(f"broken (no output): {case}")
    verb = "would change" if args.check else "changed"
    print(
        f"oracle: {len(cases)} cases, {len(changed)} {verb}, {len(broken)} broken, {elapsed:.1f} s"
    )
    if broken:
        return 2
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
