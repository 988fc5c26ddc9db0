"""The mypy ratchet: type errors per file may only go down.

    python tools/mypy_ratchet.py            # exit 1 if any file has more errors than its baseline
    python tools/mypy_ratchet.py --update   # rewrite mypy-baseline.json (refuses to grow it)

mypy runs over `convoscript/` with the settings in pyproject.toml. The baseline
(`mypy-baseline.json`) maps each file to its error count; a file not listed has a baseline of 0.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "mypy-baseline.json"
ERROR = re.compile(r"^(?P<file>[^:]+\.py):\d+: error: ")


def current_errors() -> tuple[Counter[str], list[str]]:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "convoscript"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if proc.returncode not in (0, 1):  # 2: mypy itself failed (bad config, crash)
        sys.exit(f"mypy failed to run:\n{proc.stdout}{proc.stderr}")
    lines = [line for line in proc.stdout.splitlines() if ERROR.match(line)]
    return Counter(ERROR.match(line)["file"] for line in lines), lines  # type: ignore[index]


def main(argv: list[str]) -> int:
    counts, lines = current_errors()
    baseline: dict[str, int] = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    worse = {f: (n, baseline.get(f, 0)) for f, n in counts.items() if n > baseline.get(f, 0)}
    total, allowed = sum(counts.values()), sum(baseline.values())
    if "--update" in argv:
        if worse and BASELINE.exists():
            print("refusing to grow the baseline:", worse)
            return 1
        BASELINE.write_text(json.dumps(dict(sorted(counts.items())), indent=1) + "\n")
        print(f"mypy baseline: {allowed} -> {total} errors")
        return 0
    if worse:
        print("mypy: more type errors than the baseline allows (mypy-baseline.json):")
        for f, (n, b) in sorted(worse.items()):
            print(f"  {f}: {n} errors, baseline {b}")
            for line in lines:
                if line.startswith(f + ":"):
                    print("    " + line)
        return 1
    print(f"mypy ratchet: {total} errors, baseline {allowed}")
    if total < allowed:
        print("  (fewer than the baseline: run tools/mypy_ratchet.py --update to lock that in)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
