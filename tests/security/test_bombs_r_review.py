"""Findings of the novel-attack review that closed issue 11 (rows R51- of
docs/threat-coverage.md): work a script asks for in a linear number of steps that built
quadratic memory.

R22's BigDecimal keys from the same review are in test_bombs_r_costs.py.
"""

from __future__ import annotations

import tracemalloc

import pytest
from sandbox_harness import assert_limit, assert_value, row, run

from convoscript import Limits

DEFAULT = Limits()


@row("R51")
@pytest.mark.parametrize(
    "first",
    ['new Exception("x")', 'new Exception("x" * 2000)'],
)
@pytest.mark.parametrize(
    "wrap",
    [
        "new RuntimeException(e)",
        "new IllegalStateException(e)",
        "new java.util.concurrent.ExecutionException(e)",
    ],
)
def test_R51_a_chain_of_exceptions_wrapping_their_causes_is_charged(first: str, wrap: str) -> None:
    """`new X(cause)` copies cause.toString() into its message, ~28 characters more at each
    wrap, and the chain keeps every message: 100,000 wraps held 1.1 GB after 1.1 s with
    nothing charged. The copy is charged by its length, so the steps run out first."""
    tracemalloc.start()
    try:
        result = run(f"def e = {first}\n100000.times {{ e = {wrap} }}\ne.message.size()", DEFAULT)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert_limit(result, "steps", DEFAULT)
    assert peak < 300 * 2**20, f"{peak / 2**20:.0f} MB held"


@row("R51")
@pytest.mark.parametrize(
    "source,value",
    [
        (
            'new RuntimeException(new IllegalStateException("x")).message',
            "java.lang.IllegalStateException: x",
        ),
        (
            'new UncheckedIOException(new IOException("x")).message',
            "java.io.IOException: x",
        ),
        ("new RuntimeException(new Exception()).message", "java.lang.Exception"),
    ],
)
def test_R51_a_wrapped_cause_still_gives_javas_message(source: str, value: str) -> None:
    assert_value(run(source), value)


# ---- R52: copies of a large text or collection cost what making them did ------------------
COPIES = {
    "range-subscript": "s[1..-1]",
    "drop": "s.drop(1)",
    "take": "s.take(999998)",
    "next": "s.next()",
    "previous": "s.previous()",
    "gstring-to-string": '"${s}".toString()',
    "list-drop": "big.drop(1)",
    "list-range-subscript": "big[1..-1]",
}


@row("R52")
@pytest.mark.parametrize("expr", list(COPIES.values()), ids=list(COPIES))
def test_R52_holding_many_copies_of_a_large_value_is_charged(expr: str) -> None:
    """The review held 900 copies of a 1M-character string (923 MB) in a run that succeeded:
    these members charged a constant whatever they copied. Their declared cost now has
    `; copy`: the door charges the copy's actual size after the call."""
    source = (
        'def s = "x" * 999999\ndef big = (1..99000).toList()\ndef held = []\n'
        f"900.times {{ held << {expr} }}\nheld.size()"
    )
    result = run(source, limits=DEFAULT)
    assert_limit(result, "steps", DEFAULT)


@row("R52")
@pytest.mark.parametrize(
    "source,value",
    [
        ('"abcdef"[1..-1]', "bcdef"),
        ('"abc".drop(1) + "abc".take(2)', "bcab"),
        ('"az".next()', "a{"),
        ('def n = "x"; "${n}y".toString()', "xy"),
        ("[1, 2, 3][1..-1]", [2, 3]),
    ],
)
def test_R52_copies_keep_their_values(source: str, value: object) -> None:
    assert_value(run(source, limits=DEFAULT), value)
