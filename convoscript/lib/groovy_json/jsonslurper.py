"""groovy.json.JsonSlurper: the class, `parseText` and the constructor.

The text's shape (nesting, sizes) is checked against the budget before Python's decoder builds
anything (`jsonshape.py`).
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import ClassVar

from convoscript.lib.groovy_json.charparser import CharArrayParser
from convoscript.lib.groovy_json.jsonshape import check_json_shape
from convoscript.lib.java_util.treemap import TreeMap
from convoscript.runtime.door.dispatch import route_getprop, route_invoke
from convoscript.runtime.door.signatures import NoSignature, arity, as_str, charge
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import INT_MAX, INT_MIN, LONG_MAX, Long


def _json_error(message: str) -> GroovyThrowable:
    return GroovyThrowable("JsonException", message)


class JsonSlurper:
    """groovy.json.JsonSlurper: `parseText` gives maps with sorted keys (Groovy 2.4's LazyMap
    builds a TreeMap on any JDK newer than 8); numbers become Integer, Long (wrapping past
    64 bits, as Groovy 2.4's parser does) or BigDecimal."""

    __slots__ = ()
    java_class = "groovy.json.JsonSlurper"

    def script_invoke(self, name: str, args: tuple) -> object:
        return route_invoke(self, ("JsonSlurper", "Object"), name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, ("JsonSlurper", "Object"), name)


def _json_int(text: str) -> int:
    budget.current().check_number_bits(len(text) * 4)
    value = int(text)
    if INT_MIN <= value <= INT_MAX:
        return value
    wrapped = value & 0xFFFFFFFFFFFFFFFF
    return Long(wrapped - (1 << 64) if wrapped > LONG_MAX else wrapped)


def _json_reject_constant(name: str) -> object:
    raise ValueError(name)


class LazyMap(TreeMap):
    """groovy.json.internal.LazyMap, a JSON object: on JDK 9+ Groovy 2.4 keeps its entries in a
    TreeMap, so its keys stay sorted, also as the script adds keys. A plain Map otherwise (none
    of TreeMap's own methods)."""

    __slots__ = ()
    java_class = "groovy.json.internal.LazyMap"
    own_methods: ClassVar[dict] = {}

    def java_is_a(self, qualified: str) -> bool:
        return qualified in (
            "groovy.json.internal.LazyMap",
            "java.util.Map",
            "java.util.AbstractMap",
            "java.lang.Object",
        )


def _json_object_pairs(pairs: list) -> dict:
    """A JSON object as Groovy 2.4's LazyMap is on JDK 9+: a TreeMap (keys sorted), the last of
    duplicate keys winning."""
    return LazyMap(pairs)


def parse_json(text: str) -> object:
    if not text:
        raise GroovyThrowable("IllegalArgumentException", "Text must not be null or empty")
    charge(len(text) // 16)
    check_json_shape(text)
    decoder = json.JSONDecoder(
        parse_float=Decimal,
        parse_int=_json_int,
        strict=False,
        parse_constant=_json_reject_constant,
        object_pairs_hook=_json_object_pairs,
    )
    stripped = text.lstrip(" \t\r\n")
    try:
        value, _ = decoder.raw_decode(stripped)
    except RecursionError:
        raise _json_error("Too deeply nested JSON") from None
    except ValueError:
        # what Groovy's own parser makes of it: a value (it is lenient) or its exact error
        charge(len(text))
        return CharArrayParser(text, _json_int, _json_object_pairs).parse()
    return value


def slurper_parse_text(self: object, *args: object) -> object:
    arity(args, 1)
    if not isinstance(self, JsonSlurper):
        raise NoSignature
    if args[0] is None:
        raise GroovyThrowable("IllegalArgumentException", "Text must not be null or empty")
    return parse_json(as_str(args[0]))


JSON_SLURPER_METHODS = {"parseText": slurper_parse_text}


def new_json_slurper(*args: object) -> JsonSlurper:
    arity(args, 0)
    return JsonSlurper()


METHODS = {"JsonSlurper": JSON_SLURPER_METHODS}
CONSTRUCTORS = {"groovy.json.JsonSlurper": new_json_slurper}
IMPORTABLE = {"groovy.json.JsonSlurper": "groovy.json.JsonSlurper"}
