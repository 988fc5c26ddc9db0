"""Fast paths in the runtime give exactly what the general path gives.

Each fast path (memoised method lookup, int/str operator shortcuts, plain list/map indexing)
is checked against the general code it short-cuts, on the edge values where they could differ.
"""

from __future__ import annotations

import pytest

from convoscript import Runtime
from convoscript.runtime import dispatch


def run(source: str):
    return Runtime().conversation("c-fast").run(source)


# ---- memoised method lookup (dispatch._METHOD_CACHE) ----------------------------------------
def test_a_memoised_method_still_falls_through_to_missing_method() -> None:
    # the first call fills the memo; a later misfit must still be a MissingMethodException
    result = run("assert 'abc'.contains('b')\n'abc'.contains(1)")
    assert result.error is not None and result.error.type == "MissingMethodException"


def test_a_memoised_name_stays_refused_when_denied() -> None:
    result = run("'abc'.size()\n'abc'.size()\n'ls'.execute()")
    assert result.error is not None and result.error.type == "SecurityViolation"
    assert ("String", "execute") not in {(t.__name__, n) for t, n in dispatch._METHOD_CACHE}


def test_a_map_closure_value_is_called_after_memoised_tables_miss() -> None:
    result = run("def m = [size: 1, f: { x -> x * 2 }]\nassert m.size() == 2\nm.f(21)")
    assert result.error is None and result.value == 42


def test_handles_and_script_objects_are_never_memoised() -> None:
    run("class P { def size() { 7 } }\nassert new P().size() == 7\nlog.info('x')")
    assert all(dispatch.has_fixed_chain(t) for t, _ in dispatch._METHOD_CACHE)


@pytest.mark.parametrize("receiver", ["'abc'", "\"a${1}c\"", "[1, 2]", "[a: 1]", "5", "5L",
                                      "2.5", "2.5d", "true"])
def test_memoised_and_fresh_lookups_agree(receiver: str) -> None:
    source = f"def r = {receiver}\n[r.toString(), r.hashCode(), r.equals(r)]"
    dispatch._METHOD_CACHE.clear()
    fresh = run(source)
    warm = run(source)
    assert fresh.error is None and warm.error is None
    assert fresh.value == warm.value
