"""Rows R42-R45 (issue 11, item 12): a script class's own hashCode, asType and asBoolean are
honoured where Groovy calls them — and since they are script code, one that never returns is
stopped by the run's budget wherever the runtime calls it (a Set's order, the hashCode of a
collection holding the object, `as`, Groovy truth). A script class's static initialiser runs on
the class's first use, inside the run, also under the budget.
"""

from __future__ import annotations

import pytest
from sandbox_harness import SMALL, assert_limit, row, run

LOOPING_HASH = "class K { int hashCode() { while (true) { }; 1 } }\n"
LOOPING_AS_TYPE = "class T { Object asType(Class c) { while (true) { }; null } }\n"
LOOPING_TRUTH = "class F { boolean asBoolean() { while (true) { }; true } }\n"


HASH_BOMBS = [
    # where Groovy (Java) calls hashCode (not `unique()`: Groovy 2.4 compares there): hashed
    # collections, and the hashCode of a list, map
    # or set that holds the object; before the fix these used an identity hash and ignored it
    ("list-hash-code", "[new K()].hashCode()"),
    ("map-hash-code", "[k: new K()].hashCode()"),
    ("set-hash-code", "([new K()] as Set).hashCode()"),
    ("hash-set", "def s = new HashSet(); s << new K(); s.size()"),
    ("hash-map-key", "def m = new HashMap(); m[new K()] = 1; m.size()"),
    ("to-set", "[new K()].toSet()"),
    ("count-by", "[new K()].countBy { it }"),
    ("group-by", "[new K()].groupBy { it }"),
]


@row("R43")
@pytest.mark.parametrize("source", [b[1] for b in HASH_BOMBS], ids=[b[0] for b in HASH_BOMBS])
def test_R43_a_looping_user_hash_code_is_stopped_by_the_budget(source: str) -> None:
    assert_limit(run(LOOPING_HASH + source), "steps")


AS_TYPE_BOMBS = [
    ("as-string", "new T() as String"),
    ("as-list", "new T() as List"),
    ("as-boolean", "new T() as boolean"),
    ("as-script-class", "new T() as T"),
    ("in-collect", "[new T()].collect { it as String }"),
]


@row("R44")
@pytest.mark.parametrize("source", [b[1] for b in AS_TYPE_BOMBS], ids=[b[0] for b in AS_TYPE_BOMBS])
def test_R44_a_looping_user_as_type_is_stopped_by_the_budget(source: str) -> None:
    assert_limit(run(LOOPING_AS_TYPE + source), "steps")


TRUTH_BOMBS = [
    ("if", "if (new F()) { 1 }"),
    ("not", "!new F()"),
    ("elvis", "new F() ?: 2"),
    ("find-all", "[new F()].findAll()"),
    ("grep", "[new F()].grep()"),
    ("any", "[new F()].any()"),
    ("as-boolean", "new F() as boolean"),
    ("typed-boolean", "boolean b = new F()"),
    ("assert", "assert new F()"),
]


@row("R45")
@pytest.mark.parametrize("source", [b[1] for b in TRUTH_BOMBS], ids=[b[0] for b in TRUTH_BOMBS])
def test_R45_a_looping_user_as_boolean_is_stopped_by_the_budget(source: str) -> None:
    # a regression row: Groovy truth already called asBoolean in every one of these places
    assert_limit(run(LOOPING_TRUTH + source), "steps")


@row("R44")
def test_R44_what_a_user_as_type_returns_is_checked_against_the_type() -> None:
    result = run(
        'class T { Object asType(Class c) { c == String ? "ok" : [1] } }\n'
        "def t = new T()\nprintln(t as String)\nt as Map"
    )
    assert result.stdout == "ok\n"
    assert result.error is not None and result.error.type == "ClassCastException"
    assert result.error.message == (
        "class java.util.ArrayList cannot be cast to class java.util.Map"
    )


STATIC_INIT = (
    "class Trace { static List events = [] }\n"
    "class Slow { static int x = { Trace.events << 'init'; while (true) { }; 1 }() }\n"
    "println 'first statement'\n"
)


@row("R42")
def test_R42_a_static_initialiser_runs_on_first_use_under_the_budget() -> None:
    # before the fix it ran before the script's first statement
    unused = run(STATIC_INIT + "println 'done'")
    assert unused.error is None and unused.stdout == "first statement\ndone\n"
    used = run(STATIC_INIT + "println Slow.x")
    assert used.stdout == "first statement\n"
    assert_limit(used, "steps", SMALL)


@row("R42")
def test_R42_a_failing_static_initialiser_is_an_error_scripts_cannot_take_for_an_exception() -> (
    None
):
    result = run(
        "class D { static int v = { throw new IllegalStateException('bad') }() }\n"
        "try { D.v } catch (Exception e) { println 'caught' }\n"
    )
    assert result.stdout == ""
    assert result.error is not None and result.error.type == "ExceptionInInitializerError"
