"""Amelia-style conversation export (JSON or CSV) from a store.

One object per conversation (docs/export-schema.json): ids, user, timestamps (epoch seconds
with a millisecond fraction), channel, domains, transcript and `metrics` — the default metrics
(`custom: false`) and the script's custom metrics (`custom: true`, values always strings). A
JSON file is an array of such objects; a CSV file has one row per conversation with all custom
metrics in one JSON cell, "Custom Metrics". At most `per_file` (2000, as Amelia) conversations
go in one file; further files are numbered: `out.json`, `out-2.json`, `out-3.json`, ...

Conversations are read from the store with a cursor and written one at a time, so memory use
does not grow with the number of conversations.

A CSV cell that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab
or a carriage return: `=HYPERLINK(...)`, `=cmd|' /C calc'!A0`) is written with a `'` in front,
as OWASP's CSV-injection advice says: the text stays readable and never runs. A time range that
ends before it starts is a ValueError (`check_range`), never a silently empty file.
"""

from __future__ import annotations

import csv
import io
import json
import math
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from convoscript import jsonio
from convoscript.store import records

MAX_PER_FILE = 2000
FORMATS = ("json", "csv")
CSV_COLUMNS = (
    "Conversation Id",
    "Domain",
    "Created",
    "Finished",
    "Status",
    "Channel",
    "User Name",
    "User Email",
    "User Id",
    "Escalated",
    "Total Handle Time",
    "Turn Count",
    "Custom Metrics",
    "Transcript",
)
# what makes a spreadsheet read a cell as a formula (OWASP "CSV Injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_DOMAIN_NAMESPACE = uuid.UUID("6f0b3c1e-8d52-4a8e-9a51-0c0a7b0f5e11")


def _seconds(value: object) -> float | None:
    """Epoch seconds with a millisecond fraction, as Amelia exports timestamps (None for
    anything that is not a finite number: a stored value must never stop an export)."""
    if value is None or value == "" or isinstance(value, (dict, list)):
        return None
    try:
        seconds = round(float(value), 3)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    return seconds if math.isfinite(seconds) else None


def _dict(value: object) -> dict:
    """A stored object that should be a map, or an empty one: an export never fails on the
    shape of what a conversation stored."""
    return value if isinstance(value, dict) else {}


def conversation_record(conversation_id: str, state: dict) -> dict:
    """The export object of one conversation from its stored state, whatever it holds."""
    state = _dict(state)
    meta = _dict(state.get("meta"))
    user = _dict(state.get("user"))
    domain = _dict(state.get("domain"))
    code = domain.get("code")
    domains = {}
    if code:
        domain_id = domain.get("id") or str(uuid.uuid5(_DOMAIN_NAMESPACE, str(code)))
        domains[str(domain_id)] = str(code)
    metrics = [
        {"code": str(k), "value": v, "custom": False}
        for k, v in _default_metrics({**state, "meta": meta, "user": user, "domain": domain})
    ]
    metrics += [
        {"code": str(k), "value": _text(v), "custom": True}
        for k, v in _dict(state.get("metrics")).items()
    ]
    turns = state.get("transcript")
    transcript = [
        _utterance(t, meta.get("created"))
        for t in (turns if isinstance(turns, list) else [])
        if isinstance(t, dict)
    ]
    return {
        "conversationId": conversation_id,
        "userId": _opt_str(user.get("userId", user.get("id"))),
        "userName": _opt_str(records.user_display_name(user) or user.get("name")),
        "userEmail": _opt_str(user.get("email")),
        "initialChannel": _opt_str(
            meta.get("channel") or _dict(state.get("attributes")).get("initialChannel")
        ),
        "conversationCreated": _seconds(meta.get("created")) or 0.0,
        "conversationFinished": _seconds(meta.get("finished")),
        "summaryModified": _seconds(meta.get("updated")),
        "domainCode": _opt_str(code),
        "domains": domains,
        "transcript": transcript,
        "metrics": metrics,
    }


def _opt_str(value: object) -> str | None:
    return None if value is None else _text(value)


def _text(value: object) -> str:
    """A stored value as export text: strings as they are, anything else as compact JSON
    (exact, and bounded by what the store holds; never a Python repr)."""
    if value is None:
        return ""
    return jsonio.dumps(value, indent=None) if isinstance(value, (dict, list)) else str(value)


def _default_metrics(state: dict) -> list[tuple[str, object]]:
    """The default metrics, or none if the stored values they are computed from are not
    numbers (a record is still exported)."""
    try:
        return list(records.default_metrics(state).items())
    except (TypeError, ValueError, OverflowError, AttributeError):
        return []


def _utterance(turn: dict, fallback_created: object) -> dict:
    """An export transcript entry from a state transcript entry (docs/state.md's `text`,
    `username`, `dateTime`, or the export's own names)."""
    user_type = str(turn.get("userType") or "USER").upper()
    name = (
        turn.get("userName")
        or turn.get("username")
        or " ".join(str(p) for p in (turn.get("firstName"), turn.get("lastName")) if p)
    )
    created = turn.get("created")
    if created is None and turn.get("dateTime"):
        try:
            created = parse_time(str(turn["dateTime"]))
        except ValueError:
            created = None
    out = {
        "messageId": str(
            turn.get("messageId")
            or uuid.uuid5(_DOMAIN_NAMESPACE, f"{turn.get('sequenceId')}:{turn.get('text')}")
        ),
        "userName": str(name or ("Amelia" if user_type == "AMELIA" else "")),
        "userType": user_type if user_type in ("AMELIA", "USER", "END_USER") else "USER",
        "messageText": str(turn.get("messageText", turn.get("text")) or ""),
        "created": _seconds(created if created is not None else fallback_created) or 0.0,
    }
    for key in ("contextId", "userId", "userEmail", "source"):
        if turn.get(key) is not None:
            out[key] = str(turn[key])
    if turn.get("understood") is not None:
        out["understood"] = bool(turn["understood"])
    return out


def iter_records(store, start: float | None = None, end: float | None = None) -> Iterator[dict]:
    """Export objects of the conversations created in [start, end), oldest first."""
    for conversation_id, state in store.iter_states(start, end):
        yield conversation_record(conversation_id, state)


def check_range(start: float | None, end: float | None) -> None:
    """Refuse a time range that ends before it starts (from > to): it can select nothing, so
    it is a mistake, not a request for an empty export."""
    if start is not None and end is not None and start > end:
        raise ValueError(
            f"the time range is reversed: from {iso_time(start)} is after to {iso_time(end)} "
            "(swap --from and --to)"
        )


def csv_cell(value: object) -> object:
    """A CSV cell that no spreadsheet runs as a formula: text starting with one of
    FORMULA_STARTS gets a `'` in front; other values are written as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def part_path(out: Path, number: int) -> Path:
    """`out` for the first file, `stem-N.suffix` for the N-th."""
    return out if number == 1 else out.with_name(f"{out.stem}-{number}{out.suffix}")


def export(
    store,
    out: str | Path,
    fmt: str = "json",
    start: float | None = None,
    end: float | None = None,
    per_file: int = MAX_PER_FILE,
    on_conversation: Callable[[], None] | None = None,
) -> list[Path]:
    """Write the export; returns the files written (always at least one)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if per_file < 1:
        raise ValueError("per_file must be at least 1")
    check_range(start, end)
    out = Path(out)
    writer_cls = _JsonWriter if fmt == "json" else _CsvWriter
    written: list[Path] = []
    writer = None
    try:
        for record in iter_records(store, start, end):
            if writer is None or writer.count >= per_file:
                if writer is not None:
                    writer.close()
                written.append(part_path(out, len(written) + 1))
                writer = writer_cls(_open_out(written[-1], fmt))
            writer.write(record)
            if on_conversation is not None:
                on_conversation()
        if writer is None:
            written.append(out)
            writer = writer_cls(_open_out(out, fmt))
    finally:
        if writer is not None:
            writer.close()
    return written


def _open_out(path: Path, fmt: str) -> IO[str]:
    """An export file, closed by its writer's close()."""
    return open(path, "w", encoding="utf-8", newline="" if fmt == "csv" else None)


def stream(records: Iterable[dict], fmt: str = "json") -> Iterator[str]:
    """The text of one export file of `records` (conversation_record objects), in pieces as
    they are made: what `convoscript serve` sends for GET /v1/export, in constant memory."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    buffer = _Pieces()
    writer = _JsonWriter(buffer) if fmt == "json" else _CsvWriter(buffer)
    for record in records:
        writer.write(record)
        yield buffer.take()
    writer.close()
    yield buffer.take()


class _Pieces(io.StringIO):
    """A text file whose written text is taken away piece by piece (close() keeps it)."""

    def take(self) -> str:
        text = self.getvalue()
        self.seek(0)
        self.truncate()
        return text

    def close(self) -> None:
        pass


class _JsonWriter:
    def __init__(self, file: IO[str]):
        self.file = file
        self.file.write("[")
        self.count = 0

    def write(self, record: dict) -> None:
        self.file.write(",\n" if self.count else "\n")
        self.file.write(jsonio.dumps(record, indent=None))
        self.count += 1

    def close(self) -> None:
        self.file.write("\n]\n" if self.count else "]\n")
        self.file.close()


class _CsvWriter:
    def __init__(self, file: IO[str]):
        self.file = file
        self.csv = csv.writer(self.file)
        self.csv.writerow(CSV_COLUMNS)
        self.count = 0

    def write(self, record: dict) -> None:
        defaults = {m["code"]: m["value"] for m in record["metrics"] if not m["custom"]}
        custom = {m["code"]: m["value"] for m in record["metrics"] if m["custom"]}
        finished = record["conversationFinished"]
        row = [
            record["conversationId"],
            record["domainCode"] or "",
            iso_time(record["conversationCreated"]),
            iso_time(finished),
            "FINISHED" if finished is not None else "ACTIVE",
            record["initialChannel"] or "",
            record["userName"] or "",
            record["userEmail"] or "",
            record["userId"] or "",
            "true" if defaults.get("escalated") else "false",
            defaults.get("total_handle_time", ""),
            defaults.get("turn_count", ""),
            json.dumps(custom, ensure_ascii=False),
            "||".join(f"{t['userName']}: {t['messageText']}" for t in record["transcript"]),
        ]
        self.csv.writerow([csv_cell(cell) for cell in row])
        self.count += 1

    def close(self) -> None:
        self.file.close()


def iso_time(seconds: float | None) -> str:
    """ISO-8601 UTC with milliseconds, e.g. 2026-11-27T04:35:41.123Z."""
    if seconds is None:
        return ""
    try:
        moment = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, ValueError, OSError):  # outside the years datetime can show
        return str(seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_time(text: str) -> float:
    """Epoch seconds from `1764218141.5`, `2026-11-27` or `2026-11-27T04:35:41[+01:00]`
    (no offset: UTC)."""
    try:
        return float(text)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a time: {text!r} (use ISO-8601 or epoch seconds)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()
