"""`convoscript run` loads only what a run uses (issue 14, part 4: cold start). A fresh
interpreter runs the documented example through the CLI's entry point, then reports which
modules it loaded and whether Lark built its tables: the HTTP service, the exporter, the
authoring tools, process isolation, the optional integrations and the store drivers stay
unloaded, and the parser comes from the shipped tables. No timing: bench/bench_cold_start.py
measures the time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_RUN = r"""
import json, sys
sys.argv = ["convoscript", "run", "examples/trained_performance.groovy",
            "--state", "examples/trained_performance.state.json", "--json"]
from convoscript.grammar import parser

def refuse(grammar):
    raise AssertionError("the parser was built from groovy.lark, not loaded from its tables")

parser.build_lark = refuse
from convoscript.cli import main
try:
    main()
except SystemExit as exc:
    code = exc.code
print("\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

# modules only other commands, other options or other deployments need
NOT_LOADED = [
    "starlette",
    "uvicorn",
    "prometheus_client",
    "httpx",
    "yaml",
    "pygments",
    "prompt_toolkit",
    "psycopg",
    "redis",
    "cryptography",
    "opentelemetry",
    "asyncio",
    "multiprocessing",
    "convoscript.service",
    "convoscript.export",
    "convoscript.isolation",
    "convoscript.authoring.repl",
    "convoscript.authoring.flowtest",
    "convoscript.authoring.fixtures",
    "convoscript.authoring.commands",
    "convoscript.authoring.lintcommand",
    "convoscript.authoring.lsp",
    "convoscript.authoring.replterm",
    "pygls",
    "lsprotocol",
    "jsonschema",
    "pytest",
]


def _loaded_by_run() -> tuple[dict, set[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", _RUN], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    *output, report = proc.stdout.rstrip().split("\n")
    found = json.loads(report)
    assert found["code"] == 0, proc.stderr
    document = json.loads("\n".join(output))
    return document, set(found["modules"])


def test_run_loads_only_what_a_run_uses() -> None:
    document, modules = _loaded_by_run()
    assert document["metrics"] == {"trained_performance": "0.92"} and document["error"] is None
    loaded = sorted(m for m in modules for top in NOT_LOADED if m == top or m.startswith(top + "."))
    assert loaded == []
    # what the run does use is there: the check above cannot pass by running nothing
    assert {"convoscript.engine", "convoscript.compiler", "lark", "click"} <= modules
