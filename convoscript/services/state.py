"""The state a run works on: one conversation's variables, transient variables and metrics,
its conversation data (user, domain, intent, entities, transcript, tables, back-end data),
plus what the run produced (log entries, stdout, integration messages). Handles read and
write it directly, so effects are visible at once inside the run; the engine commits it at
the end of the run.

`CONVERSATION_KEYS` are the state-file keys (besides variables/transient/metrics) that persist
across runs; `normalise_conversation` checks and copies them from host data, and
`conversation_data` returns them as plain data for the store.
"""

from __future__ import annotations

import copy
import csv
from dataclasses import dataclass, field
from pathlib import Path

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


@dataclass
class RunState:
    conversation_id: str
    variables: dict = field(default_factory=dict)
    transient: dict = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)
    log: list = field(default_factory=list)
    stdout: list = field(default_factory=list)
    messages: list = field(default_factory=list)
    # conversation data (plain JSON-like data; handles wrap it in DTOs)
    user: dict = field(default_factory=dict)
    domain: dict = field(default_factory=dict)
    intent: dict = field(default_factory=dict)
    intent_history: list = field(default_factory=list)
    entities: list = field(default_factory=list)
    transcript: list = field(default_factory=list)
    tables: dict = field(default_factory=dict)
    escalation: dict = field(default_factory=dict)
    integrations: dict = field(default_factory=dict)
    queues: list = field(default_factory=list)
    content: list = field(default_factory=list)
    users: list = field(default_factory=list)
    process: dict = field(default_factory=dict)
    entity_definitions: list = field(default_factory=list)
    attributes: dict = field(default_factory=dict)
    http_headers: dict = field(default_factory=dict)
    secure_variables: list = field(default_factory=list)
    analytic_outcomes: dict = field(default_factory=dict)

    def load_conversation(self, plain: dict) -> None:
        """Fill the conversation data from normalised plain data (deep copies)."""
        for key, (attr, _) in CONVERSATION_KEYS.items():
            if key in plain and plain[key] is not None:
                setattr(self, attr, copy.deepcopy(plain[key]))

    def conversation_data(self) -> dict:
        """The conversation data as plain data, for the store (empty keys left out)."""
        out = {}
        for key, (attr, _) in CONVERSATION_KEYS.items():
            value = getattr(self, attr)
            if value:
                out[key] = copy.deepcopy(value)
        return out


def normalise_conversation(state: dict, base_dir: str | Path | None = None) -> dict:
    """Check the conversation keys of host state and return them as plain data: each key has
    the right JSON type (else ValueError), and `tables` given as CSV paths are read."""
    out: dict = {}
    for key, (_, kind) in CONVERSATION_KEYS.items():
        value = state.get(key)
        if value is None:
            continue
        if not isinstance(value, kind):
            kind_name = "object" if kind is dict else "array"
            raise ValueError(f"state '{key}' must be a JSON {kind_name}")  # noqa: TRY004
        out[key] = copy.deepcopy(value)
    if "tables" in out:
        out["tables"] = {str(name): _table_rows(name, rows, base_dir)
                         for name, rows in out["tables"].items()}
    for item in out.get("entities", []):
        if not isinstance(item, dict) or "code" not in item:
            raise ValueError("state 'entities' must be a list of objects with a 'code'")
    for item in out.get("transcript", []):
        if not isinstance(item, dict):
            raise ValueError("state 'transcript' must be a list of objects")  # noqa: TRY004
    return out


def _table_rows(name: str, rows: object, base_dir: str | Path | None) -> list:
    if isinstance(rows, list):
        if not all(isinstance(r, dict) for r in rows):
            raise ValueError(f"table '{name}' must be a list of row objects")
        return rows
    if isinstance(rows, str):
        path = Path(rows)
        if not path.is_absolute() and base_dir is not None:
            path = Path(base_dir) / path
        return read_csv_table(path)
    raise ValueError(f"table '{name}' must be a CSV path or a list of row objects")


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
    return [{col: _convert(row[i] if i < len(row) else "", kinds[i] if i < len(kinds) else "String")
             for i, col in enumerate(header)} for row in body]


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
