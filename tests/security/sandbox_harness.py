"""Shared harness for the threat-catalogue tests (docs/threat-coverage.md).

Every test submits a hostile Groovy script and asserts the exact outcome, in the style of
threats.md §1.3: a refusal names its signature and line, a missing construct is the exact Groovy
exception (or a FlowSyntaxError), a budget row names the exact `LimitExceeded.limit`. Helpers here
also check the things every outcome must satisfy: no InternalError, nothing but plain data in the
result, no host internals in error text.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from convoscript import FlowSyntaxError, Limits, Runtime, SecurityViolation

# Small limits keep the whole security suite fast (threats.md §6: budgets are ours to enforce).
SMALL = Limits(
    max_steps=200_000,
    max_seconds=0.5,
    max_depth=100,
    max_string_length=100_000,
    max_collection_size=10_000,
    max_number_digits=2_000,
    max_output_bytes=100_000,
    max_log_entries=1_000,
)

# A run may pass its wall-clock budget by this much (the clock is read every 1024 steps).
TIME_SLACK = 0.1
# The `regex` package checks its own timeout coarsely: regex bombs get a little more slack.
REGEX_TIME_SLACK = 0.25

# Text that must never appear in what a script or its author sees (I7).
HOST_INTERNALS = re.compile(
    r"Traceback \(most recent|File \"|\.py\"|\.py:|site-packages|/work/|<groovy:|object at 0x|"
    r"<function |<class '|<bound method|NoneType|has no attribute|GStringExpr\(|Name\(line=|"
    r"convoscript\.runtime|RestrictedPython|builtins\.|__traceback__ of"
)

PLAIN_SCALARS = (str, int, float, Decimal, bool, type(None))


def row(row_id: str):
    """Tag a test with its threat-catalogue row (e.g. "B07"); see conftest.py."""
    return pytest.mark.row(row_id)


def runtime(limits: Limits | None = None) -> Runtime:
    return Runtime(limits=limits or SMALL)


def run(
    source: str,
    limits: Limits | None = None,
    cid: str = "c-attack",
    state: dict | None = None,
    rt: Runtime | None = None,
):
    """Compile and run `source`; compile-time refusals propagate (use `compile_outcome`)."""
    rt = rt or runtime(limits)
    script = rt.compile(source, "attack.groovy")
    result = rt.conversation(cid, state).run(script)
    check_result_hygiene(result)
    return result


def check_result_hygiene(result) -> None:
    """What every run must satisfy, whatever the script did (DESIGN.md §3.5, threats I5/I7)."""
    err = result.error
    if err is not None:
        assert err.type != "InternalError", f"InternalError is always a bug: {err.message}"
        text = f"{err.message} {err.to_dict()}"
        assert not HOST_INTERNALS.search(text), f"host internals leak in error text: {text!r}"
    assert_plain(result.value)
    assert_plain(result.variables)
    assert_plain(result.transient)
    assert_plain(result.metrics)
    assert_plain(result.log)
    assert isinstance(result.stdout, str)


def assert_plain(value: object, depth: int = 0) -> None:
    """Only plain data (str, int, float, Decimal, bool, None, list, dict) may leave a run."""
    assert depth < 200, "value nested too deeply"
    if isinstance(value, PLAIN_SCALARS):
        assert type(value) in PLAIN_SCALARS, f"subclass of a plain type leaked: {type(value)}"
        return
    if type(value) is list:
        for item in value:
            assert_plain(item, depth + 1)
        return
    if type(value) is dict:
        for key, item in value.items():
            assert type(key) in PLAIN_SCALARS, f"non-plain key leaked: {type(key)}"
            assert_plain(item, depth + 1)
        return
    raise AssertionError(f"non-plain value crossed the boundary: {type(value)!r} {value!r:.80}")


# ---- outcomes -----------------------------------------------------------------------------------
def assert_refused(result, signature: str, line: int) -> None:
    """A run-time refusal: SecurityViolation naming the exact signature, at the exact line."""
    err = result.error
    assert err is not None, f"expected refusal of {signature}, the script ran: {result.value!r}"
    assert err.type == "SecurityViolation", (
        f"expected SecurityViolation, got {err.type}: {err.message}"
    )
    assert err.signature == signature
    assert err.line == line, f"refusal reported at line {err.line}, expected {line}"


def assert_script_error(result, groovy_type: str, line: int | None = None) -> None:
    """The construct simply does not exist in our dialect/allow-list: the exact Groovy error."""
    err = result.error
    assert err is not None, f"expected {groovy_type}, the script ran: {result.value!r}"
    assert err.type == groovy_type, f"expected {groovy_type}, got {err.type}: {err.message}"
    if line is not None:
        assert err.line == line, f"{groovy_type} reported at line {err.line}, expected {line}"


def assert_limit(result, kind: str, limits: Limits = SMALL, slack: float = TIME_SLACK) -> None:
    """A budget row: LimitExceeded naming the budget, and the run stopped near its deadline."""
    err = result.error
    assert err is not None, "expected LimitExceeded, the script finished"
    assert err.type == "LimitExceeded", (
        f"expected LimitExceeded({kind}), got {err.type}: {err.message}"
    )
    assert err.limit == kind, f"expected limit {kind!r}, got {err.limit!r}: {err.message}"
    assert result.cost["seconds"] <= limits.max_seconds + slack, (
        f"run overran its time budget: {result.cost['seconds']:.3f} s"
    )


def compile_outcome(source: str, filename: str = "attack.groovy"):
    """The exception `Runtime.compile` raises for `source`, or None when it compiles."""
    try:
        Runtime(limits=SMALL).compile(source, filename)
    except (FlowSyntaxError, SecurityViolation) as exc:
        return exc
    return None


def assert_compile_refused(source: str, signature: str, line: int) -> None:
    """A compile-time refusal (rejected before anything runs), with signature and line."""
    with pytest.raises(SecurityViolation) as info:
        Runtime(limits=SMALL).compile(source, "attack.groovy")
    assert info.value.signature == signature
    assert info.value.line == line


def assert_syntax_error(source: str, line: int, contains: str | None = None) -> None:
    """The construct is outside the dialect: FlowSyntaxError with its line (never a crash)."""
    with pytest.raises(FlowSyntaxError) as info:
        Runtime(limits=SMALL).compile(source, "attack.groovy")
    assert info.value.line == line, f"syntax error at line {info.value.line}, expected {line}"
    if contains is not None:
        assert contains in info.value.message
    assert not HOST_INTERNALS.search(str(info.value))


def assert_rejected_before_running(source: str, line: int, signature: str | None = None) -> None:
    """Refused at compile time, either as outside the dialect (FlowSyntaxError) or as a
    SecurityViolation; used for rows whose construct the dialect may grow into (annotations):
    what matters is that nothing was compiled, with the exact line (and signature if refused)."""
    exc = compile_outcome(source)
    assert exc is not None, "the hostile construct compiled"
    assert exc.line == line, f"refused at line {exc.line}, expected {line}"
    if isinstance(exc, SecurityViolation) and signature is not None:
        assert exc.signature == signature


def assert_value(result, expected: object) -> None:
    assert result.error is None, f"{result.error.type}: {result.error.message}"
    assert result.value == expected


# ---- isolated runs for hazards that could hang or exhaust the test process --------------------
_ISOLATED = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
resource.setrlimit(resource.RLIMIT_AS, ({mem} * 2**20, {mem} * 2**20))
from convoscript import Limits, Runtime
rt = Runtime(limits=Limits(**{limits!r}))
out = {{"status": "ok"}}
start = time.perf_counter()
try:
    result = rt.conversation("c-iso").run(rt.compile({source!r}, "attack.groovy"))
    err = result.error
    out.update(type=err and err.type, limit=getattr(err, "limit", None),
               cost_seconds=result.cost["seconds"], value_len=len(str(result.value)),
               stdout_len=len(result.stdout))
except BaseException as exc:
    out.update(status="raised", type=type(exc).__name__, message=str(exc)[:200])
out["wall"] = time.perf_counter() - start
out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps(out))
"""


def run_isolated(
    source: str, limits: Limits = SMALL, timeout: float = 5.0, mem_mb: int = 1500
) -> dict:
    """Run `source` in a child process (address space capped at `mem_mb`) and report what
    happened: {"status": "ok"|"raised"|"timeout"|"crashed", "type", "limit", "wall", ...}.
    Used for hazards that, when they are gaps, would hang or bloat the test process."""
    import dataclasses
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    code = _ISOLATED.format(root=root, mem=mem_mb, source=source, limits=dataclasses.asdict(limits))
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "wall": timeout}
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        return {"status": "crashed", "returncode": proc.returncode, "stderr": proc.stderr[-500:]}
    return json.loads(lines[-1])


_BATCH = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, {root!r})
resource.setrlimit(resource.RLIMIT_AS, ({mem} * 2**20, {mem} * 2**20))
from convoscript import Limits, Runtime
rt = Runtime(limits=Limits(**{limits!r}))
rt.conversation("warm").run("1")
tracemalloc.start()
for name, source in {cases!r}:
    out = {{"name": name, "status": "ok"}}
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()
    try:
        result = rt.conversation("c-" + name).run(rt.compile(source, name + ".groovy"))
        err = result.error
        out.update(type=err and err.type, limit=getattr(err, "limit", None),
                   message=err and err.message[:200],
                   cost_seconds=result.cost["seconds"], value_len=len(str(result.value)))
    except BaseException as exc:
        out.update(status="raised", type=type(exc).__name__, message=str(exc)[:200])
    out["wall"] = time.perf_counter() - start
    out["rss_growth_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024 - rss0
    out["peak_alloc_mb"] = (tracemalloc.get_traced_memory()[1] - base) // 2**20
    print(json.dumps(out), flush=True)
"""


def run_isolated_batch(
    cases: dict[str, str], limits: Limits = SMALL, timeout: float = 20.0, mem_mb: int = 1500
) -> dict[str, dict]:
    """Run several hazard scripts one after the other in ONE child process (to pay the start-up
    once) and report each like `run_isolated`, plus `peak_alloc_mb` (the peak of Python
    allocations during that script, by tracemalloc) and `rss_growth_mb`. Scripts after one that hangs are reported as {"status": "timeout"}.
    Put a script that may hang last, or in its own batch."""
    import dataclasses
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    code = _BATCH.format(
        root=root, mem=mem_mb, cases=list(cases.items()), limits=dataclasses.asdict(limits)
    )
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
        stdout = proc.stdout
    except subprocess.TimeoutExpired as exc:
        stdout = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
    results = {name: {"status": "timeout"} for name in cases}
    for line in stdout.splitlines():
        if line.startswith("{"):
            data = json.loads(line)
            results[data["name"]] = data
    return results


def check(
    source: str, expected: tuple, state: dict | None = None, limits: Limits | None = None
) -> None:
    """Run a hostile script and assert its expected outcome: ("compile-refused", signature,
    line), ("syntax", fragment), ("refused", signature, line), ("error", type, line),
    ("value", value) or ("limit", kind). No run may print the "ESCAPED" marker."""
    kind = expected[0]
    if kind == "compile-refused":
        assert_compile_refused(source, expected[1], expected[2])
        return
    if kind == "syntax":
        assert_syntax_error(source, expected[1])
        return
    result = run(source, limits=limits, state=state)
    if kind == "refused":
        assert_refused(result, expected[1], expected[2])
    elif kind == "error":
        assert_script_error(result, expected[1], expected[2])
    elif kind == "value":
        assert_value(result, expected[1])
    elif kind == "limit":
        assert_limit(result, expected[1], limits or SMALL)
    else:  # pragma: no cover
        raise AssertionError(kind)
    assert "ESCAPED" not in result.stdout


# Resident size (KiB) of the test process as the first security test started (conftest.py, on
# Linux); test_zz_final_rss.py measures the suite's growth from it.
SUITE_START_RSS_KIB: int | None = None
