"""`quantityService` and the constants scripts use bare: `DatumType`, `Formatters`,
`TimeZones`, `EntityScope`.

`quantityService.normalize` normalises as entity extraction does (`extraction.normalise`);
`format` formats a normalised datum.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import available_timezones

from convoscript.runtime.core.text import to_string
from convoscript.runtime.door.fitting import HandleType
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.run.boundary import from_plain
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.context import SCOPES, DatumDecorator
from convoscript.services.extraction import normalise
from convoscript.services.state import RunState

DATUM_TYPES = (
    "TEXT",
    "BOOLEAN",
    "INTEGER",
    "DECIMAL",
    "ORDINAL",
    "AGE",
    "EMAIL",
    "PERSON",
    "ORGANIZATION",
    "DATE",
    "TIME",
    "CURRENCY",
    "DURATION",
    "AREA",
    "LENGTH",
    "VOLUME",
    "WEIGHT",
    "SPEED",
    "PERCENTAGE",
    "TEMPERATURE",
    "AIRPORT",
    "US_PHONE_NUMBER",
    "US_ZIPCODE",
    "CAPITAL",
    "COUNTRY",
    "US_CITY",
    "US_STATE",
    "US_COUNTY",
    "US_STREET_ADDRESS",
    "DATE_TIME",
    "DATE_RANGE",
    "INTEGER_RANGE",
    "DECIMAL_RANGE",
    "COMPOSITE",
    "CUSTOM_DATUM",
)
FORMATTERS = (
    "INTEGER",
    "DECIMAL",
    "PERCENTAGE",
    "DATE",
    "DATE_LONG",
    "DATE_ISO",
    "TIME_12H",
    "TIME_24H",
    "TEXT",
    "BOOLEAN",
    "EMAIL",
)
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class Constants(ServiceHandle):
    """A bound constant holder: `DatumType.DATE` is the String "DATE"."""

    handle_type = "Constants"

    def __init__(
        self, binding: str, names: tuple[str, ...], java_class: str, values: dict | None = None
    ):
        self.binding_name, self.java_class = binding, java_class
        self._values = values or {n: n for n in names}

    def script_getprop(self, name: str) -> object:
        if name in self._values:
            return self._values[name]
        return super().script_getprop(name)


@functools.lru_cache(maxsize=1)
def _zone_constants() -> dict[str, str]:
    """TimeZones.AMERICA_NEW_YORK -> "America/New_York" (scanning the tz database is slow:
    once per process, not once per run)."""

    return {z.upper().replace("/", "_").replace("-", "_"): z for z in available_timezones()}


# name -> (names, Java class); TimeZones takes its values from the tz database instead
_CONSTANT_HOLDERS: dict[str, tuple[tuple[str, ...], str]] = {
    "DatumType": (DATUM_TYPES, "net.ipsoft.amelia.datum.DatumType"),
    "DatumTypes": (DATUM_TYPES, "net.ipsoft.amelia.datum.DatumType"),
    "Formatters": (FORMATTERS, "net.ipsoft.amelia.datum.Formatters"),
    "EntityScope": (SCOPES, "net.ipsoft.amelia.entity.EntityScope"),
    "TimeZones": ((), "java.util.TimeZone"),
}


def make_constants(name: str) -> Constants:
    """A fresh holder for one run (its `faults` may be set by the run, so never shared)."""
    names, java_class = _CONSTANT_HOLDERS[name]
    return Constants(name, names, java_class, _zone_constants() if name == "TimeZones" else None)


def constant_makers() -> dict[str, Callable[[object], Constants]]:
    """name -> maker(run state) for the constant holders (the state is not needed)."""
    return {name: functools.partial(_make_for_run, name) for name in _CONSTANT_HOLDERS}


def _make_for_run(name: str, _state: object) -> Constants:
    return make_constants(name)


def format_value(value: object, kind: str, formatter: str | None) -> str:
    fmt = formatter or {"DATE": "DATE", "PERCENTAGE": "PERCENTAGE"}.get(kind, "TEXT")
    if value is None:
        return ""
    if fmt in ("DATE", "DATE_LONG", "DATE_ISO"):
        d = date.fromisoformat(to_string(value)[:10])
        if fmt == "DATE":
            return d.strftime("%m/%d/%Y")
        return d.isoformat() if fmt == "DATE_ISO" else f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if fmt == "INTEGER":
        return f"{int(Decimal(to_string(value))):,}"
    if fmt == "PERCENTAGE":
        return f"{to_string(value)}%"
    if fmt in ("TIME_12H", "TIME_24H"):
        t = datetime.strptime(
            to_string(value)[-8:][:5] if "T" in to_string(value) else to_string(value)[:5], "%H:%M"
        )
        return t.strftime("%I:%M %p").lstrip("0") if fmt == "TIME_12H" else t.strftime("%H:%M")
    return to_string(value)


class QuantityService(ServiceHandle):
    handle_type = "QuantityService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.BpnQuantityService"
    binding_name = "quantityService"

    def __init__(self, state: RunState):
        self._state = state

    @script_method("String")
    @script_method("Object", "String")
    def getExtractedDatum(self, *args: object) -> DatumDecorator | None:
        code = to_string(args[-1])
        found = [e for e in self._state.entities if e.get("code") == code]
        return DatumDecorator(found[-1]) if found else None

    @script_method("String", "Object")
    def normalize(self, text: str, kind: object) -> DatumDecorator | None:
        if text is None:
            return None
        value = normalise(text, to_string(kind))
        if value is None:
            return None
        return DatumDecorator({"value": value, "text": text, "datumType": to_string(kind)})

    @script_method("String", "Object", "Object")
    @script_method("String", "Object", "Object", "Object")
    def normalizeAndFormat(
        self, text: str, kind: object, formatter: object, zone: object = None
    ) -> str | None:
        datum = self.normalize(text, kind)
        return None if datum is None else self.format(datum, formatter, zone)

    @script_method(HandleType("Dto"))
    @script_method(HandleType("Dto"), "Object")
    @script_method(HandleType("Dto"), "Object", "Object")
    def format(self, datum: object, formatter: object = None, zone: object = None) -> str:
        if not isinstance(datum, DatumDecorator):
            raise GroovyThrowable("IllegalArgumentException", "format needs a datum")
        value = datum._info["value"]
        return format_value(
            from_plain(value),
            datum._info["datumType"],
            None if formatter is None else to_string(formatter),
        )
