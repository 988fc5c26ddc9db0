"""Sanity of the conformance corpus itself: every case folder is complete and well-formed.

The goldens are written by tools/oracle.py from real Groovy; this catches a missing or
hand-mangled expected.json before the conformance tests report confusing failures.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

CASES_DIR = Path(__file__).parent / "cases"
CASE_DIRS = sorted(p for p in CASES_DIR.iterdir() if p.is_dir())
KEYS = ["variables", "transient", "metrics", "log", "stdout", "error"]
LEVELS = {"DEBUG", "INFO", "WARN", "ERROR"}


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal, parse_int=int)


def test_corpus_size() -> None:
    assert len(CASE_DIRS) >= 50


@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_case_folder(case: Path) -> None:
    assert (case / "script.groovy").is_file(), "missing script.groovy"
    assert (case / "script.groovy").read_text(encoding="utf-8").strip(), "empty script.groovy"
    allowed = {
        "script.groovy",
        "state.json",
        "expected.json",
        "known-difference.txt",
        "fails-today.txt",
    }
    extra = {p.name for p in case.iterdir()} - allowed
    assert not extra, f"unexpected files: {sorted(extra)}"

    if (case / "state.json").is_file():
        state = _load(case / "state.json")
        assert isinstance(state, dict)
        assert set(state) <= {"conversationId", "variables", "transient", "metrics"}

    raw = (case / "expected.json").read_text(encoding="utf-8")
    assert raw.endswith("}\n"), "expected.json must end with a newline (oracle output)"
    expected = _load(case / "expected.json")
    assert isinstance(expected, dict)
    assert list(expected) == KEYS

    for key in ("variables", "transient", "metrics"):
        assert isinstance(expected[key], dict), key
    assert all(v is None or isinstance(v, str) for v in expected["metrics"].values())

    assert isinstance(expected["log"], list)
    for entry in expected["log"]:
        assert list(entry) == ["level", "message"]
        assert entry["level"] in LEVELS
        assert isinstance(entry["message"], str)

    assert isinstance(expected["stdout"], str)

    error = expected["error"]
    if error is not None:
        assert list(error) == ["type", "message", "line"]
        assert isinstance(error["type"], str) and error["type"]
        assert error["type"] != "OracleTimeout", "the case timed out under the oracle"
        assert error["message"] is None or isinstance(error["message"], str)
        assert error["line"] is None or (
            isinstance(error["line"], int) and not isinstance(error["line"], bool)
        )
