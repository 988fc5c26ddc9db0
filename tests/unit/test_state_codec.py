"""The store's state codec (convoscript/store/codec.py) writes exactly the bytes the
hand-written writer wrote (`jsonio.dumps` behind the tag walk below, the format's
reference) and reads them back as the same values, types included: states stored before the
faster writer load as they did, and a state stored now reads the same in an older convoscript.
"""

from __future__ import annotations

import json
import math
import sys
from collections import OrderedDict
from decimal import Decimal

import pytest
import simplejson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convoscript import jsonio
from convoscript.runtime.model.budget import MAX_DATA_NESTING, Limits
from convoscript.runtime.model.pythonlimits import fit_recursion_limit
from convoscript.store import codec

NUL = "\u0000"


# ---- the format's reference: the writer and reader the codec had before ----------------------
def reference_tag(value: object) -> object:
    t = type(value)
    if t is float:
        return {NUL + "double": repr(value)}
    if t is dict:
        if all(type(k) is str for k in value):  # type: ignore[union-attr]
            return {
                (NUL + k if k.startswith(NUL) else k): reference_tag(v)
                for k, v in value.items()  # type: ignore[union-attr]
            }
        return {NUL + "map": [[reference_tag(k), reference_tag(v)] for k, v in value.items()]}  # type: ignore[union-attr]
    if t is list or t is tuple:
        return [reference_tag(v) for v in value]  # type: ignore[union-attr]
    return value


def reference_encode(state: object) -> str:
    return jsonio.dumps(reference_tag(state), indent=None)


def reference_decode(text: str) -> object:
    return json.loads(text, parse_float=Decimal, object_pairs_hook=codec._untag)


def typed(value: object) -> object:
    """`value` with every leaf's type and exact text beside it: `1`, `1.0`, `True`,
    `Decimal("1.0")` and `-0.0` all differ, as they must after a round trip."""
    if isinstance(value, dict):
        return ("map", [(typed(k), typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    return (type(value).__name__, repr(value))


# ---- generated states -------------------------------------------------------------------------
text = st.text(
    st.characters(codec="utf-8")
    | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
    | st.sampled_from([NUL, '"', "\\", "\n", "\u2028", "\x7f", "E"]),
    max_size=12,
)
decimals = st.decimals(allow_nan=False, allow_infinity=False) | st.builds(
    lambda digits, exp, sign: Decimal((sign, tuple(digits), exp)),
    st.lists(st.integers(0, 9), min_size=1, max_size=40),
    st.integers(-60, 60),
    st.integers(0, 1),
)
leaves = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**200), max_value=2**200)
    | st.floats(allow_nan=False)
    | decimals
    | text
)
keys = text | st.sampled_from([NUL + "double", NUL + "map", NUL + NUL + "x", ""]) | leaves
states = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(keys, inner, max_size=5)
        | st.dictionaries(text, inner, max_size=5)
    ),
    max_leaves=40,
)
SETTINGS = settings(
    max_examples=400, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@SETTINGS
@given(states)
def test_the_codec_writes_the_reference_bytes_and_reads_them_back(state: object) -> None:
    text = codec.encode(state)
    assert text == reference_encode(state)
    text.encode("utf-8")  # storable whatever the text held
    assert typed(codec.decode(text)) == typed(reference_decode(text))
    assert typed(codec.decode(text)) == typed(round_tripped(state))


def round_tripped(value: object) -> object:
    """What the format (unchanged) makes of `value`: map keys that were lists or maps come
    back as their JSON text, and a Decimal written without a point or exponent (`12`, `-0`)
    as an int."""
    if isinstance(value, dict):
        return {
            (jsonio.dumps(k, indent=None) if isinstance(k, (list, dict)) else round_tripped(k)): (
                round_tripped(v)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [round_tripped(v) for v in value]
    if type(value) is Decimal and not any(c in str(value) for c in ".E"):
        return int(value)
    return value


@SETTINGS
@given(states.map(reference_tag))
def test_compact_writes_what_dumps_writes_for_tagged_data(value: object) -> None:
    assert jsonio.compact(value) == jsonio.dumps(value, indent=None)


def test_pure_python_simplejson_writes_the_same_bytes() -> None:
    # without simplejson's C speedups (a platform with no wheel) the writer is slower, not other
    state = {"a": [Decimal("1E+3"), Decimal("NaN"), 1.5, "x\ud83d\u0000"], "b": {1: None}}
    expected = reference_encode(state)
    fast = jsonio._COMPACT, jsonio._COMPACT_EXACT
    simplejson._toggle_speedups(False)
    try:
        jsonio._COMPACT = simplejson.JSONEncoder(use_decimal=True, default=str, **jsonio._OPTIONS)
        jsonio._COMPACT_EXACT = simplejson.JSONEncoder(
            use_decimal=False, default=jsonio._exact_default, **jsonio._OPTIONS
        )
        assert codec.encode(state) == expected
    finally:
        simplejson._toggle_speedups(True)
        jsonio._COMPACT, jsonio._COMPACT_EXACT = fast


@pytest.mark.parametrize(
    "value",
    [
        Decimal("NaN"),
        Decimal("-Infinity"),
        Decimal("sNaN"),
        Decimal("1E+3"),
        Decimal("-0"),
        Decimal("-0E-9"),
        Decimal("1." + "0" * 60),
        "NaN",
        "Infinity",
        float("nan"),
        float("-inf"),
        -0.0,
        2**300,
    ],
)
def test_numbers_and_their_look_alikes_are_written_as_before(value: object) -> None:
    state = {"v": value, "l": [value, "text"]}
    assert codec.encode(state) == reference_encode(state)
    assert typed(codec.decode(codec.encode(state))) == typed(reference_decode(codec.encode(state)))


def test_host_subclasses_and_unknown_objects_are_written_as_their_plain_types() -> None:
    class Text(str):
        pass

    class Number(int):
        pass

    state = {"t": Text("x"), "n": Number(3), "tuple": (1, "a"), "o": object}
    assert codec.encode(state) == reference_encode(state)


def test_a_host_map_subclass_is_tagged_like_a_map() -> None:
    # before, an OrderedDict (say) was written untagged: its floats came back as BigDecimals
    state = {"m": OrderedDict(f=1.5, k=Decimal("2.50"))}
    assert typed(codec.decode(codec.encode(state))) == typed(
        {"m": {"f": 1.5, "k": Decimal("2.50")}}
    )


@pytest.mark.parametrize(
    "state",
    [
        {"plain": [1, "two", Decimal("3.0")]},  # no NUL at all: the C scanner alone
        {"f": 1.5, "m": {1: 2}},  # tags, no escaped key
        {NUL + "double": "1.5", "f": 2.5},  # an escaped key: the pairs reader
        {"x": {NUL + "map": [[1, 2]], "y": NUL + NUL}},  # a tag-like map of the state's own
        {"s": "a\\u0000b"},  # the escape's text in a string, not a NUL
    ],
)
def test_every_reading_path_reads_what_the_reference_reads(state: dict) -> None:
    text = reference_encode(state)
    assert typed(codec.decode(text)) == typed(reference_decode(text)) == typed(round_tripped(state))


def test_text_read_as_bytes_reads_the_same() -> None:
    # the Redis store hands the codec bytes
    state = {"f": 1.5, NUL + "k": {2: "é\ud83d"}, "d": Decimal("2.50")}
    text = codec.encode(state)
    assert typed(codec.decode(text.encode("utf-8"))) == typed(codec.decode(text))


def test_a_forged_tag_that_is_not_well_formed_stays_a_map() -> None:
    for text in ('{"\\u0000double": 1}', '{"\\u0000double": "x"}', '{"\\u0000map": [[1]]}'):
        assert typed(codec.decode(text)) == typed(reference_decode(text))


def nested(depth: int) -> object:
    state: object = {"f": 0.5, "d": Decimal("1E-7"), 1: "x"}
    for i in range(depth):
        state = [state] if i % 2 else {"k": state, "f": 1.0}
    return state


def test_state_nests_as_deep_as_it_did_within_pythons_default_recursion_limit() -> None:
    # 1,000 frames (less pytest's) held 400 levels for the reference writer: still so
    state, limit = nested(400), sys.getrecursionlimit()
    sys.setrecursionlimit(1000)
    try:
        text = codec.encode(state)
        assert text == reference_encode(state)
        assert codec.decode(text) == reference_decode(text)
    finally:
        sys.setrecursionlimit(limit)


def test_state_nested_as_deep_as_a_state_may_be_round_trips() -> None:
    fit_recursion_limit(Limits().max_depth)  # as making a Runtime does
    state = nested(MAX_DATA_NESTING)
    text = codec.encode(state)
    assert text == reference_encode(state)
    assert typed(codec.decode(text)) == typed(round_tripped(state))
