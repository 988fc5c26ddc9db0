"""Boundary hygiene: values crossing between host and script.

`from_plain` turns host data (JSON-like: str, int, float, Decimal, bool, None, list, dict) into
fresh runtime values (so a run never aliases host objects); `to_plain` turns whatever a script
left behind back into plain data — no closure, handle or runtime object ever reaches the host.
"""

from __future__ import annotations

from decimal import Decimal

from .text import to_string
from .types import GSet, MapEntry
from .values import INT_MAX, INT_MIN, LONG_MAX, LONG_MIN, BigInteger, GString, IntRange, Long


def from_plain(value: object) -> object:
    t = type(value)
    if value is None or t is str or t is bool or t is Decimal or t is float:
        return value
    if t is int:
        if INT_MIN <= value <= INT_MAX:  # type: ignore[operator]
            return value
        if LONG_MIN <= value <= LONG_MAX:  # type: ignore[operator]
            return Long(value)
        return BigInteger(value)
    if isinstance(value, (list, tuple)):
        return [from_plain(v) for v in value]
    if isinstance(value, dict):
        return {from_plain(k): from_plain(v) for k, v in value.items()}
    if isinstance(value, (int, float, Decimal)):  # host subclasses: normalise
        return from_plain(int(value) if isinstance(value, int) else value)
    raise TypeError(f"convoscript state holds only JSON-like data, not {t.__name__}")


def to_plain(value: object, _seen: tuple = ()) -> object:
    t = type(value)
    if value is None or t is str or t is bool or t is int or t is float or t is Decimal:
        return value
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if t is GString:
        return to_string(value)
    if any(value is s for s in _seen):
        return "(this Collection)" if not isinstance(value, dict) else "(this Map)"
    seen = _seen + (value,)
    if t is list or isinstance(value, GSet):
        return [to_plain(v, seen) for v in value]  # type: ignore[union-attr]
    if isinstance(value, IntRange):
        return list(value.to_range())
    if t is dict:
        return {_plain_key(k): to_plain(v, seen) for k, v in value.items()}  # type: ignore
    if isinstance(value, MapEntry):
        return {_plain_key(value.key): to_plain(value.value, seen)}
    return to_string(value)


def _plain_key(key: object) -> object:
    plain = to_plain(key)
    if isinstance(plain, (list, dict)):
        return to_string(key)
    return plain
