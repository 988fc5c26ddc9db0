"""The state a run works on: one conversation's variables, transient variables and metrics,
its conversation data (user, domain, intent, entities, transcript, tables, back-end data),
plus what the run produced (log entries, stdout, integration messages). Handles read and
write it directly, so effects are visible at once inside the run; the engine commits it at
the end of the run.

`CONVERSATION_KEYS` are the state-file keys (besides variables/transient/metrics) that persist
across runs; `normalise_conversation` checks and copies them from host data (`plain_state`:
the whole state as a store keeps it), `load_run_state` makes a run's state from stored plain
data, and `conversation_data` returns them as plain data for the store.
"""

from __future__ import annotations

import copy
import csv
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

from convoscript.errors import FlowStateError
from convoscript.jsonio import OversizedNumber
from convoscript.runtime.core.text import to_string
from convoscript.runtime.run.boundary import check_plain, from_plain
from convoscript.runtime.run.masking import secret_texts

# state-file key -> RunState attribute, default factory
CONVERSATION_KEYS: dict[str, tuple[str, type]] = {
    "user": ("user", dict),
    "domain": ("domain", dict),
    "intent": ("intent", dict),
    "intentHistory": ("intent_history", list),
    "entities": ("entities", list),
    "transcript": ("transcript", list),
    "tables": ("tables", dict),
    "escalation": ("escalation", dict),
    "integrations": ("integrations", dict),
    "queues": ("queues", list),
    "content": ("content", list),
    "users": ("users", list),
    "process": ("process", dict),
    "entityDefinitions": ("entity_definitions", list),
    "attributes": ("attributes", dict),
    "httpHeaders": ("http_headers", dict),
    "secureVariables": ("secure_variables", list),
    "analyticOutcomes": ("analytic_outcomes", dict),
}


# RunState attribute -> state-file key, default factory
_LAZY: dict[str, tuple[str, type]] = {
    attr: (key, kind) for key, (attr, kind) in CONVERSATION_KEYS.items()
}
_NOT_MADE = object()


class _ConversationData:
    """The conversation data attributes of RunState (CONVERSATION_KEYS), declared for the type
    checker: they have no class attribute, so RunState.__getattr__ makes each on first use.
    Annotations on a base that is not a dataclass make no dataclass fields."""

    user: dict[str, Any]
    domain: dict[str, Any]
    intent: dict[str, Any]
    intent_history: list[Any]
    entities: list[dict[str, Any]]
    transcript: list[dict[str, Any]]
    tables: dict[str, list[dict[str, Any]]]
    escalation: dict[str, Any]
    integrations: dict[str, Any]
    queues: list[Any]
    content: list[Any]
    users: list[Any]
    process: dict[str, Any]
    entity_definitions: list[Any]
    attributes: dict[str, Any]
    http_headers: dict[str, Any]
    secure_variables: list[Any]
    analytic_outcomes: dict[str, Any]
    # the plain conversation data to make them from, set per instance by load_conversation;
    # read-only (it may be the store's own snapshot, lent for the run), never handed out: each
    # attribute is a deep copy
    _source: Mapping[str, Any] = MappingProxyType({})


@dataclass
class RunState(_ConversationData):
    """The conversation data attributes (`user`, `transcript`, ... : CONVERSATION_KEYS) are
    made on first use, from the plain data given to `load_conversation` (a deep copy) or
    empty: a run pays only for the data its script touches, not for eighteen fresh
    containers and copies of all of it. They can be assigned like any attribute."""

    conversation_id: str
    variables: dict = field(default_factory=dict)
    transient: dict = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)
    log: list = field(default_factory=list)
    stdout: list = field(default_factory=list)
    messages: list = field(default_factory=list)
    # the texts of the run's secure values (runtime/run/masking.py masks them in its output)
    secrets: list = field(default_factory=list)
    # which attempt of the run this is (1, 2, ...): a run whose commit loses the
    # compare-and-swap to another run on the same conversation runs again from the fresh
    # state, so an embedder service sees every attempt and must buffer its external effects
    # (or make them idempotent, keyed by conversation and attempt) — docs/embedding.md
    attempt: int = 1

    def __getattr__(self, attr: str) -> object:
        # called only for an attribute not made yet
        found = _LAZY.get(attr)
        if found is None:
            raise AttributeError(f"'RunState' object has no attribute {attr!r}")
        key, kind = found
        plain = self._source.get(key)
        value = kind() if plain is None else copy.deepcopy(plain)
        self.__dict__[attr] = value
        return value

    def load_conversation(self, plain: Mapping) -> None:
        """Take the conversation data from normalised plain data (copied when first used;
        `plain` must not change during the run)."""
        self._source = plain
        if not _LAZY.keys().isdisjoint(self.__dict__):
            for attr in _LAZY:
                self.__dict__.pop(attr, None)

    def discard_conversation_changes(self) -> None:
        """Forget what the run did to the conversation data (it is made afresh from the plain
        data it was loaded from): for a run whose changes are too large to save."""
        for attr in _LAZY:
            self.__dict__.pop(attr, None)

    def conversation_data(self) -> dict:
        """The conversation data as plain data, for the store (empty keys left out)."""
        out: dict = {}
        made = self.__dict__
        if _LAZY.keys().isdisjoint(made) and CONVERSATION_KEYS.keys().isdisjoint(self._source):
            return out  # nothing made and nothing to make (set operations: no loop)
        for key, (attr, _) in CONVERSATION_KEYS.items():
            value = made.get(attr, _NOT_MADE)
            if value is _NOT_MADE:
                value = self._source.get(key)
            if value:
                out[key] = copy.deepcopy(value)
        return out


def plain_state(
    state: dict,
    base_dir: str | Path | None = None,
    roots: tuple[str | Path, ...] = (),
    max_digits: int | None = None,
) -> dict:
    """Host state (docs/state.md) as a store keeps it: variables, transient variables, metrics
    (as Strings) and the checked conversation keys (ValueError for a wrong shape; a
    FlowStateError, also a ValueError, for data nested too deeply or too large to run on, or
    a number with more than `max_digits` digits)."""
    out = {
        "variables": dict(state.get("variables") or {}),
        "transient": dict(state.get("transient") or {}),
        "metrics": dict(state.get("metrics") or {}),
        **normalise_conversation(state, base_dir, roots),
    }
    for key, value in out.items():
        check_plain(value, key)
    if max_digits is not None:
        check_numbers(out, max_digits)
    out["metrics"] = metric_texts(out["metrics"])
    return out


def metric_texts(metrics: Mapping) -> dict:
    """Metrics as the Strings they are (docs/state.md): a non-String value of host state is
    converted with Groovy's text rules (`[e:1]`, `true`, `1.50`), never a Python repr; a null
    metric is absent, as after `upsertMetric` was never called."""
    return {
        to_string(k): v if type(v) is str else to_string(v)
        for k, v in metrics.items()
        if v is not None
    }


def check_numbers(state: Mapping, max_digits: int) -> None:
    """Refuse host state holding a number with more than `max_digits` digits (no run could
    make it: `Limits.max_number_digits`), a FlowStateError naming where it is. Measured
    without converting: an int by its bit length, a number `jsonio.loads(max_digits=...)`
    left unread by its text; so a 900,000-digit integer costs nothing before it is refused."""
    # (value, key, parent entry): the path is built only for the value refused
    stack: list[tuple[object, object, tuple | None]] = [(v, k, None) for k, v in state.items()]
    while stack:
        entry = stack.pop()
        value = entry[0]
        if isinstance(value, dict):
            stack.extend((v, k, entry) for k, v in value.items())
        elif isinstance(value, (list, tuple)):
            stack.extend((v, i, entry) for i, v in enumerate(value))
        else:
            digits = _digits(value)
            if digits > max_digits:
                raise FlowStateError(
                    f"state '{_path(entry)}' holds a number of {digits} digits "
                    f"(limit {max_digits}: Limits.max_number_digits)"
                )


def _digits(value: object) -> int:
    """About how many digits a number has (0 for anything else), without converting it."""
    if type(value) is int:
        return int(abs(value).bit_length() * 0.30103) + 1
    if isinstance(value, OversizedNumber):
        return value.digits
    if isinstance(value, Decimal) and value.is_finite():
        return len(value.as_tuple().digits)
    return 0


def _path(entry: tuple) -> str:
    parts: list[str] = []
    node: tuple | None = entry
    while node is not None:
        _, key, node = node
        parts.append(f"[{key}]" if type(key) is int else f".{key}" if node else str(key))
    return "".join(reversed(parts))


def load_run_state(conversation_id: str, plain: Mapping) -> RunState:
    """A run's state from a conversation's stored plain state: its variables made afresh, its
    conversation data copied when the script first uses it (`plain` must not change during
    the run). Variables nested too deeply or too large to save again (stored by an older
    version, or written to the store by other means) are a FlowStateError before anything
    runs: every later run would otherwise fail on them."""
    check_plain(plain.get("variables", {}), "variables")
    check_plain(plain.get("transient", {}), "transient")
    state = RunState(
        conversation_id,
        variables=from_plain(plain.get("variables", {})),  # type: ignore[arg-type]
        transient=from_plain(plain.get("transient", {})),  # type: ignore[arg-type]
        metrics=dict(plain.get("metrics", {})),
    )
    for name in plain.get("secureVariables") or ():
        if name in state.variables:
            state.secrets.extend(secret_texts(state.variables[name]))
    state.load_conversation(plain)
    return state


def normalise_conversation(
    state: dict, base_dir: str | Path | None = None, roots: tuple[str | Path, ...] = ()
) -> dict:
    """Check the conversation keys of host state and return them as plain data: each key has
    the right JSON type (else ValueError), and `tables` given as CSV paths are read — only
    from inside `base_dir` (default: the working directory) or one of `roots` (directories
    the embedder allows explicitly); any other path is a FlowStateError."""
    out: dict = {}
    for key, (_, kind) in CONVERSATION_KEYS.items():
        value = state.get(key)
        if value is None:
            continue
        if not isinstance(value, kind):
            kind_name = "object" if kind is dict else "array"
            raise ValueError(f"state '{key}' must be a JSON {kind_name}")
        out[key] = copy.deepcopy(value)
    if "tables" in out:
        out["tables"] = {
            str(name): _table_rows(name, rows, base_dir, roots)
            for name, rows in out["tables"].items()
        }
    for item in out.get("entities", []):
        if not isinstance(item, dict) or "code" not in item:
            raise ValueError("state 'entities' must be a list of objects with a 'code'")
    for item in out.get("transcript", []):
        if not isinstance(item, dict):
            raise ValueError("state 'transcript' must be a list of objects")
    return out


def _table_rows(
    name: str, rows: object, base_dir: str | Path | None, roots: tuple[str | Path, ...]
) -> list:
    if isinstance(rows, list):
        if not all(isinstance(r, dict) for r in rows):
            raise ValueError(f"table '{name}' must be a list of row objects")
        return rows
    if isinstance(rows, str):
        return read_csv_table(confined_path(rows, base_dir, roots, f"table '{name}'"))
    raise ValueError(f"table '{name}' must be a CSV path or a list of row objects")


def confined_path(
    text: str, base_dir: str | Path | None, roots: tuple[str | Path, ...] = (), what: str = "file"
) -> Path:
    """The file `text` names, relative to `base_dir` (the directory of the file that names it;
    default the working directory), if it resolves — links followed — inside `base_dir` or
    one of `roots`; else a FlowStateError. A state or test file is data an author may write:
    it must not make the host read `/etc/passwd` or `../../secrets.csv`."""
    base = Path(base_dir if base_dir is not None else ".").resolve()
    if "\0" in text:
        raise FlowStateError(f"{what}: not a file name")
    path = (base / text).resolve()
    for root in (base, *(Path(r).resolve() for r in roots)):
        if path.is_relative_to(root):
            return path
    raise FlowStateError(f"{what}: {text} is outside {base} (the directory it may read from)")


def read_csv_table(path: Path) -> list[dict]:
    """A CSV file (UTF-8, header row) as row dicts; each column's type (Integer, Double or
    String) is inferred from its first row, as Amelia's tabular upload does."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = next(reader, None)
            body = [row for row in reader if row]
    except OSError as exc:
        raise ValueError(f"cannot read table {path}: {exc.strerror or exc}") from None
    if not header:
        raise ValueError(f"table {path} has no header row")
    if len(set(header)) != len(header):
        raise ValueError(f"table {path} has duplicate column names")
    kinds = [_kind(cell) for cell in body[0]] if body else ["String"] * len(header)
    return [
        {
            col: _convert(row[i] if i < len(row) else "", kinds[i] if i < len(kinds) else "String")
            for i, col in enumerate(header)
        }
        for row in body
    ]


def _kind(cell: str) -> str:
    for kind, parse in (("Integer", int), ("Double", float)):
        try:
            parse(cell)
            return kind
        except ValueError:
            pass
    return "String"


def _convert(cell: str, kind: str) -> object:
    try:
        if kind == "Integer":
            return int(cell)
        if kind == "Double":
            return float(cell)
    except ValueError:
        return None if cell == "" else cell
    return cell
