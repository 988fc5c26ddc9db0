"""Loops and labelled jumps inside a switch whose cases break early (codegen's general switch
form, a one-shot `while`). Expected values follow Java's switch and labelled-jump semantics,
which Groovy 2.4 keeps; not yet checked against the oracle."""

from __future__ import annotations

import pytest

from convoscript import Runtime

# each case: a `break` nested in an `if` forces the general form
CASES = {
    "loop-inside": ("""
def out = []
switch (1) {
  case 1:
    int i = 0
    while (i < 3) { i++ }
    out << i
    if (i == 3) break
    out << "no"
    break
  default:
    out << "d"
}
out""", [3]),
    "break-label-through": ("""
def out = []
outer:
for (i in 1..3) {
  switch (i) {
    case 2:
      if (i == 2) break outer
      break
    case 1:
      if (i == 1) break
      out << "no"
    default:
      out << i
  }
  out << "after" + i
}
out""", ["after1"]),
    "continue-label-through": ("""
def out = []
outer:
for (i in 1..3) {
  switch (i) {
    case 2:
      if (i == 2) continue outer
      break
    case 1:
      if (i == 1) break
      out << "no"
    default:
      out << i
  }
  out << "after" + i
}
out""", ["after1", 3, "after3"]),
    "break-label-from-a-nested-loop": ("""
def out = []
outer:
for (i in 1..3) {
  switch (i) {
    case 2:
      for (j in 1..2) { if (j == 2) break outer; out << "j" + j }
      break
    case 1:
      if (i == 1) break
      out << "no"
  }
  out << "after" + i
}
out""", ["after1", "j1"]),
}


@pytest.mark.parametrize("source,expected", CASES.values(), ids=list(CASES))
def test_jumps_out_of_a_switch_that_breaks_early(source: str, expected: list) -> None:
    result = Runtime().conversation("c-switch").run(source)
    assert result.error is None, result.error
    assert result.value == expected
