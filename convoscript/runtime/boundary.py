"""Boundary hygiene: values crossing between host and script.

`from_plain` turns host data (JSON-like: str, int, float, Decimal, bool, None, list, dict) into
fresh runtime values (so a run never aliases host objects); `to_plain` turns whatever a script
left behind back into plain data — no closure, handle or runtime object ever reaches the host.
"""

from __future__ import annotations

from decimal import Decimal

from .javatext import java_string
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


# The most nodes one conversion may produce: shared sub-structures (`m = [a: m, b: m]`) would
# otherwise expand exponentially; deep nesting would recurse without end.
MAX_PLAIN_NODES = 1_000_000
MAX_PLAIN_DEPTH = 500


class _Counter:
    __slots__ = ("nodes",)

    def __init__(self) -> None:
        self.nodes = 0


def to_plain(value: object, _seen: tuple = (), run_script_code: bool = True) -> object:
    """Plain data for `value`. Script objects become their Groovy string form — which runs
    their `toString()`, so call this inside the run's budget; with `run_script_code=False`
    (after a run failed) they become `ClassName@id` without running anything. Too many nodes
    or too deep a structure is a BudgetExceeded ("memory")."""
    return _plain(value, _seen, run_script_code, _Counter())


def _plain(value: object, _seen: tuple, run_script_code: bool, counter: _Counter | None = None
           ) -> object:
    if counter is None:
        counter = _Counter()
    counter.nodes += 1
    if counter.nodes > MAX_PLAIN_NODES or len(_seen) > MAX_PLAIN_DEPTH:
        from .exceptions import BudgetExceeded

        raise BudgetExceeded("memory", MAX_PLAIN_NODES,
                             "State too large or too deeply nested to save: more than "
                             f"{MAX_PLAIN_NODES} values or {MAX_PLAIN_DEPTH} levels")
    if counter.nodes & 1023 == 0:
        from . import budget

        budget.current().tick(1024)
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
        return to_string(value) if run_script_code else _opaque(value)
    if any(value is s for s in _seen):
        return "(this Collection)" if not isinstance(value, dict) else "(this Map)"
    seen = _seen + (value,)
    if t is list or isinstance(value, (list, GSet)):
        return [_plain(v, seen, run_script_code, counter)
                for v in value]  # type: ignore[union-attr]
    if isinstance(value, IntRange):
        return list(value.to_range())
    if isinstance(value, dict):
        return {_plain_key(k, run_script_code): _plain(v, seen, run_script_code, counter)
                for k, v in value.items()}
    if isinstance(value, MapEntry):
        return {_plain_key(value.key, run_script_code): _plain(value.value, seen,
                                                                run_script_code, counter)}
    return to_string(value) if run_script_code else _opaque(value)


def _opaque(value: object) -> str:
    from .types import java_class_name

    return f"{java_class_name(value)}@{id(value) & 0xFFFFFFF:x}"


def _plain_key(key: object, run_script_code: bool = True) -> object:
    plain = _plain(key, (), run_script_code)
    if isinstance(plain, (list, dict)):  # a List/Map/Set key: its Java toString, as the oracle
        return java_string(key) if run_script_code else _opaque(key)
    return plain
