"""Conformance: every golden case (real Groovy 2.4 output) through the CLI `run --json` contract.

Each folder under ``cases/`` holds ``script.groovy``, optionally ``state.json``, and the
``expected.json`` written by ``tools/oracle.py`` (never by hand). The run must reproduce the
state after the run, the log, stdout (byte for byte) and the error type, line and message
(identity hashes such as ``Foo@1b6d3586`` normalised on both sides; the oracle's mock service
classes, ``CustomMetricServiceMock``..., read as the Amelia classes convoscript names).
"""

from __future__ import annotations

import difflib
import inspect
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from convoscript.textout import java_text

CASES_DIR = Path(__file__).parent / "cases"
CASES = sorted(p for p in CASES_DIR.iterdir() if (p / "script.groovy").is_file())


# A case that must still fail (strict xfail), so that fixing it forces removing the note:
# `known-difference.txt` records a deliberate, explained difference from Groovy (docs/dialect.md);
# `fails-today.txt` a case of the blind corpus (`blind_*`, scripts written without reading the
# implementation) that does not pass yet. The blind pass rate is the share of blind cases
# without that note.
NOTES = ("known-difference.txt", "fails-today.txt")


# `Object.toString()`'s identity hash (`Foo@1b6d3586`, `GStringImpl@6e2c634b`) differs per run.
_IDENTITY_HASH = re.compile(r"(?<=@)[0-9a-f]{1,8}\b")


# The oracle runs scripts against mock services (tools/oracle/Oracle.groovy) whose methods are
# Amelia's but whose class names are the mocks': a message names the Amelia class instead.
_ORACLE_MOCKS = {
    "CustomMetricServiceMock": "net.ipsoft.ameliav3.bpn.script.service.CustomMetricService",
    "TransientVariableServiceMock": (
        "net.ipsoft.ameliav3.bpn.script.service.BpnTransientVariableService"
    ),
    "ExecutionMock": "net.ipsoft.ameliav3.bpn.script.service.Execution",
    "LogMock": "org.slf4j.Logger",
}
_MOCK_NAME = re.compile(r"\b(" + "|".join(_ORACLE_MOCKS) + r")\b")


# A NullPointerException's JVM "helpful" text (Java 14+, naming the JDK's own variables) is the
# JVM version's, not Groovy's: Groovy 2.4's JVMs (Java 7/8) give null (docs/dialect.md).
_HELPFUL_NPE = re.compile(r'^Cannot .* because .* is null$')


def _normalise_message(message: Any) -> Any:
    if not isinstance(message, str) or _HELPFUL_NPE.match(message):
        return None if isinstance(message, str) else message
    message = _MOCK_NAME.sub(lambda m: _ORACLE_MOCKS[m.group(1)], message)
    return _IDENTITY_HASH.sub("<hash>", message)


def _param(case: Path):
    for name in NOTES:
        note = case / name
        if note.is_file():
            reason = note.read_text(encoding="utf-8").strip()
            return pytest.param(
                case, marks=pytest.mark.xfail(strict=True, reason=reason), id=case.name
            )
    return pytest.param(case, id=case.name)


def test_blind_corpus() -> None:
    """The blind corpus is kept whole: at least 100 scripts, each passing or noted as failing."""
    blind = [c for c in CASES if c.name.startswith("blind_")]
    assert len(blind) >= 100
    failing = [c for c in blind if (c / "fails-today.txt").is_file()]
    print(f"blind pass rate: {len(blind) - len(failing)}/{len(blind)}")


def _load_json(text: str) -> Any:
    return json.loads(text, parse_float=Decimal, parse_int=int)


def _canon(value: Any) -> Any:
    """Tag values so that comparison is by JSON kind: 1 == 1.0, but true != 1 and "1" != 1."""
    if isinstance(value, bool) or value is None:
        return ("const", value)
    if isinstance(value, (int, Decimal)):
        return ("num", Decimal(value))
    if isinstance(value, str):
        return ("str", value)
    if isinstance(value, list):
        return ("list", [_canon(v) for v in value])
    if isinstance(value, dict):
        return ("map", {k: _canon(v) for k, v in value.items()})
    return ("other", repr(value))


def _dump(value: Any) -> str:
    return json.dumps(value, indent=2, default=str, ensure_ascii=False)


def _diff(label: str, expected: Any, actual: Any) -> str:
    exp, act = _dump(expected), _dump(actual)
    diff = "\n".join(
        difflib.unified_diff(exp.splitlines(), act.splitlines(), "expected", "actual", lineterm="")
    )
    return f"{label} differs\n--- expected:\n{exp}\n--- actual:\n{act}\n--- diff:\n{diff}"


def _cli() -> Any:
    try:
        from convoscript.cli import cli
    except ModuleNotFoundError as exc:  # the package is being written concurrently
        if exc.name in ("convoscript", "convoscript.cli"):
            pytest.skip(f"{exc.name} is not available yet")
        raise
    return cli


def _runner() -> CliRunner:
    # click < 8.2 mixes stderr into stdout unless told otherwise.
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: Path) -> None:
    cli = _cli()
    expected = _load_json((case / "expected.json").read_text(encoding="utf-8"))

    args = ["run", str(case / "script.groovy")]
    if (case / "state.json").is_file():
        args += ["--state", str(case / "state.json")]
    args.append("--json")
    result = _runner().invoke(cli, args, catch_exceptions=False)

    try:
        actual = _load_json(result.stdout)
    except ValueError as exc:
        pytest.fail(
            f"CLI stdout is not JSON ({exc}); exit code {result.exit_code}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{getattr(result, 'stderr', '')}"
        )
    assert isinstance(actual, dict), _diff("CLI output", expected, actual)

    for key in ("variables", "transient", "metrics", "log"):
        assert key in actual, f"CLI JSON has no {key!r} key: {sorted(actual)}"
        assert _canon(actual[key]) == _canon(expected[key]), _diff(key, expected[key], actual[key])

    # the run's text as Java's PrintStream writes it (the oracle's stdout): a lone surrogate,
    # which `run --json` keeps (escaped), is `?` (convoscript/textout.py)
    stdout = java_text(str(actual.get("stdout")))
    assert stdout == expected["stdout"], _diff(
        "stdout",
        expected["stdout"].splitlines(keepends=True),
        stdout.splitlines(keepends=True),
    )

    exp_err, act_err = expected["error"], actual.get("error")
    if exp_err is None:
        assert act_err is None, _diff("error", exp_err, act_err)
    else:
        assert isinstance(act_err, dict), _diff("error", exp_err, act_err)
        assert act_err.get("type") == exp_err["type"], _diff("error type", exp_err, act_err)
        if exp_err["line"] is not None:
            assert act_err.get("line") == exp_err["line"], _diff("error line", exp_err, act_err)
        assert _normalise_message(act_err.get("message")) == _normalise_message(
            exp_err.get("message")
        ), _diff("error message", exp_err, act_err)

    expected_code = 0 if exp_err is None else 1
    assert result.exit_code == expected_code, (
        f"exit code {result.exit_code}, expected {expected_code}\n"
        f"stderr:\n{getattr(result, 'stderr', '')}"
    )
