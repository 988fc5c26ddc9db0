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
    return jsonio.dumps(_tag(state), indent=None)


def decode(text: str) -> object:
    return json.loads(text, parse_float=Decimal, object_pairs_hook=_untag)


def _key(key: str) -> str:
    return _NUL + key if key.startswith(_NUL) else key


def _tag(value: Any) -> object:
    t = type(value)
    if t is float:
        return {_DOUBLE: repr(value)}
    if t is dict:
        if all(type(k) is str for k in value):
            return {_key(k): _tag(v) for k, v in value.items()}
        return {_MAP: [[_tag(k), _tag(v)] for k, v in value.items()]}
    if t is list or t is tuple:
        return [_tag(v) for v in value]
    return value


def _untag(pairs: list) -> object:
    if len(pairs) == 1:
        key, value = pairs[0]
        if key == _DOUBLE and type(value) is str:
            number = _float(value)
            if number is not None:
                return number
        if key == _MAP and type(value) is list and all(_is_pair(p) for p in value):
            return {_hashable(k): v for k, v in value}
    return {(k[1:] if k.startswith(_NUL + _NUL) else k): v for k, v in pairs}


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
