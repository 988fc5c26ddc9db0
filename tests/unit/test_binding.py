"""The run binding: handles made on first read, and otherwise the plain dict it replaced."""

from __future__ import annotations

import pytest

from convoscript.runtime.run.binding import Binding


def counting_makers() -> tuple[dict, list]:
    made: list[str] = []

    def maker(name: str):
        def make(arg: object) -> tuple:
            made.append(name)
            return (name, arg)

        return make

    return {"log": maker("log"), "execution": maker("execution")}, made


def test_a_name_is_made_on_first_read_only_and_once() -> None:
    makers, made = counting_makers()
    binding = Binding(makers, "state")
    assert made == [] and dict(binding) == {}
    assert binding["log"] == ("log", "state")
    assert binding["log"] is binding["log"]
    assert made == ["log"]


def test_membership_counts_names_not_made_yet() -> None:
    makers, made = counting_makers()
    binding = Binding(makers, "state", {"x": 1})
    assert "log" in binding and "x" in binding and "nope" not in binding
    assert binding.get("log") is None  # get() makes nothing (the frame looks for closures)
    assert made == []


def test_an_unknown_name_is_a_key_error() -> None:
    binding = Binding({}, "state")
    with pytest.raises(KeyError):
        binding["nope"]


def test_assigning_a_made_name_replaces_it_before_or_after_it_is_made() -> None:
    makers, made = counting_makers()
    binding = Binding(makers, "state")
    binding["log"] = 5
    assert binding["log"] == 5 and made == []
    assert binding["execution"] == ("execution", "state")
    binding["execution"] = None
    assert binding["execution"] is None


def test_variables_leave_out_made_names_even_when_assigned() -> None:
    makers, _ = counting_makers()
    binding = Binding(makers, "state", {"x": 1})
    binding["execution"]
    binding["log"] = 5
    binding["y"] = 2
    assert binding.variables() == {"x": 1, "y": 2}
    assert binding.is_made_name("log") and not binding.is_made_name("x")


def test_a_makers_own_key_error_is_not_a_missing_name() -> None:
    def broken(arg: object) -> object:
        return {}["missing"]

    binding = Binding({"crm": broken}, "state")
    with pytest.raises(RuntimeError, match="making 'crm' failed"):
        binding["crm"]
