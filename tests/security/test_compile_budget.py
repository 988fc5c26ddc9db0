"""The compile budget (issue 11, item 5; rows R36-R40 of docs/threat-coverage.md).

Compiling runs on text an untrusted author wrote, before any run budget exists. These bombs
each took tens of seconds, hundreds of MB or ended in a Python traceback before the budget:

- R36 16,000 GString interpolations took 31 s (the text of each was padded to its place in the
  script and scanned again: quadratic); one long line of tokens too (columns searched back).
- R37 a 999,000-digit number literal took 30 s.
- R38 99,000 statements took 28 s and 925 MB.
- R39 a 10,000-deep ternary chain ended in a Lark `VisitError` traceback.
- R40 21 loops inside one another ended in Python's own `SyntaxError`.

Now each is a `CompileLimitExceeded` (a FlowSyntaxError with the `limit` that ran out) at its
file, line and column, or compiles in linear time; the limits are `CompileLimits`, set per
`Runtime` (the CLI's `check`, the REPL and process isolation use the same budget).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from sandbox_harness import HOST_INTERNALS, row

import convoscript
from convoscript import FlowSyntaxError, Runtime
from convoscript.cli import cli

ROOT = Path(__file__).resolve().parents[2]
# the public names this budget adds (absent before it: each test then fails on its own)
CompileLimits = getattr(convoscript, "CompileLimits", None)


@pytest.fixture(autouse=True)
def _parser_tables_built() -> None:
    """Build the parser tables (once per process, seconds on a loaded host) before any test
    times a compile."""
    Runtime().compile("1", "warm.groovy")


def _refusal(source: str, rt: Runtime | None = None, filename: str = "bomb.groovy"):
    """The FlowSyntaxError compiling `source` raises (failing the test if it compiles)."""
    with pytest.raises(FlowSyntaxError) as info:
        (rt or Runtime()).compile(source, filename)
    exc = info.value
    assert not HOST_INTERNALS.search(str(exc)), str(exc)
    assert "Traceback" not in str(exc) and "lark" not in str(exc).lower()
    return exc


def _assert_budget(exc: FlowSyntaxError, limit: str, line: int, column: int | None = None):
    assert getattr(exc, "limit", None) == limit, f"{getattr(exc, 'limit', None)}: {exc}"
    assert exc.to_dict()["limit"] == limit
    assert exc.line == line, str(exc)
    if column is not None:
        assert exc.column == column, str(exc)


_CHILD = textwrap.dedent("""\
    import json, sys, time
    sys.path.insert(0, {root!r})
    from convoscript import FlowSyntaxError, Runtime
    from convoscript.grammar.parser import _lark
    _lark()  # the parser tables, built once per process: not the script's cost
    out = []
    for source in {sources}:
        rt = Runtime()
        start = time.perf_counter()
        try:
            rt.compile(source, "bomb.groovy")
            outcome = "compiled"
        except FlowSyntaxError as exc:
            outcome = getattr(exc, "limit", "syntax") + f"@{{exc.line}}:{{exc.column}}"
        out.append([outcome, time.perf_counter() - start])
    # this process's own peak (VmHWM): ru_maxrss also keeps the peak of the process that
    # forked it (in CI, the test runner's 400 MB came through)
    with open("/proc/self/status") as status:
        hwm = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    print(json.dumps({{"runs": out, "rss_mb": hwm // 1024}}))
    """)


def _compile_in_child(sources: str, timeout: float) -> dict:
    """Compile the scripts the Python expression `sources` makes, in a child process (a gap
    here would take minutes or GBs): outcomes, seconds each, peak RSS."""
    code = _CHILD.format(root=str(ROOT), sources=sources)
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"compiling took more than {timeout} s")
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---- R36: no quadratic path in the scanner -----------------------------------------------------
@row("R36")
@pytest.mark.parametrize(
    "shape",
    [
        # one string, many interpolations on one line; one interpolation per line, many lines
        "'def x = 1\\n\"' + '${x}' * n + '\"'",
        "'def x = 1\\n' + '\"${x}\"\\n' * n",
    ],
    ids=["one-line", "one-per-line"],
)
def test_R36_interpolations_compile_in_linear_time(shape: str) -> None:
    # 2,000 then 8,000: linear is 4 times as long, quadratic 16 (31 s at 16,000 before)
    found = _compile_in_child(f"[(lambda n: {shape})(n) for n in (2000, 8000)]", timeout=60)
    (small, t_small), (big, t_big) = found["runs"]
    assert small == big == "compiled"
    assert t_big < 7 * t_small + 0.5, f"2,000: {t_small:.2f} s, 8,000: {t_big:.2f} s"


@row("R36")
def test_R36_one_long_line_of_tokens_scans_in_linear_time() -> None:
    from convoscript.grammar.scanner import scan

    times = []
    for n in (20_000, 160_000):
        source = "def x = 1; x" + " + x" * n
        start = time.perf_counter()
        scan(source, "long.groovy")
        times.append(time.perf_counter() - start)
    # 8 times the tokens: linear is 8 times as long, quadratic 64
    assert times[1] < 16 * times[0] + 0.5, f"{times}"


@row("R36")
def test_R36_interpolation_count_is_budgeted() -> None:
    rt = Runtime(compile_limits=CompileLimits(max_interpolations=100)) if CompileLimits else None
    source = 'def x = 1\ndef s = "' + "$x " * 100 + '"\nprintln "${x}"'
    exc = _refusal(source, rt)
    _assert_budget(exc, "interpolations", 3, 12)  # its expression
    assert "GString interpolations" in exc.message


@row("R36")
def test_R36_interpolations_keep_their_script_positions() -> None:
    # the interpolation's text is parsed on its own now: errors still point into the script
    exc = _refusal('def x = 1\nprintln "a ${x} b ${x +* 2} c"')
    assert (exc.line, exc.column) == (2, 24), str(exc)
    assert exc.source_line == 'println "a ${x} b ${x +* 2} c"'
    exc = _refusal('def x = 1\nprintln """a\n  ${x}\n  ${(x}"""')
    assert exc.line == 4, str(exc)
    assert exc.source_line == '  ${(x}"""'


# ---- R37: number literals ------------------------------------------------------------------------
@row("R37")
@pytest.mark.parametrize(
    "literal",
    ["9" * 999_000, "0x" + "f" * 200_000, "1." + "5" * 200_000, "9" * 100_000 + "G"],
    ids=["decimal", "hex", "fraction", "biginteger"],
)
def test_R37_huge_number_literal_is_refused_at_once(literal: str) -> None:
    start = time.perf_counter()
    exc = _refusal(f"def a = 1\ndef x = {literal}\nx")
    assert time.perf_counter() - start < 5.0
    _assert_budget(exc, "digits", 2, 9)
    assert "Number literal too long" in exc.message


@row("R37")
def test_R37_long_literal_within_the_limit_compiles() -> None:
    Runtime().compile("def x = " + "9" * 5000 + "G\nx.toString().size()", "ok.groovy")


# ---- R38: size and time ------------------------------------------------------------------------
@row("R38")
def test_R38_ninety_nine_thousand_statements_are_refused_quickly() -> None:
    found = _compile_in_child("['def x = 1\\n' + 'x = x + 1\\n' * 99_000]", timeout=30)
    [(outcome, seconds)] = found["runs"]
    assert outcome.startswith("tokens@"), outcome
    assert seconds < 10.0
    assert found["rss_mb"] < 400, found


@row("R38")
def test_R38_compile_time_is_budgeted() -> None:
    assert CompileLimits is not None
    # tokens unbounded: on a quiet machine the default token limit would end it first
    rt = Runtime(compile_limits=CompileLimits(max_seconds=0.2, max_tokens=10**7))
    source = "def x = 1\n" + "x = x + 1\n" * 12_000
    start = time.perf_counter()
    exc = _refusal(source, rt)
    elapsed = time.perf_counter() - start
    _assert_budget(exc, "time", exc.line)
    assert "too long to compile" in exc.message
    assert elapsed < 0.2 + 2.5, f"{elapsed:.2f} s"


@row("R38")
def test_R38_token_limit_is_per_runtime_and_counts_interpolations() -> None:
    assert CompileLimits is not None
    rt = Runtime(compile_limits=CompileLimits(max_tokens=20))
    exc = _refusal('def x = 1\nprintln "${x + x + x + x + x + x + x + x + x + x + x + x + x}"', rt)
    _assert_budget(exc, "tokens", 2)
    Runtime().compile('def x = 1\nprintln "${x + x}"', "ok.groovy")


# ---- R39: nesting --------------------------------------------------------------------------------
CHAINS = [
    ("ternary", "def x = " + "1 ? " * 10_000 + "1" + " : 1" * 10_000),
    ("elvis", "def x = " + "1 ?: " * 5000 + "1"),
    ("plus", "def x = 1" + " + 1" * 5000),
    ("unary-minus", "def x = " + "- " * 5000 + "1"),
    ("power", "def x = " + "2 ** " * 5000 + "1"),
    ("assignment", "x = " * 5000 + "1"),
    ("property", "def x = " + "a." * 5000 + "b"),
    ("index", "def x = [0]\nx" + "[0]" * 5000),
    ("cast", "def x = " + "(int) " * 5000 + "1"),
]


@row("R39")
@pytest.mark.parametrize("name,source", CHAINS, ids=[c[0] for c in CHAINS])
def test_R39_deep_chains_are_refused_with_a_position(name: str, source: str) -> None:
    exc = _refusal(source)
    _assert_budget(exc, "nesting", source.count("\n") + 1)
    assert exc.column >= 1  # the deepest node: a left-leaning chain's first operand
    assert "nested too deeply" in exc.message


@row("R39")
def test_R39_interpolations_count_towards_the_nesting_of_their_string() -> None:
    assert CompileLimits is not None
    rt = Runtime(compile_limits=CompileLimits(max_nesting=300))
    inner = "1" + " + 1" * 200
    Runtime(compile_limits=CompileLimits(max_nesting=300)).compile(
        f'def s = "${{{inner}}}"', "ok.groovy"
    )
    exc = _refusal(f'def s = "${{{inner}}}" + ("${{{inner}}}" + 1' + " + 1" * 150 + ")", rt)
    _assert_budget(exc, "nesting", 1)


@row("R39")
def test_R39_deep_chain_through_the_cli_and_the_repl(tmp_path) -> None:
    from convoscript.authoring.repl import Repl

    script = tmp_path / "deep.groovy"
    source = "println 1\n" + CHAINS[0][1]
    script.write_text(source)
    for command in (["check", str(script)], ["run", str(script)]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code != 0
        text = result.output + (result.stderr if result.stderr_bytes is not None else "")
        assert f"{script}:2:" in text and "nested too deeply" in text, text[:500]
        assert "Traceback" not in text and "VisitError" not in text
        assert not isinstance(result.exception, (RecursionError,)) and "lark" not in text
    shown = Repl().evaluate(CHAINS[0][1])
    assert "nested too deeply" in shown and "Traceback" not in shown and "Visit" not in shown


# ---- R40: Python's own limit of 20 nested blocks -------------------------------------------------
@row("R40")
@pytest.mark.parametrize(
    "source",
    [
        "while (false) { " * 21 + "}" * 21,
        "def l = [1]\n" + "".join(f"for (a{i} in l) {{ " for i in range(25)) + "}" * 25,
        "try { " * 21 + "1 " + "} catch (e) {} " * 21,
    ],
    ids=["whiles", "fors", "trys"],
)
def test_R40_blocks_nested_past_pythons_limit_are_a_syntax_error(source: str, tmp_path) -> None:
    exc = _refusal(source)
    _assert_budget(exc, "nesting", exc.line)
    assert "nested too deeply" in exc.message
    script = tmp_path / "blocks.groovy"
    script.write_text(source)
    result = CliRunner().invoke(cli, ["check", str(script)])
    assert result.exit_code != 0 and f"{script}:{exc.line}:" in result.output, result.output
    assert "Traceback" not in result.output and "SyntaxError:" not in result.output


@row("R40")
def test_R40_twenty_nested_loops_still_compile() -> None:
    Runtime().compile("while (false) { " * 20 + "}" * 20, "ok.groovy")


# ---- the budget is the Runtime's, in every path ----------------------------------------------------
@row("R39")
def test_R39_process_workers_compile_under_the_runtimes_budget() -> None:
    assert CompileLimits is not None
    source = "def x = 1" + " + 1" * 1200 + "\nx"
    _assert_budget(_refusal(source), "nesting", 1)  # beyond the default
    rt = Runtime(isolation="process", workers=1, compile_limits=CompileLimits(max_nesting=1500))
    try:
        result = rt.conversation("c-1").run(rt.compile(source, "wide.groovy"))
    finally:
        rt.close()
    assert result.error is None, result.error
    assert result.value == 1201
