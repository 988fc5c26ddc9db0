"""The flat-dict fast paths of `to_plain`/`from_plain` give what the general conversion gives:
fresh dicts (never the argument), Long for a host int past Java int, script values converted,
the same node cap and the same budget charge."""

from __future__ import annotations

from decimal import Decimal

import pytest

from convoscript.runtime.model import budget as budget_mod
from convoscript.runtime.run.boundary import _Counter, _plain, from_plain, to_plain
from convoscript.runtime.model.budget import Budget, Limits
from convoscript.runtime.model.exceptions import BudgetExceeded
from convoscript.runtime.model.values import GString, Long

FLAT = {"s": "x", "i": 7, "f": 1.5, "d": Decimal("0.92"), "b": True, "n": None}


def test_flat_dicts_are_copied_not_returned() -> None:
    for value in (FLAT, {}):
        assert from_plain(value) == value and from_plain(value) is not value
        assert to_plain(value) == value and to_plain(value) is not value


def test_a_host_int_past_java_int_still_becomes_a_long() -> None:
    out = from_plain({"big": 2**40, "small": 1, "s": "x"})
    assert type(out["big"]) is Long and out == {"big": 2**40, "small": 1, "s": "x"}


def test_script_values_in_a_flat_map_still_convert() -> None:
    out = to_plain({"l": Long(5), "g": GString(("a", ""), (1,))})
    assert type(out["l"]) is int and out == {"l": 5, "g": "a1"}


def test_fast_path_matches_the_general_conversion() -> None:
    assert to_plain(FLAT) == _plain(FLAT, True, _Counter())
    wide = {str(i): i for i in range(5000)}
    assert to_plain(wide) == _plain(wide, True, _Counter())


def test_fast_path_keeps_the_node_cap() -> None:
    wide = {str(i): i for i in range(10)}
    to_plain(wide, max_nodes=11)  # the map and its ten values
    with pytest.raises(BudgetExceeded):
        to_plain(wide, max_nodes=10)


def test_fast_path_charges_the_budget_like_the_general_one() -> None:
    wide = {str(i): i for i in range(5000)}
    charged = []
    for convert in (lambda: to_plain(wide), lambda: _plain(wide, True, _Counter())):
        run_budget = Budget(Limits())
        token = budget_mod.activate(run_budget)
        try:
            convert()
        finally:
            budget_mod.deactivate(token)
        charged.append(run_budget.steps)
    assert charged[0] == charged[1] == 4096
