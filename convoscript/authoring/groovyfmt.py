"""Values written the Groovy way, for diffs and the REPL."""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime.core.text import to_string
from convoscript.runtime.run.boundary import from_plain


def literal(value: object) -> str:
    """A Groovy literal for a plain value: "text", 1, 0.92, true, null, [1, 2], [a:1], [:]."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        escaped = (
            value.replace("\\", "\\\\")
            .replace('"', '\\"')
            .replace("\n", "\\n")
            .replace("\t", "\\t")
            .replace("$", "\\$")
        )
        return f'"{escaped}"'
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value) + "d"
    if isinstance(value, (int,)):
        return str(value)
    if isinstance(value, dict):
        if not value:
            return "[:]"
        return "[" + ", ".join(f"{_key(k)}:{literal(v)}" for k, v in value.items()) + "]"
    if isinstance(value, (list, tuple, set)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    return str(value)


def _key(key: object) -> str:
    text = str(key)
    if text.isidentifier():
        return text
    return literal(text)


def display(value: object) -> str:
    """What Groovy's toString prints for a plain value (the REPL's `===>` line)."""

    try:
        return to_string(from_plain(value))
    except Exception:
        return literal(value)
