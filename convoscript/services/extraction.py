"""Entity definitions and extraction for `contextService` (6.x `extract*Entities`).

Definitions come from the state key `entityDefinitions`: a list of {"code", "datumType",
"name", "id", "values": [value or {"value", "synonyms": [...]}]}; an entity code used in
`entities` without a definition gets an implicit TEXT one. Extraction finds, in a text:
for a definition with `values`, every value or synonym said as whole words (case-insensitive;
the entity's value is the canonical value); otherwise the datum type's pattern (numbers,
e-mail addresses, dates, booleans), normalised by `quantity.normalise`. Extracted instances
join the context as if the user had said them (latest, status new or modified).
"""

from __future__ import annotations

import re

from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.services.state import RunState

_PATTERNS = {
    "INTEGER": r"[-+]?\d[\d,]*",
    "ORDINAL": r"\d+(?:st|nd|rd|th)",
    "AGE": r"\d+",
    "DECIMAL": r"[-+]?\d[\d,]*(?:\.\d+)?",
    "PERCENTAGE": r"\d+(?:\.\d+)?\s*%",
    "EMAIL": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "DATE": r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s+\d{1,2},\s*\d{4}",
    "BOOLEAN": r"\b(?:yes|no|true|false|yeah|yep|nope|sure)\b",
    "TIME": r"\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?",
}


def definitions(state: RunState) -> list[dict]:
    """Declared definitions, then implicit TEXT ones for other codes in use."""
    out = [d for d in state.entity_definitions if isinstance(d, dict) and d.get("code")]
    known = {d["code"] for d in out}
    for e in state.entities:
        if e["code"] not in known:
            known.add(e["code"])
            out.append({"code": e["code"], "datumType": e.get("datumType") or "TEXT"})
    return out


def definition(state: RunState, code: str) -> dict | None:
    return next((d for d in definitions(state) if d["code"] == code), None)


def _value_matches(spec: dict, text: str) -> list[dict]:
    found = []
    for item in spec.get("values") or []:
        canonical = item.get("value") if isinstance(item, dict) else item
        words = [canonical] + (list(item.get("synonyms") or []) if isinstance(item, dict) else [])
        for word in words:
            m = re.search(r"(?<!\w)" + re.escape(str(word)) + r"(?!\w)", text, re.IGNORECASE)
            if m:
                found.append({"start": m.start(), "value": canonical, "text": m.group()})
                break
    return sorted(found, key=lambda f: f["start"])


def _typed_matches(kind: str, text: str) -> list[dict]:
    pattern = _PATTERNS.get(kind)
    if pattern is None:
        if kind == "TEXT":
            return []
        raise GroovyThrowable(
            "IllegalArgumentException", f"convoscript cannot extract datum type {kind}"
        )
    from convoscript.services.quantity import (
        normalise,
    )  # quantity builds on context, which uses this module

    found = []
    for m in re.finditer(pattern, text, re.IGNORECASE):
        value = normalise(
            m.group().rstrip("%").strip() if kind == "PERCENTAGE" else m.group(), kind
        )
        if value is not None:
            found.append({"start": m.start(), "value": value, "text": m.group()})
    return found


def extract(state: RunState, spec: dict, text: str) -> list[dict]:
    """Find the entities of `spec` in `text`, add them to the context, return the new
    entity records (plain data, in text order)."""
    kind = str(spec.get("datumType") or "TEXT")
    matches = _value_matches(spec, text) if spec.get("values") else _typed_matches(kind, text)
    records = []
    existed = any(e["code"] == spec["code"] for e in state.entities)
    for match in matches:
        record = {
            "code": spec["code"],
            "value": match["value"],
            "text": match["text"],
            "datumType": kind,
            "scope": "CONTEXT",
            "latest": True,
            "status": "modified" if existed else "new",
        }
        state.entities.append(record)
        records.append(record)
    return records
