"""Java's `String.valueOf` for runtime values: what a Java API (a logger) prints.

It differs from Groovy's printing for maps (`{a=1}` vs `[a:1]`) and nested collections.
"""

from __future__ import annotations

from .keys import LIST_TYPES, MAP_TYPES
from .text import to_string
from .types import GSet
from .values import IntRange


def java_string(value: object) -> str:
    if type(value) in MAP_TYPES:
        parts = [f"{java_string(k)}={java_string(v)}" for k, v in value.items()]
        return "{" + ", ".join(parts) + "}"
    if type(value) in LIST_TYPES or isinstance(value, GSet):
        return "[" + ", ".join(java_string(v) for v in value) + "]"
    if isinstance(value, IntRange):
        return to_string(value)
    return to_string(value)
