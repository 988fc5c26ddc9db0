"""Formatters for convoscript's structured log records (convoscript.observe), and the one
call a command line or a host makes to send them somewhere.

`JsonFormatter`: one JSON object per line — time, level, logger, message and every
structured field the record carries (`extra=`). `TextFormatter`: the usual line with the
fields appended as key=value. `configure("json" | "text")` attaches one of them on stderr to
the `convoscript` logger; without it the library stays silent (a NullHandler).

It imports the standard library's `logging`, hence its own name (absolute
imports: the names never mix).
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import sys
from typing import IO, Any

FORMATS = ("text", "json")
# the environment variable read by the commands that run scripts when --log-format is absent
FORMAT_VARIABLE = "CONVOSCRIPT_LOG_FORMAT"
LEVEL_VARIABLE = "CONVOSCRIPT_LOG_LEVEL"

# the attributes every LogRecord has: anything else on a record came from `extra=`
_STANDARD = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", (), None)).keys() | {"message", "asctime"}
)


def record_fields(record: logging.LogRecord) -> dict[str, Any]:
    """The structured fields of a record: what `extra=` added to it."""
    return {k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")}


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line: {"time", "level", "logger", "message",
    ...fields}; an exception's traceback goes in "exception"."""

    def format(self, record: logging.LogRecord) -> str:
        document: dict[str, Any] = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record_fields(record).items():
            document.setdefault(key, value)
        if record.exc_info:
            document["exception"] = self.formatException(record.exc_info)
        # default=str: a field an embedder added may be any object; the line stays JSON
        return json.dumps(document, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """`time level logger: message` followed by the structured fields as key=value."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = " ".join(
            f"{k}={json.dumps(v, default=str)}"
            for k, v in record_fields(record).items()
            if v is not None
        )
        return f"{line} [{fields}]" if fields else line


def formatter(fmt: str) -> logging.Formatter:
    """The formatter for "json" or "text" (ValueError otherwise)."""
    if fmt == "json":
        return JsonFormatter()
    if fmt == "text":
        return TextFormatter()
    raise ValueError(f"log format must be one of {', '.join(FORMATS)}, not {fmt!r}")


def configure(
    fmt: str, level: int | str | None = None, stream: IO[str] | None = None
) -> logging.Handler:
    """Send the `convoscript` logger's records to `stream` (default stderr) in `fmt`, at
    `level` (default: $CONVOSCRIPT_LOG_LEVEL, else INFO). Replaces a handler an earlier call
    added, so calling it twice does not print every record twice. Returns the handler."""
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(formatter(fmt))
    handler._convoscript = True  # type: ignore[attr-defined]
    logger = logging.getLogger("convoscript")
    for old in [h for h in logger.handlers if getattr(h, "_convoscript", False)]:
        logger.removeHandler(old)
    logger.addHandler(handler)
    chosen = level if level is not None else os.environ.get(LEVEL_VARIABLE, "").strip() or "INFO"
    logger.setLevel(chosen.upper() if isinstance(chosen, str) else chosen)
    return handler


__all__ = ["FORMATS", "JsonFormatter", "TextFormatter", "configure", "formatter", "record_fields"]
