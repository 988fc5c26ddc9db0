"""Issue 11: builtins whose work or result grows with their inputs, charged before they build it
(rows R19-R23 of docs/threat-coverage.md).

Each hazard was a gap on the code before this change: it hung, built a string far past the
limit, or took seconds in a quadratic loop. They run in one child process (`run_isolated_batch`)
so that a regression hangs the child, not the suite.
"""

from __future__ import annotations

import pytest
from sandbox_harness import SMALL, assert_limit, assert_value, row, run, run_isolated_batch

BOMB = SMALL.replace(max_seconds=0.3, max_steps=50_000)
P = "def P = 2G**61 - 1\n"  # Python hashes an int as its value modulo 2**61 - 1
DECIMALS = "def l = (1..10000).collect { (it * P) as BigDecimal }\n"
DECIMALS2 = "def l2 = (10001..20000).collect { (it * P) as BigDecimal }\n"

HAZARDS = {
    # first: the child's first run loads the library (inside that run's clock)
    "warm-up": '"a".trim().size()',
    # R19: text layout
    "unexpand-zero": '"abcdefgh".unexpand(0)',
    "expand-huge-tab-stop": '("\\t" * 1000).expand(1000000000).size()',
    "tr-hyphen-ranges": 'def s = "a-\\uffff"\n"abc".tr(s * 10000, "A")',
    "tr-long-sets": 'def n = 0\n3.times { n += ("ab" * 40000).tr("ab" + "x" * 99000, "yz").size() }\nn',
    "tokenize-huge-delimiters": 'def t = "ab" * 50000\ndef d = "c" * 99000\ndef n = 0\n'
    "3.times { n += t.tokenize(d).size() }\nn",
    # R20: huge ranges materialised before any size check
    "range-spread-dot": "(1..50000000)*.toString().size()",
    "range-as-set": "((1..50000000) as Set).size()",
    "range-as-int-array": "((1..50000000) as int[]).length",
    "range-property": "(1..50000000).size",
    "range-to-string": '("" + (1..50000000)).size()',
    "range-gstring": '"${1..50000000}".size()',
    "range-equals-range": "(1..50000000) == (1..50000001)",
    "list-equals-range": "[1, 2] == (1..50000000)",
    # R21: Set lookups walked every element
    "set-contains-all": 'def a = (1..10000).collect { "k$it".toString() } as Set\n'
    'def b = (1..10000).collect { "k$it".toString() } as Set\n'
    "def n = 0\n5.times { if (a.containsAll(b)) n++ }\nn",
    "set-equality": 'def a = (1..10000).collect { "k$it".toString() } as Set\n'
    'def b = (1..10000).collect { "k$it".toString() }.reverse() as Set\n'
    "def n = 0\n5.times { if (a == b) n++ }\nn",
    # R22: keys chosen to collide under Python's numeric hash
    "bigint-hash-flood-set": P + "def s = new HashSet()\nfor (i in 1..10000) { s << i * P + 7 }\n"
    "s.size()",
    "bigint-hash-flood-map": P + "def m = [:]\nfor (i in 1..10000) { m[i * P + 7] = i }\nm.size()",
    "list-key-hash-flood": P + "def s = [] as Set\nfor (i in 1..10000) { s << [i * P + 7] }\n"
    "s.size()",
    # BigDecimals k * (2**61 - 1) share one Python hash (`decimal` hashes by value)
    "decimal-hash-flood-unique": P + DECIMALS + "l.unique().size()",
    "decimal-hash-flood-minus": P + DECIMALS + DECIMALS2 + "(l - l2).size()",
    "decimal-hash-flood-intersect": P + DECIMALS + DECIMALS2 + "l.intersect(l2).size()",
    "decimal-hash-flood-disjoint": P + DECIMALS + DECIMALS2 + "l.disjoint(l2)",
}
LIMITED = {
    "unexpand-zero": ("steps", "time"),
    "expand-huge-tab-stop": "memory",
    "tr-hyphen-ranges": ("memory", "steps"),
    "range-spread-dot": "memory",
    "range-as-set": "memory",
    "range-as-int-array": "memory",
    "range-property": "memory",
    "range-to-string": "memory",
    "range-gstring": "memory",
}
VALUES = {
    "tr-long-sets": 240000,
    "tokenize-huge-delimiters": 3,
    "range-equals-range": False,
    "list-equals-range": False,
    "set-contains-all": 5,
    "set-equality": 5,
    "bigint-hash-flood-set": 10000,
    "bigint-hash-flood-map": 10000,
    "list-key-hash-flood": 10000,
    "decimal-hash-flood-unique": 10000,
    "decimal-hash-flood-minus": 10000,
    "decimal-hash-flood-intersect": 0,
    "decimal-hash-flood-disjoint": True,
}
_results: dict[str, dict] = {}


def outcome(name: str) -> dict:
    if not _results:
        limits = BOMB.replace(max_seconds=1.0, max_steps=200_000)
        hazards = {k: v for k, v in HAZARDS.items() if k not in VALUES}
        _results.update(run_isolated_batch(hazards, limits, timeout=60, mem_mb=1500))
    return _results[name]


ROWS = {
    "R19": [
        "unexpand-zero",
        "expand-huge-tab-stop",
        "tr-hyphen-ranges",
        "tr-long-sets",
        "tokenize-huge-delimiters",
    ],
    "R20": [
        "range-spread-dot",
        "range-as-set",
        "range-as-int-array",
        "range-property",
        "range-to-string",
        "range-gstring",
        "range-equals-range",
        "list-equals-range",
    ],
    "R21": ["set-contains-all", "set-equality"],
    "R22": [
        "bigint-hash-flood-set",
        "bigint-hash-flood-map",
        "list-key-hash-flood",
        "decimal-hash-flood-unique",
        "decimal-hash-flood-minus",
        "decimal-hash-flood-intersect",
        "decimal-hash-flood-disjoint",
    ],
}


# quadratic work ends, but slowly: run in this process, without the child's tracemalloc (which
# slows allocation several times), against the clock
FAST = SMALL.replace(max_seconds=2.0, max_steps=1_000_000, max_collection_size=20_000)


def _check(name: str) -> None:
    if name in VALUES:
        result = run(HAZARDS[name], limits=FAST)
        assert_value(result, VALUES[name])
        # linear: about 0.1 s on an idle machine; quadratic (before): 2 s and more
        assert result.cost["seconds"] < 1.0, result.cost
        return
    got = outcome(name)
    assert got["status"] == "ok", got
    if name in LIMITED:
        kinds = LIMITED[name]
        kinds = kinds if isinstance(kinds, tuple) else (kinds,)
        assert got["type"] == "LimitExceeded" and got["limit"] in kinds, got
        assert "Out of memory" not in (got.get("message") or ""), got
    # ended by a check made before the work, or at the budget
    assert got["cost_seconds"] < 1.2, got
    assert got["peak_alloc_mb"] < 50, got


@row("R19")
@pytest.mark.parametrize("name", ROWS["R19"])
def test_R19_text_layout_builtins_are_bounded(name: str) -> None:
    _check(name)


@row("R20")
@pytest.mark.parametrize("name", ROWS["R20"])
def test_R20_huge_ranges_are_refused_before_materialising(name: str) -> None:
    _check(name)


@row("R21")
@pytest.mark.parametrize("name", ROWS["R21"])
def test_R21_set_lookups_are_hashed(name: str) -> None:
    _check(name)


@row("R22")
@pytest.mark.parametrize("name", ROWS["R22"])
def test_R22_numeric_keys_cannot_be_chosen_to_collide(name: str) -> None:
    _check(name)


@row("R22")
@pytest.mark.parametrize(
    "build",
    [
        "l.toSet()",
        "l as Set",
        "new HashSet(l)",
        "new LinkedHashSet(l)",
        "l.toUnique() as Set",
        "(l as Set).size()",
    ],
)
def test_R22_a_set_of_decimals_chosen_to_share_a_hash_is_refused(build: str) -> None:
    """A BigDecimal stays Python's `decimal.Decimal` (its hash fixed by value) where it is a
    Set element: more than 64 distinct ones of one hash are refused before the C insert
    (it was 1 s for 10,000, 4 s for 20,000, inside one call the deadline cannot stop)."""
    result = run(P + DECIMALS + build, limits=FAST)
    assert_limit(result, "hash", FAST)
    assert result.cost["seconds"] < 1.0, result.cost


@row("R22")
@pytest.mark.parametrize(
    "source,value",
    [
        # honest decimals are not refused, and Groovy `==` still merges equal numbers
        ("((1..5000).collect { it / 7 } as Set).size()", 5000),
        ("[1, 1.0G, 1.0d, 2L, 2G, 2.5G, 2.5d, 2.50G].unique().size()", 3),
        ("[99999999999999999999G, 99999999999999999999.0G].unique().size()", 1),
        ("([0.1G, 0.2G, 0.3G] - [0.10G]).size()", 2),
    ],
)
def test_R22_decimal_keys_keep_groovy_equality(source: str, value: object) -> None:
    """Groovy 2.4's answers (the second unique() kept two numbers before: a BigInteger beyond
    the Long range and the equal BigDecimal hashed differently)."""
    assert_value(run(source), value)


@row("R19")
@pytest.mark.parametrize(
    "source,value",
    [
        ('"a\\t\\tb\\nxy\\tz".expand(3).replace(" ", ".")', "a.....b\nxy.z"),
        ('"a   b  c      d".unexpand(3).replace("\\t", "T")', "aT bT cTT  d"),
        ('"a\\tb".expand(-3)', "ab"),
        ('"".unexpand(0)', ""),
        ('"hello".tr("a-y", "b-z")', "ifmmp"),
        ('"abc".tr("a-c", "x")', "xxx"),
        ("[1, 2, [3]] as Set == [[3], 2, 1L] as Set", True),
        ("([1] as Set).contains(1L)", False),
        ("(1..3) == [1, 2, 3]", True),
    ],
)
def test_R19_layout_and_set_results_still_match_groovy(source: str, value: object) -> None:
    """Outputs of Groovy 2.4 for the rewritten (linear) implementations."""
    assert_value(run(source), value)
