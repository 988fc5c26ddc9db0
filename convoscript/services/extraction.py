"""Entity definitions and extraction for `contextService` (6.x `extract*Entities`).

Definitions come from the state key `entityDefinitions`: a list of {"code", "datumType",
"name", "id", "values": [value or {"value", "synonyms": [...]}]}; an entity code used in
`entities` without a definition gets an implicit TEXT one. Extraction finds, in a text:
for a definition with `values`, every value or synonym said as whole words (case-insensitive;
the entity's value is the canonical value); otherwise the datum type's pattern (numbers,
e-mail addresses, dates, booleans), normalised by `normalise`. Extracted instances join the
context as if the user had said them (latest, status new or modified).

Normalisation (also `quantityService.normalize`) covers the datum types that need no language
model: TEXT, INTEGER, ORDINAL, DECIMAL, PERCENTAGE, BOOLEAN, EMAIL, DATE, TIME and DATE_TIME.
Text that does not parse as the type gives null; another datum type is an
IllegalArgumentException. Normalised values are Strings in ISO form for dates (`2018-10-04`),
numbers as Long/BigDecimal.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

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

_TRUE = {"yes", "true", "y", "yeah", "yep", "sure", "correct", "right"}
_FALSE = {"no", "false", "n", "nope", "nah", "incorrect", "wrong"}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


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


def _parse_number(text: str) -> Decimal | None:
    m = _NUMBER.search(text)
    if not m:
        return None
    try:
        return Decimal(m.group().replace(",", ""))
    except InvalidOperation:
        return None


def _parse_date(text: str) -> date | None:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%m/%d/%Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    return None


def normalise(text: str, kind: str) -> object:
    """The normalised plain value of `text` as datum type `kind`, or None."""
    low = text.strip().lower()
    if kind == "TEXT":
        return text
    if kind in ("INTEGER", "ORDINAL", "AGE"):
        n = _parse_number(re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", low))
        return None if n is None or n != n.to_integral_value() else int(n)
    if kind == "DECIMAL":
        return _parse_number(low)
    if kind == "PERCENTAGE":
        n = _parse_number(low)
        return None if n is None else n
    if kind == "BOOLEAN":
        return True if low in _TRUE else False if low in _FALSE else None
    if kind == "EMAIL":
        m = _EMAIL.search(text)
        return m.group().lower() if m else None
    if kind == "DATE":
        d = _parse_date(text)
        return None if d is None else d.isoformat()
    if kind in ("TIME", "DATE_TIME"):
        for fmt in (
            ("%H:%M", "%I:%M %p", "%I %p")
            if kind == "TIME"
            else ("%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M")
        ):
            try:
                parsed = datetime.strptime(
                    text.strip().upper() if kind == "TIME" else text.strip(), fmt
                )
                return parsed.strftime("%H:%M") if kind == "TIME" else parsed.isoformat()
            except ValueError:
                pass
        return None
    raise GroovyThrowable(
        "IllegalArgumentException", f"convoscript cannot normalise datum type {kind}"
    )
