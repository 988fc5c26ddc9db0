"""JSON reading and writing that keeps numbers exact: decimals as Decimal (BigDecimal), and
Decimal written with its exact digits (`2.50` stays `2.50`)."""

from __future__ import annotations

import json
import math
from decimal import Decimal


def loads(text: str) -> object:
    """Parse JSON: fractions/exponents become Decimal, integers int, objects ordered dicts."""
    return json.loads(text, parse_float=Decimal)


def dumps(value: object, indent: int | None = 2) -> str:
    return "".join(_write(value, indent, 0))


def _write(value: object, indent: int | None, level: int):
    if value is None:
        yield "null"
    elif value is True:
        yield "true"
    elif value is False:
        yield "false"
    elif isinstance(value, Decimal):
        yield _decimal(value)
    elif isinstance(value, int):
        yield str(int(value))
    elif isinstance(value, float):
        yield json.dumps(value) if math.isfinite(value) else json.dumps(_java_special(value))
    elif isinstance(value, str):
        yield json.dumps(value, ensure_ascii=False)
    elif isinstance(value, dict):
        yield from _container("{", "}", [(k, v) for k, v in value.items()], indent, level, True)
    elif isinstance(value, (list, tuple)):
        yield from _container("[", "]", [(None, v) for v in value], indent, level, False)
    else:
        yield json.dumps(str(value), ensure_ascii=False)


def _java_special(value: float) -> str:
    """Java's Double.toString of NaN and the infinities (JSON has no literal for them)."""
    if math.isnan(value):
        return "NaN"
    return "Infinity" if value > 0 else "-Infinity"


def _decimal(value: Decimal) -> str:
    if not value.is_finite():
        return json.dumps(str(value))
    text = str(value)
    return text if "E" not in text else text.replace("E", "e")


def _container(open_: str, close: str, items: list, indent: int | None, level: int, keyed: bool):
    if not items:
        yield open_ + close
        return
    yield open_
    for i, (key, value) in enumerate(items):
        if indent is not None:
            yield "\n" + " " * (indent * (level + 1))
        if keyed:
            yield json.dumps(str(key) if not isinstance(key, str) else key, ensure_ascii=False)
            yield ": "
        yield from _write(value, indent, level + 1)
        if i < len(items) - 1:
            yield "," if indent is not None else ", "
    if indent is not None:
        yield "\n" + " " * (indent * level)
    yield close
