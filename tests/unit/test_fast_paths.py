"""Fast paths in the runtime give exactly what the general path gives.

Each fast path (memoised method lookup, int/str operator shortcuts, plain list/map indexing)
is checked against the general code it short-cuts, on the edge values where they could differ.
"""

from __future__ import annotations

import pytest

from convoscript import Runtime
from convoscript.runtime.door import dispatch


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


@pytest.mark.parametrize(
    "receiver", ["'abc'", '"a${1}c"', "[1, 2]", "[a: 1]", "5", "5L", "2.5", "2.5d", "true"]
)
def test_memoised_and_fresh_lookups_agree(receiver: str) -> None:
    source = f"def r = {receiver}\n[r.toString(), r.hashCode(), r.equals(r)]"
    dispatch._METHOD_CACHE.clear()
    fresh = run(source)
    warm = run(source)
    assert fresh.error is None and warm.error is None
    assert fresh.value == warm.value


# ---- operators: fast path vs the general path ---------------------------------------------
from decimal import Decimal  # noqa: E402

from convoscript.runtime.model import budget
from convoscript.runtime.core import casts
from convoscript.runtime import numbers
from convoscript.runtime.door import operators
from convoscript.runtime.model.exceptions import BudgetExceeded, GroovyThrowable  # noqa: E402
from convoscript.lib.gdk import collections as gdk_collections
from convoscript.runtime.model.values import BigInteger, Char, Float, GString, Long  # noqa: E402

INT_MAX, INT_MIN = 2**31 - 1, -(2**31)
EDGE_INTS = [
    0,
    1,
    -1,
    2,
    -2,
    3,
    -3,
    7,
    -7,
    46341,
    -46341,
    INT_MAX,
    INT_MIN,
    INT_MAX - 1,
    INT_MIN + 1,
]
EDGE_VALUES = EDGE_INTS + [
    Long(INT_MAX + 1),
    Long(-5),
    BigInteger(2**70),
    BigInteger(-3),
    Decimal("2.50"),
    Decimal("-0.1"),
    2.5,
    -0.0,
    float("nan"),
    Float(1.5),
    None,
    True,
    "ab",
    "",
    GString(("x", ""), (1,)),
    Char("a"),
    [1],
    {"a": 1},
]
EDGE_NUMBERS = [
    v for v in EDGE_VALUES if v is None or type(v) in (int, Long, BigInteger, Decimal, float, Float)
]


def _outcome(fn, *args):
    """The result with its exact type, or the Groovy exception type and message."""
    try:
        value = fn(*args)
    except GroovyThrowable as exc:
        return ("raised", exc.java_class, str(exc))
    except TypeError as exc:  # e.g. the general path refusing a non-number
        return ("TypeError", str(exc))
    if isinstance(value, float) and value != value:
        return (float, "nan")
    return (type(value), value)


GENERAL = {
    "plus": lambda a, b: operators._binary("plus", numbers.plus, a, b),
    "minus": lambda a, b: operators._binary("minus", numbers.minus, a, b),
    "multiply": lambda a, b: operators._binary("multiply", numbers.multiply, a, b),
    "mod": lambda a, b: operators._binary("mod", numbers.mod, a, b),
}


@pytest.mark.parametrize("op", sorted(GENERAL))
def test_int_operator_fast_paths_match_the_number_tower(op: str) -> None:
    fast = getattr(operators, op)
    for a in EDGE_INTS:
        for b in EDGE_INTS:
            assert _outcome(fast, a, b) == _outcome(GENERAL[op], a, b), (op, a, b)


@pytest.mark.parametrize("op", sorted(GENERAL))
def test_operator_fast_paths_leave_other_types_to_the_general_path(op: str) -> None:
    fast = getattr(operators, op)
    for a in EDGE_NUMBERS:  # a String/List receiver goes to invoke(), not a fast path
        for b in EDGE_VALUES:
            expected = _outcome(GENERAL[op], a, b)
            if expected[0] == "TypeError":
                continue  # a non-number receiver goes to invoke(); not a fast-path concern
            assert _outcome(fast, a, b) == expected, (op, a, b)


def test_int_wraps_like_java_integer() -> None:
    assert operators.plus(INT_MAX, 1) == INT_MIN
    assert operators.minus(INT_MIN, 1) == INT_MAX
    assert operators.multiply(65536, 65536) == 0
    assert operators.mod(INT_MIN, -1) == 0
    assert operators.mod(-7, 3) == -1 and operators.mod(7, -3) == 1
    assert _outcome(operators.mod, 5, 0)[:2] == ("raised", "ArithmeticException")


def test_string_plus_fast_path_is_string_concatenation_of_groovy_text() -> None:
    from convoscript.runtime.core.text import to_string

    for b in EDGE_VALUES:
        assert operators.plus("s", b) == "s" + to_string(b)
        assert type(operators.plus("s", b)) is str


def test_list_left_shift_fast_path_matches_list_left_shift() -> None:
    for item in EDGE_VALUES:
        fast, general = [0], [0]
        assert operators.left_shift(fast, item) is fast
        assert gdk_collections.left_shift(general, item) is general
        assert fast == general if item == item else len(fast) == len(general)


def test_list_left_shift_fast_path_still_checks_the_size_limit() -> None:
    b = budget.Budget(budget.Limits(max_collection_size=2))
    token = budget.activate(b)
    try:
        items = [1, 2]
        with pytest.raises(BudgetExceeded, match="Collection size limit"):
            operators.left_shift(items, 3)
    finally:
        budget.deactivate(token)


@pytest.mark.parametrize(
    ("value_type", "target"), sorted(casts.IDENTITY_CASTS, key=lambda p: (p[0].__name__, p[1]))
)
def test_identity_casts_are_what_the_cast_table_returns(value_type: type, target: str) -> None:
    samples = {int: EDGE_INTS, str: ["", "a", "12", "null"], bool: [True, False]}[value_type]
    for value in samples:
        for explicit in (False, True):
            expected = casts._TABLE[target](value, target, explicit)
            assert type(expected) is value_type and expected == value
            assert casts.cast(value, target, explicit) is value


# ---- codegen: locals declared `int` (compiler/intlocals.py) --------------------------------
import ast  # noqa: E402

from convoscript.compiler.codegen import generate  # noqa: E402
from convoscript.compiler.resolve import resolve  # noqa: E402
from convoscript.grammar.parser import parse  # noqa: E402


def _python(source: str) -> str:
    return ast.unparse(generate(resolve(parse(source, "t.groovy"))).tree)


def test_int_locals_compare_natively_and_skip_identity_casts() -> None:
    code = _python("int i = 0\nint t = 0\nwhile (i < 10) { t += i * 2; i++ }\nt")
    assert "while v_i < 10:" in code
    assert "v_t = h_plus(v_t, h_multiply(v_i, 2))" in code
    assert "h_cast" not in code and "h_lt" not in code


@pytest.mark.parametrize(
    "source",
    [
        "Integer i = 0\nwhile (i < 10) { i++ }",  # an Integer can be null
        "long i = 0\nwhile (i < 10) { i++ }",
        "def i = 0\nwhile (i < 10) { i++ }",
        "def f = { int i -> i < 10 }",  # parameters are not declared locals
        "int m(int i) { i < 10 ? 1 : 2 }",
        "int i = 0\ndef j = 1\nwhile (i < j) { i++ }",
    ],
)
def test_values_not_provably_int_keep_the_runtime_calls(source: str) -> None:
    tree = generate(resolve(parse(source, "t.groovy"))).tree
    ordering = (ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq)
    raw = [
        c for c in ast.walk(tree) if isinstance(c, ast.Compare) and isinstance(c.ops[0], ordering)
    ]
    assert raw == []


def test_a_value_not_provably_int_is_still_cast_into_an_int_local() -> None:
    code = _python("int i = 7\ni = i / 2\nint j = i.intdiv(2)\ni += 1L")
    assert "v_i = h_cast(h_div(v_i, 2), 'int')" in code
    assert "v_j = h_cast(h_invoke(v_i, 'intdiv', 2), 'int')" in code
    assert "h_cast(h_plus(v_i, k_1), 'int')" in code


INT_EDGES = """
int x = Integer.MAX_VALUE
x++
int y = 2147483647
y += 1
int z = 65536
z *= 65536
int c = 'a'
int w = 5
def f = { int p -> p < w }
int b = 0
[1, 2, 3].each { b += it }
int m = -7
int q
int s = 3
s = s - 5
int big = 100000
big = big * big
int h = 7
h = h / 2
[x, x < 0, x == Integer.MIN_VALUE, y, y < 0, z, z == 0, c, c == 97, c > 96, f(3), f(7),
 b, b == 6, b != 6, m % 3, m % 3 == -1, 7 % -3 == 1, q, q == 0, s, s <= -2, s >= -2, s > -2,
 big, big < 0, h, h == 3]
"""


def test_int_locals_behave_as_in_groovy() -> None:
    # expected values printed by Groovy 2.4.21 for the same script
    result = run(INT_EDGES)
    assert result.error is None, result.error
    assert result.value == [
        -2147483648,
        True,
        True,
        -2147483648,
        True,
        0,
        True,
        97,
        True,
        True,
        True,
        False,
        6,
        True,
        False,
        -1,
        True,
        True,
        0,
        True,
        -2,
        True,
        True,
        False,
        1410065408,
        False,
        3,
        True,
    ]
