"""Group R, regexes under limits (issue 11, item 4; docs/threat-coverage.md R31-R35).

A Java pattern is sized before it is compiled (length, and what its counted repeats expand to),
compiled under the run's clock and step budget, cached per Runtime in a bounded cache of
immutable compiled patterns, translated in linear time, and matched with steps charged by the
text it scans. Bombs that would take gigabytes when they are gaps run in a child process.
"""

from __future__ import annotations

import sys
import time

import pytest
import regex
from sandbox_harness import (
    REGEX_TIME_SLACK,
    SMALL,
    assert_limit,
    assert_value,
    row,
    run,
    run_isolated_batch,
)

from convoscript import Limits, Runtime
from convoscript.runtime.core import regexes

TIME_ONLY = SMALL.replace(max_steps=10**12, max_seconds=0.3)
# the first run in a process builds lazily loaded tables: timed cases come after a warm-up
WARM = '"warm".find(/a/) + "warm".split(/r/).size() + ("a" =~ /a/).size()'


@pytest.fixture(autouse=True, scope="module")
def _warm() -> None:
    run(WARM, limits=Limits())


# ---- R31: a small pattern that compiles to gigabytes; a huge pattern ------------------------
R31 = {
    "warm": WARM,
    "nested-counted-repeats": '"aaa" ==~ /(?:(?:a{1000}){1000}){1000}/',
    "nested-counted-repeats-caught": (
        'try { "aaa" ==~ /(?:(?:a{1000}){1000}){1000}/ } catch (Throwable e) { println "CAUGHT" }'
    ),
    "capturing-nested-repeats": '"a".find(/((a{1000,}){1000}){100}/)',
    "lower-bound-repeats": '"a".split(/(?:(?:[ab]{1000,5000}){1000}){10}/)',
    "pattern-compile": "java.util.regex.Pattern.compile('(?:(?:a{1000}){1000}){1000}')",
    "huge-pattern": 'try { "x" ==~ ("(?:" * 30000) } catch (e) { println "CAUGHT" }',
    "huge-literal-pattern": '"x".replaceAll("a" * 90000, "b")',
}


@row("R31")
def test_R31_oversized_patterns_end_the_run_before_compiling() -> None:
    """Refused for size before the `regex` package sees them: LimitExceeded (`memory`), which no
    `catch` sees, in milliseconds and without the gigabytes the compile would take."""
    results = run_isolated_batch(R31, limits=SMALL, timeout=60, mem_mb=1500)
    for name, out in results.items():
        if name == "warm":
            continue
        assert out["status"] == "ok", f"{name}: {out}"
        assert out["type"] == "LimitExceeded" and out["limit"] == "memory", f"{name}: {out}"
        assert "regular expression" in out["message"].lower(), f"{name}: {out['message']}"
        assert out["cost_seconds"] < 0.3, f"{name}: ran {out['cost_seconds']:.2f} s"
        assert out["rss_growth_mb"] < 50, f"{name}: grew {out['rss_growth_mb']} MB"


@row("R31")
def test_R31_refusal_names_the_problem_in_groovy_terms() -> None:
    results = run_isolated_batch(
        {
            "warm": WARM,
            "repeats": '"aaa" ==~ /(?:(?:a{1000}){1000}){1000}/',
            "length": '"x" ==~ ("a" * 20000)',
        },
        timeout=60,
    )
    assert results["repeats"]["message"] == (
        "Regular expression too large: its counted repeats (x{n}) expand it to more than "
        "100000 elements (limit 100000)"
    )
    assert results["length"]["message"] == (
        "Regular expression too large: the pattern has 20000 characters (limit 10000)"
    )


@row("R31")
@pytest.mark.parametrize(
    "source,expected",
    [
        ('"a" * 5 ==~ /a{0,100000}/', True),
        ('"ab" ==~ /(?:(?:a{0,1000}){0,1000}){0,1000}b/', True),
        ('"2024-01-05" ==~ /\\d{4}-\\d{2}-\\d{2}/', True),
        ('("x" * 300) ==~ /(?:x{10}){30}/', True),
        ('"a{1000}" ==~ /[a{1000}]{7}/', True),
        ('"a{99999}{99999}" ==~ /\\Qa{99999}{99999}\\E/', True),
        ("'(' ==~ /\\(/", True),
    ],
    ids=[
        "zero-lower-bound",
        "nested-optional",
        "date",
        "product-300",
        "braces-in-class",
        "quoted-braces",
        "escaped-paren",
    ],
)
def test_R31_ordinary_patterns_still_match(source: str, expected: bool) -> None:
    assert_value(run(source), expected)


@row("R31")
def test_R31_a_bad_pattern_is_still_javas_pattern_syntax_exception() -> None:
    result = run(
        'try { "x" ==~ /a{2/ } catch (java.util.regex.PatternSyntaxException e) { e.message }'
    )
    assert_value(result, "Unclosed counted closure near index 3\na{2")


# ---- R32: compiling is under the run's clock and steps --------------------------------------
R32_BAD = '"a" * 9998 + "("'  # the largest bad pattern the length limit lets through
ABANDONED_COMPILE_SLACK = 0.6


@row("R32")
@pytest.mark.parametrize(
    "source",
    [
        f"while (true) {{ try {{ 'x' ==~ ({R32_BAD}) }} catch (e) {{ }} }}",
        f"int i = 0\nwhile (true) {{ try {{ 'x' ==~ ({R32_BAD} + i++) }} catch (e) {{ }} }}",
        "int i = 0\nwhile (true) { 'x' ==~ ('(?:x{9}){9}' * 800 + i++) }",
        "10.times { i -> try { 'x' ==~ ('(?:' * 30000 + i) } catch (e) { println 'CAUGHT' } }",
    ],
    ids=[
        "same-bad-pattern",
        "distinct-bad-patterns",
        "distinct-good-patterns",
        "issue-loop-of-ten",
    ],
)
def test_R32_compiling_patterns_in_a_loop_ends_at_the_deadline(source: str) -> None:
    """Each compile is charged steps by the pattern's size and the clock is read after it, so a
    loop of large (caught, bad) patterns ends at the run's deadline, not every 1,024 steps."""
    result = run(source, limits=TIME_ONLY)
    # a compile abandoned at the deadline still runs in its thread until its parse ends
    # (bounded by the pattern size limits), taking GIL slices from the run's last steps: on a
    # clean CI machine `distinct-bad-patterns` ended 0.41 s past a 0.2 s deadline
    assert_limit(
        result, result.error.limit if result.error else "time", TIME_ONLY, ABANDONED_COMPILE_SLACK
    )
    assert result.error.limit in ("time", "memory")
    assert "CAUGHT" not in result.stdout


@row("R32")
def test_R32_compiling_is_charged_steps() -> None:
    """A loop compiling distinct large patterns runs out of steps, not just of time."""
    limits = SMALL.replace(max_steps=50_000, max_seconds=5.0)
    result = run("int i = 0\nwhile (true) { 'x' ==~ ('x' * 9000 + i++) }", limits=limits)
    assert_limit(result, "steps", limits)


# ---- R33: the compiled-pattern cache is per Runtime, bounded, immutable ----------------------
@row("R33")
def test_R33_regex_cache_is_per_runtime() -> None:
    first, second = Runtime(limits=SMALL), Runtime(limits=SMALL)
    run('"canary-7f3a" ==~ /canary-7f3a/', rt=first)
    assert "canary-7f3a" in first.regex_cache
    assert "canary-7f3a" not in second.regex_cache
    assert not hasattr(regexes, "_compile") or not hasattr(regexes._compile, "cache_info"), (
        "a process-wide compiled-pattern cache is shared by every Runtime"
    )
    # nor does the `regex` package's own process-wide cache keep it
    package = sys.modules[regex.compile.__module__]
    assert not any("canary-7f3a" in str(key) for key in list(package._cache)), (
        "the regex package's process-wide cache holds a script's pattern"
    )


@row("R33")
def test_R33_regex_cache_is_bounded_and_holds_only_immutable_patterns() -> None:
    rt = Runtime(limits=SMALL.replace(max_steps=10**7, max_seconds=20))
    source = (
        "for (i in 0..<300) { 'x' ==~ ('p' + i) }\n"
        "for (i in 0..<300) { 'x' ==~ ('(?:x{9}){9}' * 20 + i) }\n'done'"
    )
    assert_value(run(source, rt=rt, limits=rt.limits), "done")
    cache = rt.regex_cache
    assert 0 < len(cache) <= cache.max_entries
    assert cache.weight <= cache.max_weight
    for key, compiled in cache.items():
        assert type(key) is str
        assert type(compiled) is type(regex.compile("a"))


# ---- R34: translation is linear --------------------------------------------------------------
SHAPES = {
    "groups": lambda n: "(?:" * (n // 4) + "a" + ")" * (n // 4),
    "octal": lambda n: "\\01" * (n // 3),
    "unclosed-family": lambda n: "\\p{L" * (n // 4) + "}",
    "unclosed-hex": lambda n: "\\x{4" * (n // 4) + "1}",
    "unclosed-name": lambda n: "\\k<a" * (n // 4) + ">",
}


def _translate_seconds(pattern: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        try:
            regexes.translate(pattern)
        except Exception:  # noqa: BLE001 - a bad pattern is fine: only the time counts
            pass
        best = min(best, time.perf_counter() - start)
    return best


@row("R34")
@pytest.mark.parametrize("shape", list(SHAPES), ids=list(SHAPES))
def test_R34_translation_is_linear(shape: str) -> None:
    small = _translate_seconds(SHAPES[shape](20_000))
    large = _translate_seconds(SHAPES[shape](200_000))
    assert large < 1.0, f"200,000 characters took {large:.2f} s"
    assert large < 30 * max(small, 0.002), f"{small:.4f} s -> {large:.4f} s: not linear"


# ---- R35: matching is charged by the text it scans; the clock is read after it --------------
@row("R35")
def test_R35_find_loop_over_long_text_is_charged_linearly() -> None:
    """`while (m.find())` over a 100,000-character text with 10,000 matches scans the text once:
    it costs steps in proportion to the text, not (matches x text)."""
    source = 'def m = ("a" + "b" * 9) * 10000 =~ /a/\nint k = 0\nwhile (m.find()) { k++ }\nk'
    result = run(source, limits=Limits())
    assert_value(result, 10000)
    assert result.cost["steps"] < 100_000


@row("R35")
def test_R35_matching_work_ends_at_the_deadline() -> None:
    source = 'def s = "ab" * 400000\nwhile (true) { s.replaceAll(/b$/, "c") }'
    result = run(source, limits=TIME_ONLY.replace(max_string_length=10**6))
    assert_limit(result, "time", TIME_ONLY, REGEX_TIME_SLACK)


@row("R31")
def test_R31_a_count_past_int_range_is_javas_syntax_error_not_a_bomb() -> None:
    """Java reads `x{2147483648}` as a syntax error; the `regex` package tried to build it."""
    source = (
        "try { 'a' ==~ /a{2147483648}/ } catch (java.util.regex.PatternSyntaxException e) "
        "{ e.message }"
    )
    out = run_isolated_batch({"count": source}, timeout=60)["count"]
    assert out["status"] == "ok" and out["type"] is None, out
    assert out["value_len"] == len(
        "Illegal repetition range near index 11\na{2147483648}\n" + " " * 11 + "^"
    )


@row("R33")
def test_R33_a_runs_cost_does_not_show_what_earlier_runs_compiled() -> None:
    """The cache is shared by a Runtime's runs; a hit charged less than a compile let a run
    learn from its own step count whether another conversation had used a pattern."""
    probe = 'def m = ("x" =~ /(?:ab|cd){3}[0-9]+secret/)\nm.find()'
    fresh = Runtime().conversation("alone").run(probe)
    rt = Runtime()
    rt.conversation("other").run(probe)  # another conversation compiles the pattern first
    after = rt.conversation("me").run(probe)
    assert fresh.error is None and after.error is None
    assert after.cost["steps"] == fresh.cost["steps"]
