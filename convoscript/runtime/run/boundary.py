"""Boundary hygiene: values crossing between host and script.

`from_plain` turns host data (JSON-like: str, int, float, Decimal, bool, None, list, dict) into
fresh runtime values (so a run never aliases host objects); `to_plain` turns whatever a script
left behind back into plain data — no closure, handle or runtime object ever reaches the host.

What `to_plain` produces is bounded three ways, all checked while it converts (so nothing
large is built before the check): values (nodes), nesting, and the characters of JSON the
result will take (`Allowance`). A value the script shares (`l << s` a hundred thousand times)
is counted each time it appears, as JSON writes it each time: the Python result may be small
in memory, but whoever serialises it would not be.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from convoscript.errors import FlowStateError
from convoscript.runtime.core.javatext import java_string
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import MapEntry, java_class_name
from convoscript.runtime.model import budget
from convoscript.runtime.model.budget import MAX_DATA_NESTING, Limits
from convoscript.runtime.model.exceptions import BudgetExceeded
from convoscript.runtime.model.runcontext import identity_hash
from convoscript.runtime.model.values import (
    INT_MAX,
    INT_MIN,
    LONG_MAX,
    LONG_MIN,
    BigInteger,
    GString,
    IntRange,
    Long,
)

# Exact leaf types that cross the boundary unchanged, both ways (an int may need to become a
# Long on the way in, so it is not one of them there); keys of the flat-dict fast paths are str.
_SAME_LEAVES = frozenset((type(None), str, bool, Decimal, float))
_PLAIN_LEAVES = _SAME_LEAVES | {int}
_STR = frozenset((str,))


def from_plain(value: Any) -> object:
    t = type(value)
    if value is None or t is str or t is bool or t is Decimal or t is float:
        return value
    if t is dict and (not value or _STR.issuperset(map(type, value))):
        # variables are mostly flat maps of strings: one C-level copy, no call per entry
        if not value or _SAME_LEAVES.issuperset(map(type, value.values())):
            return dict(value)
        return {k: from_plain(v) for k, v in value.items()}
    if t is int:
        if INT_MIN <= value <= INT_MAX:
            return value
        if LONG_MIN <= value <= LONG_MAX:
            return Long(value)
        return BigInteger(value)
    if isinstance(value, (list, tuple)):
        return [from_plain(v) for v in value]
    if isinstance(value, dict):
        return {from_plain(k): from_plain(v) for k, v in value.items()}
    if isinstance(value, (int, float, Decimal)):  # host subclasses: normalise
        return from_plain(int(value) if isinstance(value, int) else value)
    raise TypeError(f"convoscript state holds only JSON-like data, not {t.__name__}")


# The most values stored state may hold: far above what a run can save with sane limits (twice
# `max_collection_size` per conversion), so whatever a run saved loads again.
MAX_STATE_VALUES = 5_000_000


def check_plain(
    value: object, where: str, max_depth: int = MAX_DATA_NESTING, max_nodes: int = MAX_STATE_VALUES
) -> None:
    """Refuse host data no run could save again, before it is stored or a run starts on it:
    nested deeper than `max_depth` or with more than `max_nodes` values is a FlowStateError
    naming `where` (and the top-level entry). It accepts everything `to_plain` produces (which
    stops at `MAX_PLAIN_DEPTH` containers), so a saved state always loads again. Level by level, not recursive: a deep value
    cannot exhaust the stack; a flat map costs one C-level type check."""
    if type(value) is dict and _SAME_LEAVES.issuperset(map(type, value.values())):
        return  # a flat map (most state): nothing nested
    problem = _shape_problem(value, max_depth + 1, max_nodes)
    if problem is None:
        return
    if problem == "depth" and isinstance(value, dict):  # name the entry (a rare, slow path)
        for key, item in value.items():
            if _shape_problem(item, max_depth, max_nodes) == "depth":
                raise FlowStateError(
                    f"state '{where}' entry {key!r} is nested deeper than {max_depth} levels"
                )
    if problem == "depth":
        raise FlowStateError(f"state '{where}' is nested deeper than {max_depth} levels")
    raise FlowStateError(f"state '{where}' holds more than {max_nodes} values")


def _shape_problem(value: object, max_depth: int, max_nodes: int) -> str | None:
    """ "depth", "size" or None for plain data, walked one nesting level at a time."""
    level: list[Any] = [value]
    nodes = depth = 0
    while level:
        nodes += len(level)
        if nodes > max_nodes:
            return "size"
        if depth > max_depth:
            return "depth"
        below: list[Any] = []
        for v in level:
            t = type(v)
            if t is dict or isinstance(v, dict):
                below.extend(v.values())
            elif t is list or isinstance(v, (list, tuple)):
                below.extend(v)
        level = below
        depth += 1
    return None


# The most nodes one conversion may produce by default: shared sub-structures
# (`m = [a: m, b: m]`) would otherwise expand exponentially; deep nesting would recurse without
# end. A run uses `plain_node_cap(limits)`, which scales with its collection limit.
MAX_PLAIN_NODES = 1_000_000
MAX_PLAIN_DEPTH = MAX_DATA_NESTING


def plain_node_cap(limits: object) -> int:
    """Nodes one conversion of a run's state may produce: twice the largest collection the run
    may build (200,000 with the default limits)."""
    return max(2 * int(getattr(limits, "max_collection_size", 100_000)), 10_000)


# Characters of JSON one conversion may produce when no allowance is given (a service
# converting a script's argument); a run shares one `Allowance(limits.max_state_bytes)`
# between its value, variables and transient variables.
MAX_PLAIN_BYTES = Limits.max_state_bytes


class Allowance:
    """Characters of JSON still allowed, shared by the conversions that make one document."""

    __slots__ = ("left", "limit")

    def __init__(self, limit: int = MAX_PLAIN_BYTES) -> None:
        self.limit = limit
        self.left = limit

    def charge(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise BudgetExceeded(
                "memory",
                self.limit,
                f"State too large to save: more than {self.limit} characters of JSON "
                "(a value is counted each time it is stored)",
            )


def charge_plain(value: object, allowance: Allowance) -> None:
    """Charge the characters of JSON plain data takes (a shared value each time it appears) to
    `allowance`: for what services keep as plain data already (analytic outcomes, conversation
    attributes), which no conversion counts. Iterative; every value visited costs at least
    one character, so the walk ends within the allowance even on a cycle."""
    todo = [value]
    while todo:
        v = todo.pop()
        if isinstance(v, dict):
            allowance.charge(2)
            for k, item in v.items():
                allowance.charge(leaf_size(k) + 2)
                todo.append(item)
        elif isinstance(v, (list, tuple)):
            allowance.charge(2)
            todo.extend(v)
        else:
            allowance.charge(leaf_size(v) if isinstance(v, (str, int, Decimal)) else 5)


def allowance(limits: object) -> Allowance:
    """The allowance of one run's result (value, variables and transient variables)."""
    return Allowance(int(getattr(limits, "max_state_bytes", MAX_PLAIN_BYTES)))


class _Counter:
    """Nodes produced so far, against a cap, and the characters allowance; shared by the calls
    of one conversion."""

    __slots__ = ("allowance", "cap", "nodes", "path")

    def __init__(self, cap: int = MAX_PLAIN_NODES, allowance: Allowance | None = None) -> None:
        self.nodes = 0
        self.cap = cap
        self.path: set[int] = set()
        self.allowance = allowance if allowance is not None else Allowance()

    def too_large(self) -> BudgetExceeded:
        return BudgetExceeded(
            "memory",
            self.cap,
            "State too large or too deeply nested to save: more than "
            f"{self.cap} values or {MAX_PLAIN_DEPTH} levels",
        )


def leaf_size(value: object) -> int:
    """Characters of JSON a plain leaf takes at least (a separator included): a lower bound
    that never reads a big number's digits (Python caps int-to-str conversion)."""
    t = type(value)
    if t is str:
        return len(value) + 3  # type: ignore[arg-type]
    if t is int or isinstance(value, int):
        return (abs(int(value)).bit_length() * 30103) // 100000 + 2  # type: ignore[call-overload]
    if t is Decimal:
        return len(value.as_tuple().digits) + 2  # type: ignore[attr-defined]
    return 5  # None, booleans, floats


def to_plain(
    value: Any,
    run_script_code: bool = True,
    max_nodes: int = MAX_PLAIN_NODES,
    allowance: Allowance | None = None,
) -> object:
    """Plain data for `value`. Script objects become their Groovy string form — which runs
    their `toString()`, so call this inside the run's budget; with `run_script_code=False`
    (after a run failed) they become `ClassName@id` without running anything. More than
    `max_nodes` nodes, too deep a structure or more JSON than `allowance` allows is a
    BudgetExceeded ("memory")."""
    allowance = allowance if allowance is not None else Allowance()
    t = type(value)
    if t in _PLAIN_LEAVES and max_nodes >= 1:
        allowance.charge(leaf_size(value))
        return value
    if (
        t is dict
        and len(value) < max_nodes
        and _STR.issuperset(map(type, value))
        and _PLAIN_LEAVES.issuperset(map(type, value.values()))
    ):
        # a flat map of str to plain leaves (most state): one C-level copy; same node count,
        # size and budget charge as `_plain` would make (one node per entry and the map)
        allowance.charge(
            2 + sum(map(len, value)) + 3 * len(value) + sum(map(leaf_size, value.values()))
        )
        ticks = (len(value) + 1) >> 10
        if ticks:
            budget.current().tick(ticks << 10)
        return dict(value)
    return _plain(value, run_script_code, _Counter(max_nodes, allowance))


def plain_entries_after_failure(
    entries: dict, previous: dict | None, max_nodes: int, allowance: Allowance | None = None
) -> dict:
    """A failed run's variables as plain data, without running script code and within
    `max_nodes` nodes kept and twice that spent on failures (the run's budget is spent, so this
    work must be bounded on its own), and within `allowance` characters of JSON.
    An entry that cannot be converted (too large, too deep, or the allowance is used up) keeps
    its value from before the run, or is left out if it had none (or if that value cannot be
    converted either: a state stored by an older version, say): what was saved is never lost
    and nothing unbounded is written."""
    counter = _Counter(max_nodes, allowance)
    wasted = 0  # nodes spent on entries that failed: bounded too, at two more `max_nodes`
    out: dict = {}
    for key, value in entries.items():
        name = _plain_key(key, run_script_code=False)
        before = counter.nodes
        left = counter.allowance.left
        try:
            if wasted > 2 * max_nodes:
                raise BudgetExceeded("memory", max_nodes, "conversion allowance used up")
            out[name] = _plain(value, False, counter)
        except BudgetExceeded:
            wasted += counter.nodes - before
            counter.nodes = before  # a failed entry's nodes and characters were not kept
            counter.allowance.left = left
            if previous is not None and name in previous:
                # a copy: `previous` may be the store's own snapshot (Conversation.run); it was
                # saved within the limits, so it gets an allowance of its own
                try:
                    out[name] = _plain(previous[name], False, _Counter())
                except BudgetExceeded:
                    pass
    return out


def _plain(value: object, run_script_code: bool, counter: _Counter) -> object:
    counter.nodes += 1
    if counter.nodes > counter.cap or len(counter.path) > MAX_PLAIN_DEPTH:
        raise counter.too_large()
    if counter.nodes & 1023 == 0:
        budget.current().tick(1024)
    t = type(value)
    if value is None or t is str or t is bool or t is int or t is float or t is Decimal:
        counter.allowance.charge(leaf_size(value))
        return value
    if isinstance(value, (bool, int, float, str)):
        plain = _plain_scalar(value)
        counter.allowance.charge(leaf_size(plain))
        return plain
    if t is GString:
        text = to_string(value) if run_script_code or _inert(value) else _opaque(value)
        counter.allowance.charge(leaf_size(text))
        return text
    if isinstance(value, IntRange):
        return _plain_range(value.to_range(), counter)
    view_of = getattr(type(value), "view_of", None)
    if view_of is not None:  # a read-only view (`asImmutable()`) is saved as what it shows
        return _plain(view_of(value), run_script_code, counter)
    if not isinstance(value, (list, GSet, dict, MapEntry)):
        text = to_string(value) if run_script_code else _opaque(value)
        counter.allowance.charge(leaf_size(text))
        return text
    counter.allowance.charge(2)
    # the containers on the path from the root (ids are stable: every one is alive meanwhile)
    ident = id(value)
    if ident in counter.path:
        return "(this Map)" if isinstance(value, dict) else "(this Collection)"
    counter.path.add(ident)
    try:
        if isinstance(value, dict):
            return {
                _counted_key(k, run_script_code, counter): _plain(v, run_script_code, counter)
                for k, v in value.items()
            }
        if isinstance(value, MapEntry):
            return {
                _counted_key(value.key, run_script_code, counter): _plain(
                    value.value, run_script_code, counter
                )
            }
        return [_plain(v, run_script_code, counter) for v in value]  # type: ignore[union-attr]
    finally:
        counter.path.discard(ident)


def _plain_scalar(value: object) -> object:
    """A host subclass of a plain scalar as the plain type itself."""
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return str(value)


def _plain_range(span: range, counter: _Counter) -> list:
    """A range as a list, counted (nodes and characters) before a single element is made: a
    30-million-element range is refused, not materialised."""
    n = len(span)
    counter.nodes += n
    if counter.nodes > counter.cap:
        raise counter.too_large()
    if n:
        first, last = span[0], span[-1]
        # every element takes at least the digits of the end nearer zero (none if it spans 0)
        nearest = 0 if min(first, last) <= 0 <= max(first, last) else min(abs(first), abs(last))
        counter.allowance.charge(2 + n * leaf_size(nearest))
        budget.current().tick(n)
    return list(span)


def _counted_key(key: object, run_script_code: bool, counter: _Counter) -> object:
    plain = _plain_key(key, run_script_code)
    counter.allowance.charge(leaf_size(plain) + 2)
    return plain


# Values whose Groovy text runs no script code: what a GString made of them renders to is safe
# to compute after a failed run (a lazy `${-> x}` closure or a script object's toString() is not).
_INERT_TYPES = (type(None), str, bool, int, float, Decimal)
_INERT_NODES = 10_000  # beyond this many values a GString stays opaque (the grace budget is small)


def _inert(value: object) -> bool:
    seen = 0
    todo: list[Any] = [value]
    while todo:
        v = todo.pop()
        seen += 1
        if seen > _INERT_NODES:
            return False
        if isinstance(v, _INERT_TYPES):
            continue
        if type(v) is GString:
            todo.extend(v.values)
        elif type(v) is list or type(v) is GSet:
            todo.extend(v)
        elif type(v) is dict:
            todo.extend(v.keys())
            todo.extend(v.values())
        else:
            return False
    return True


def _opaque(value: object) -> str:

    return f"{java_class_name(value)}@{identity_hash(value):x}"


def _plain_key(key: object, run_script_code: bool = True) -> object:
    if type(key) is str:
        return key
    plain = _plain(key, run_script_code, _Counter())
    if isinstance(plain, (list, dict)):  # a List/Map/Set key: its Java toString, as the oracle
        return java_string(key) if run_script_code else _opaque(key)
    return plain
