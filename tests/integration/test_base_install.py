"""The README's first command installs convoscript without extras and runs the main job: the
command line must import and run with only the base dependencies. A subprocess hides every
package that only an extra brings (cryptography, the store drivers, OpenTelemetry, the test
tools) and runs the documented example through the CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def extras_only_modules() -> list[str]:
    """The top-level modules of the packages that only an extra of pyproject.toml brings."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    base = {_name(r) for r in project["dependencies"]}
    extra = {_name(r) for reqs in project["optional-dependencies"].values() for r in reqs}
    only = extra - base
    return sorted(
        module
        for module, dists in packages_distributions().items()
        if dists and all(d.lower().replace("_", "-") in only for d in dists)
    )


_HIDE = r"""
import importlib.abc, sys
HIDDEN = {hidden!r}
class Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HIDDEN:
            raise ImportError(f"{{name}} is only in an extra")
        return None
sys.meta_path.insert(0, Hide())
sys.argv = ["convoscript", "run", "examples/trained_performance.groovy",
            "--state", "examples/trained_performance.state.json", "--json"]
from convoscript.cli import main
main()
"""


def test_the_main_job_runs_with_the_base_dependencies_only() -> None:
    # pytest is a base dependency (`convoscript test` runs on it); hypothesis is test-only
    assert {"cryptography", "psycopg", "redis", "hypothesis"} <= set(extras_only_modules())
    proc = subprocess.run(
        [sys.executable, "-c", _HIDE.format(hidden=extras_only_modules())],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout)["metrics"] == {"trained_performance": "0.92"}
