"""Declared member costs (runtime/door/costs.py, lib/*/costs.txt): every member has one, an
entry that prices nothing is refused, the expressions evaluate as documented, and the guard
charges before the implementation runs."""

from __future__ import annotations

import pytest

from convoscript.lib import signature_files
from convoscript.runtime.door import costs, surface
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import BudgetExceeded
from convoscript.runtime.model.values import IntRange

KINDS = {"List": ("java.util.List", "java.util.Collection", "java.lang.Object")}


def _tables(fn):
    return {
        "METHODS": {"List": {"grow": fn}},
        "PROPERTIES": {},
        "STATIC_METHODS": {},
        "STATIC_FIELDS": {},
        "CONSTRUCTORS": {},
    }


LINE = [("sig.txt", 1, "method java.util.List grow int")]


def _costs(*texts):
    return [("costs.txt", i, t) for i, t in enumerate(texts, 1)]


def test_a_member_without_a_cost_is_refused():
    problems = surface.bind(_tables(lambda s, n: s), LINE, KINDS, _costs())
    assert problems == ["sig.txt:1: no cost entry for `method java.util.List grow int`"]


def test_a_cost_that_prices_nothing_is_refused():
    problems = surface.bind(
        _tables(lambda s, n: s),
        LINE,
        KINDS,
        _costs("java.util.List * = steps 1", "java.util.List shrink = steps 1"),
    )
    assert problems == ["costs.txt:2: the cost entry `java.util.List shrink` prices no member"]


def test_a_malformed_cost_is_refused():
    problems = surface.bind(_tables(lambda s, n: s), LINE, KINDS, _costs("java.util.List * = 1"))
    assert any("a cost starts with `steps <expr>`" in p for p in problems)


@pytest.mark.parametrize(
    "expr,receiver,args,value",
    [
        ("1", None, (), 1),
        ("len(self)", "abcd", (), 4),
        ("size(self) * arg0", [1, 2, 3], (4,), 12),
        ("max(len(self), arg0)", "ab", (-5,), 2),  # a negative count is clamped at 0
        ("arg1", "x", (3,), 0),  # a missing argument is 0
        ("1 + len(arg0) / 16", None, ("x" * 40,), 3),
        ("size(self)", IntRange(1, 50_000_000), (), 50_000_000),
        ("len(arg0)", None, (12345,), 0),  # a number has no length
        ("(len(self) + 2) * 3", "a", (), 9),
        # int(): Java's intValue() narrowing, as a GDK count taking a Number uses it
        ("int(arg0)", None, (4294967300,), 4),
        ("int(arg0)", None, (2**31,), 0),  # Integer.MIN_VALUE, clamped
        ("int(arg0)", None, (7.9,), 7),
        ("int(arg0)", None, (1e20,), 2**31 - 1),  # a Double saturates
        ("int(arg0)", None, (float("nan"),), 0),
        ("int(arg0)", None, ("12",), 0),
    ],
)
def test_expressions(expr, receiver, args, value):
    assert costs.compile_expr(expr)(receiver, args) == value


def test_the_guard_checks_the_bound_before_calling():
    called = []
    tables = _tables(lambda s, n: called.append(n) or s)
    problems = surface.bind(
        tables, LINE, KINDS, _costs("java.util.List grow = steps 1 + arg0 / 64 ; items arg0")
    )
    assert problems == []
    b = budget.Budget(budget.Limits(max_collection_size=100))
    token = budget.activate(b)
    try:
        grow = tables["METHODS"]["List"]["grow"]
        assert grow([1], 50) == [1]
        with pytest.raises(BudgetExceeded):
            grow([1], 10**9)
    finally:
        budget.deactivate(token)
    assert called == [50]  # the refused call never reached the implementation


def test_the_library_prices_every_member():
    """The library loads (bind refuses a line without a cost); every costs.txt parses."""
    entries = signature_files.load_costs()
    assert len(entries) > 500
    for path, number, text in entries:
        costs.parse_entry(text, f"{path}:{number}")


def _every_cost() -> list[costs.Cost]:
    found: dict[str, costs.Cost] = {}
    for where, number, text in signature_files.load_costs():
        cost = costs.parse_entry(text, f"{where}:{number}").cost
        found[cost.text] = cost
    return list(found.values())


_SAMPLES = [
    ("abc", ()),
    ("abc", ("x" * 640,)),
    ([1, 2, 3], (5, "yy", [1] * 40)),
    ({"a": 1}, (-3, 10**12)),
    (None, (2.5, None, "z" * 100)),
    (IntRange(1, 50, False), (7,)),
]


@pytest.mark.parametrize("cost", _every_cost(), ids=lambda c: c.text)
def test_the_pair_function_gives_what_steps_and_size_give(cost: costs.Cost) -> None:
    # a charged guard evaluates (steps, size) in one function with shared measures; it must
    # agree with the two expressions it stands for, for every cost the library declares
    if cost.size is None:
        return
    both = costs.pair_function(cost.steps, cost.size)
    for receiver, args in _SAMPLES:
        assert both(receiver, args) == (cost.steps(receiver, args), cost.size(receiver, args))
