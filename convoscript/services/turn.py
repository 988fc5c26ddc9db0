"""Per-turn inputs: what the host sets for one run, merged into the state that run starts from.

`conversation.run(script, variables=..., transient=..., utterance=..., intent=...,
entities=...)` lays these over the stored state for that run only; they are committed with
the run's own effects (in the same commit), so a run and the inputs it was given are never
seen apart. Values must be plain data (docs/state.md); a wrong shape is a ValueError before
anything runs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from convoscript.runtime.run.boundary import check_plain


@dataclass(frozen=True)
class TurnInputs:
    """The host's inputs for one run (None: not given, the stored value stays)."""

    variables: Mapping | None = None
    transient: Mapping | None = None
    utterance: str | None = None  # the user's text, appended to the transcript
    intent: str | Mapping | None = None  # an intent code, or {"code", "name", "score", ...}
    entities: Mapping | list | None = None  # {code: value or [values]} or [{"code", ...}]
    secure: Mapping | None = None  # secure variables: masked on output, sealed at rest

    def __bool__(self) -> bool:
        return any(
            v is not None
            for v in (
                self.variables,
                self.transient,
                self.utterance,
                self.intent,
                self.entities,
                self.secure,
            )
        )


def apply_turn(
    plain: Mapping, inputs: TurnInputs, make_utterance: Callable[[str, dict, int], dict]
) -> Mapping:
    """`plain` (a conversation's stored state, left as it is) with `inputs` laid over it.
    `make_utterance(text, user, sequence_id)` makes a transcript turn."""
    if not inputs:
        return plain
    out = dict(plain)
    for key, given in (
        ("variables", inputs.variables),
        ("transient", inputs.transient),
        ("variables", inputs.secure),
    ):
        if given is not None:
            out[key] = {**(out.get(key) or {}), **_names(given, key)}
            check_plain(out[key], key)
            _check_types(given, key)
    if inputs.secure:
        names = list(plain.get("secureVariables") or [])
        out["secureVariables"] = names + [n for n in inputs.secure if n not in names]
    if inputs.utterance is not None:
        if not isinstance(inputs.utterance, str):
            raise ValueError("utterance must be a str")
        transcript = list(plain.get("transcript") or [])
        turn = make_utterance(inputs.utterance, dict(plain.get("user") or {}), len(transcript) + 1)
        out["transcript"] = [*transcript, turn]
    if inputs.intent is not None:
        record = intent_record(inputs.intent)
        out["intent"] = record
        out["intentHistory"] = [*(plain.get("intentHistory") or []), record]
    if inputs.entities is not None:
        out["entities"] = entity_items(inputs.entities)
    return out


def _names(given: Mapping, what: str) -> dict:
    if not isinstance(given, Mapping):
        raise ValueError(f"{what} must be a dict of name -> value")
    if not all(isinstance(k, str) for k in given):
        raise ValueError(f"{what}: every name must be a str")
    return dict(given)


_PLAIN = (str, int, float, Decimal, bool, type(None))


def _check_types(value: object, what: str) -> None:
    """Host inputs are plain data: JSON-like values only (a set or an object is refused)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif not isinstance(item, _PLAIN):
            raise ValueError(
                f"{what}: {type(item).__name__} is not plain data (JSON-like values only)"
            )


def intent_record(intent: str | Mapping) -> dict:
    """The state's intent object from a code or a dict with a `code`."""
    if isinstance(intent, str):
        return {"code": intent, "name": intent}
    if not isinstance(intent, Mapping) or not intent.get("code"):
        raise ValueError("intent must be a code or a dict with a 'code'")
    record = {k: v for k, v in intent.items() if v is not None}
    record["code"] = str(record["code"])
    record.setdefault("name", record["code"])
    return record


def entity_items(entities: Mapping | list) -> list:
    """The state's entity list from {code: value or [values]} or a list of entity dicts."""
    if isinstance(entities, Mapping):
        items = []
        for code, value in entities.items():
            for v in value if isinstance(value, list) else [value]:
                items.append({"code": str(code), "value": v, "latest": True})
        return items
    items = [dict(e) for e in entities]
    if not all("code" in e for e in items):
        raise ValueError("every entity needs a 'code'")
    return items
