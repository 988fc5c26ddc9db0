"""Generated worst-case calls (issue 11, item 2; row R30): for every signature line, calls with
maximal and adversarial inputs (tools/surface/gen_worst.py, values in worst_values.py), each of
which must end within max_seconds + 50 ms (times CI_SLACK here) and under the memory budget,
with LimitExceeded, a Groovy exception or a result -- never an InternalError, an escaping
Python exception, a hang or a dead worker.

By default a deterministic subset runs (the maximal call of every class's lowest-hashing
signature, 156 calls, plus the baseline of each value they use, in two workers);
`CONVOSCRIPT_WORST_FULL=1` runs every call (8,071 plus 232 baselines; the sweep took 30 min
with 3 workers on the loaded 2-core box). Calls recorded in
tests/security/data/worst_fails_today.txt fail today: they are strict xfails, so a fix flips
them and its line must go (or regenerate it: gen_worst.py --write-fails REPORT --confirm).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from sandbox_harness import row, run

from convoscript import Limits

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools" / "surface"))

import gen_worst as W

FULL = os.environ.get("CONVOSCRIPT_WORST_FULL") == "1"
CALLS, BASELINES, UNCOVERED = W.all_calls()
SELECTED = CALLS if FULL else W.subset(CALLS)
_USED = {v for c in SELECTED for v in c.values}
RUN = [b for b in BASELINES if b.values[0] in _USED] + SELECTED
KNOWN = W.known_fails()
# A hang is declared after this long in CI (the full sweep waits W.HARD_SECONDS).
CI_HARD_SECONDS = 3.0


@pytest.fixture(scope="module")
def results():
    pool = W.Pool(2, hard_seconds=W.HARD_SECONDS if FULL else CI_HARD_SECONDS)
    try:
        yield pool.run(RUN)
    finally:
        pool.close()


def _param(call: W.Call):
    marks = []
    if call.id in KNOWN:
        marks.append(pytest.mark.xfail(strict=True, reason="fails today: " + KNOWN[call.id]))
    return pytest.param(call, id=call.id, marks=marks)


@row("R30")
@pytest.mark.parametrize("call", [_param(c) for c in RUN])
def test_R30_worst_case_call_ends_in_time_and_memory(call, results):
    got = results[call.id]
    kind = W.verdict(got, slack=W.CI_SLACK)
    assert kind in ("pass", "n/a"), (
        f"{kind}: {call.signature} with {' ; '.join(W.label(v)[:80] for v in call.values)}: "
        f"{got['outcome']} in {got['seconds']} s, peak {got['peak']} B "
        f"(budget {W.memory_budget()} B): {got.get('error', '')}"
    )


@row("R30")
def test_R30_every_signature_has_worst_case_calls():
    assert UNCOVERED == []
    assert len({c.signature for c in CALLS}) >= 3000


@row("R30")
def test_R30_generation_is_deterministic():
    again, _, _ = W.all_calls()
    assert [(c.id, c.source) for c in again] == [(c.id, c.source) for c in CALLS]


@row("R30")
def test_R30_known_failures_name_generated_calls():
    ids = {c.id for c in CALLS + BASELINES}
    assert sorted(k for k in KNOWN if k not in ids) == []


@row("R30")
def test_R30_the_subset_represents_every_class():
    assert {c.group for c in W.subset(CALLS)} == {c.group for c in CALLS}


@row("R30")
@pytest.mark.parametrize(
    "call, printed",
    [
        ('"ab".padLeft(Double.NaN)', "ab"),
        ('"ab".center(Double.NaN)', "ab"),
        ('"ab".padRight(-1.0e300d, "x")', "ab"),
        ('"ab".padLeft(4294967300L, "x")', "xxab"),
        ('"ab" * Double.NaN', ""),
        ('"ab" * 4294967298L', "abab"),
    ],
)
def test_R30_sweep_finding_number_counts_narrow_like_int_value(call, printed):
    """Found by the sweep: a Number count of NaN or infinity was an InternalError (Python's
    int() raised); Groovy takes `intValue()` (NaN is 0, a Long wraps). Outputs from Groovy 2.4."""
    result = run(f"println({call})")
    assert result.error is None, result.error
    assert result.stdout == printed + "\n"


@row("R30")
def test_R30_sweep_finding_budget_running_out_while_the_error_is_described():
    """Found by the sweep (`{ -> null }.leftShift(deep list)` under load): a
    MissingMethodException ranks its "Possible solutions" when its message is first read, on
    the run's budget; when that read ran the budget out, BudgetExceeded escaped `run()` as a
    Python exception. Steps are deterministic: every step limit must give a result."""
    source = "def c = { -> null }\nc.leftShif([1])\n"
    outcomes = set()
    for steps in range(1, 200):
        result = run(source, limits=Limits(max_steps=steps))
        outcomes.add((result.error.type, getattr(result.error, "limit", None)))
    assert outcomes == {("LimitExceeded", "steps"), ("MissingMethodException", None)}


@row("R30")
def test_R30_sweep_finding_self_containing_index_list_ends_at_the_depth_limit():
    """Found by the sweep: `s.getAt(l)` walks a nested index list recursively (as Groovy
    does); a list that contains itself recursed with no depth or step charge and hung (Groovy
    ends in StackOverflowError). Each level is now a call on the budget."""
    result = run('def l = [1]; l << l\n("9" * 20000).getAt(l)', limits=Limits(max_seconds=1.0))
    assert result.error is not None and result.error.type == "LimitExceeded"
    assert result.cost["seconds"] < 1.0
    nested = run('"abcdef"[[0, [2, 3], 1..2]]')
    assert nested.error is None and nested.value == "acdbc"
