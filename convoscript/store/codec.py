"""State <-> JSON text for stores, exact for every plain value a run can leave behind.

Plain JSON as written by `convoscript.jsonio` (Decimals keep their digits, so BigDecimal
round-trips exactly), with two tagged forms for what JSON cannot say by itself:

- a float (Groovy Double) is written `{"\\u0000double": "1.5"}` — a bare `1.5` would come back
  as a BigDecimal;
- a map with a key that is not a string is written `{"\\u0000map": [[key, value], ...]}`.

Tags cannot be forged: a map key of the state's own that starts with NUL is written with one
more NUL in front (`"\\u0000double"` becomes `"\\u0000\\u0000double"`) and loses it on the way
back, so no key a script writes ever reads as a tag. Decoding never fails on a tag-like object
that is not a well-formed tag (text stored before keys were escaped): it stays a map.

The text is `jsonio.compact`'s (simplejson's C encoder, byte for byte what the hand-written
`jsonio.dumps` wrote: stored states and the format are unchanged), after a walk that copies
only the maps and lists on the way to a Double, a non-string key or a NUL key (the rest is
passed on as it is); reading builds the maps in the C scanner, with a call per map (for a
tag) only when the text holds a NUL, and per entry only when it holds an escaped key.
Measured in bench/bench_state_encoding.py.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from convoscript import jsonio

_NUL = "\u0000"
_DOUBLE = "\u0000double"
_MAP = "\u0000map"


def encode(state: object) -> str:
    return jsonio.compact(_tag(state))


def decode(text: str | bytes) -> object:
    if not isinstance(text, str):  # Redis answers bytes: as json.loads reads them
        text = text.decode(json.detect_encoding(text), "surrogatepass")
    # Every tag and escaped key starts with NUL, which JSON can only write as `\u0000`: text
    # without it has none (most of a state's maps are then built by the C scanner alone), and
    # text without two in a row has no escaped key, so only one-entry maps need a look.
    if "\\u0000" not in text:
        return json.loads(text, parse_float=Decimal)
    if "\\u0000\\u0000" not in text:
        return json.loads(text, parse_float=Decimal, object_hook=_untag_one)
    return json.loads(text, parse_float=Decimal, object_pairs_hook=_untag)


def _key(key: str) -> str:
    return _NUL + key if key.startswith(_NUL) else key


# Exact types written as they are: a container holding only these is passed on uncopied.
_LEAVES = frozenset((str, int, bool, type(None), Decimal))
_STR = frozenset((str,))


def _tag(value: Any) -> object:
    # one frame and one comprehension per level, as before: state nests as deep as it did
    t = type(value)
    if t is dict:
        if not _STR.issuperset(map(type, value)):
            return {_MAP: [[_tag(k), _tag(v)] for k, v in value.items()]}
        # a key starting with NUL sorts first (after "" only): one C-level min() rules them out
        if value and min(value) < "\x01" and any(k.startswith(_NUL) for k in value):
            return {_key(k): _tag(v) for k, v in value.items()}
        if _LEAVES.issuperset(map(type, value.values())):
            return value
        # leaves and Doubles (most of what is left: timestamps, prices) without a call each
        return {
            k: v if type(v) in _LEAVES else {_DOUBLE: repr(v)} if type(v) is float else _tag(v)
            for k, v in value.items()
        }
    if t is list:
        if _LEAVES.issuperset(map(type, value)):
            return value
        return [
            v if type(v) in _LEAVES else {_DOUBLE: repr(v)} if type(v) is float else _tag(v)
            for v in value
        ]
    if t is float:
        return {_DOUBLE: repr(value)}
    if t in _LEAVES:
        return value
    return _tag_subclass(value)


def _tag_subclass(value: object) -> object:
    """A host's subclass or tuple, tagged as the type it extends; anything else as it is."""
    if isinstance(value, float):
        return {_DOUBLE: repr(float(value))}
    if isinstance(value, dict):
        return _tag(dict(value))
    if isinstance(value, (list, tuple)):
        return _tag(list(value))
    return value


def _untag_one(value: dict) -> object:
    """`_untag` for text with no escaped key: a map is a tag or itself. (Of two entries with
    one key, only the last is seen here: text no convoscript wrote; `_untag` would keep it.)"""
    if len(value) == 1:
        tagged = _tagged(*next(iter(value.items())))
        if tagged is not _NOT_A_TAG:
            return tagged
    return value


def _untag(pairs: list) -> object:
    if len(pairs) == 1:
        tagged = _tagged(*pairs[0])
        if tagged is not _NOT_A_TAG:
            return tagged
    return {(k[1:] if k.startswith(_NUL + _NUL) else k): v for k, v in pairs}


_NOT_A_TAG = object()


def _tagged(key: str, value: object) -> object:
    """The value a one-entry map `{key: value}` tags, or _NOT_A_TAG."""
    if key == _DOUBLE and type(value) is str:
        number = _float(value)
        if number is not None:
            return number
    if key == _MAP and type(value) is list and all(_is_pair(p) for p in value):
        return {_hashable(k): v for k, v in value}
    return _NOT_A_TAG


def _float(text: str) -> float | None:
    """The float a double tag holds (repr of a float, `nan` and `inf` included), else None."""
    try:
        return float(text)
    except ValueError:
        return None


def _is_pair(item: object) -> bool:
    return type(item) is list and len(item) == 2


def _hashable(key: object) -> object:
    return key if not isinstance(key, (list, dict)) else jsonio.dumps(key, indent=None)
