"""The java.time enums: DayOfWeek, Month, ChronoUnit and TextStyle (constants compared by
ordinal, printed by name; ChronoUnit prints "Days" and measures `between` two temporals).
"""

from __future__ import annotations

from convoscript.lib.java_time.base import (
    NANOS_PER_SECOND,
    as_int,
    as_long,
    date_time_error,
)
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util.localedates import date_tag, time_texts
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.door.signatures import NoSignature, arity, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.runcontext import identity_hash


class JavaEnum(JavaObject):
    """A constant of a java.time enum (DayOfWeek.MONDAY ...): compared by ordinal."""

    __slots__ = ("enum_name", "ordinal")
    kinds: tuple[str, ...] = ("TimeEnum", "Object")
    names: tuple[str, ...] = ()

    def __init__(self, name: str, ordinal: int):
        self.enum_name = name
        self.ordinal = ordinal

    def groovy_to_string(self) -> str:
        return self.enum_name

    def groovy_equals(self, other: object) -> bool:
        return other is self

    def groovy_compare_to(self, other: object) -> int:
        if isinstance(other, JavaEnum) and type(other) is not type(self):
            raise GroovyThrowable("ClassCastException", None)
        if type(other) is not type(self):
            raise compare_error(other, "java.lang.Enum")
        return (self.ordinal > other.ordinal) - (self.ordinal < other.ordinal)  # type: ignore

    def groovy_hash_code(self) -> int:

        return identity_hash(self)

    def groovy_json(self) -> str:
        return '"' + self.enum_name + '"'

    def java_is_a(self, qualified: str) -> bool:
        return (
            qualified
            in (
                self.java_class,
                "java.lang.Enum",
                "java.lang.Comparable",
                "java.io.Serializable",
                "java.lang.Object",
            )
            or qualified in self.supertypes
        )


_TEMPORAL_ENUM = frozenset(
    {"java.time.temporal.TemporalAccessor", "java.time.temporal.TemporalAdjuster"}
)


class DayOfWeek(JavaEnum):
    __slots__ = ()
    java_class = "java.time.DayOfWeek"
    supertypes = _TEMPORAL_ENUM
    kinds = ("DayOfWeek", "TimeEnum", "Object")


class Month(JavaEnum):
    __slots__ = ()
    java_class = "java.time.Month"
    supertypes = _TEMPORAL_ENUM
    kinds = ("Month", "TimeEnum", "Object")


class ChronoUnit(JavaEnum):
    __slots__ = ()
    java_class = "java.time.temporal.ChronoUnit"
    supertypes = frozenset({"java.time.temporal.TemporalUnit"})
    kinds = ("ChronoUnit", "TimeEnum", "Object")

    def groovy_to_string(self) -> str:
        return _UNIT_TEXT[self.enum_name]


class TextStyle(JavaEnum):
    __slots__ = ()
    java_class = "java.time.format.TextStyle"
    kinds = ("TextStyle", "TimeEnum", "Object")


def _constants(cls: type, names: tuple[str, ...]) -> dict:
    return {name: cls(name, i) for i, name in enumerate(names)}


DAYS = _constants(DayOfWeek, tuple(d.upper() for d in cm.DAY_NAMES))
MONTHS = _constants(Month, tuple(m.upper() for m in cm.MONTH_NAMES))
DAY_LIST = tuple(DAYS.values())
MONTH_LIST = tuple(MONTHS.values())
_UNIT_TEXT = {
    "NANOS": "Nanos",
    "MICROS": "Micros",
    "MILLIS": "Millis",
    "SECONDS": "Seconds",
    "MINUTES": "Minutes",
    "HOURS": "Hours",
    "HALF_DAYS": "HalfDays",
    "DAYS": "Days",
    "WEEKS": "Weeks",
    "MONTHS": "Months",
    "YEARS": "Years",
    "DECADES": "Decades",
    "CENTURIES": "Centuries",
    "MILLENNIA": "Millennia",
    "ERAS": "Eras",
    "FOREVER": "Forever",
}
UNITS = _constants(ChronoUnit, tuple(_UNIT_TEXT))
# Exact units in nanoseconds; date units in days (months and up are calendar based).
UNIT_NANOS = {
    "NANOS": 1,
    "MICROS": 1000,
    "MILLIS": 1_000_000,
    "SECONDS": NANOS_PER_SECOND,
    "MINUTES": 60 * NANOS_PER_SECOND,
    "HOURS": 3600 * NANOS_PER_SECOND,
    "HALF_DAYS": 43200 * NANOS_PER_SECOND,
    "DAYS": 86400 * NANOS_PER_SECOND,
}
TEXT_STYLES = _constants(
    TextStyle,
    ("FULL", "FULL_STANDALONE", "SHORT", "SHORT_STANDALONE", "NARROW", "NARROW_STANDALONE"),
)
TEXT_STYLE_LIST = tuple(TEXT_STYLES.values())


def _text_style(self: object) -> TextStyle:
    if isinstance(self, TextStyle):
        return self
    raise NoSignature


def _standalone(flag: bool | None):
    """asStandalone / asNormal (flag), isStandalone (None)."""

    def method(self: object, *args: object) -> object:
        arity(args, 0)
        style = _text_style(self)
        if flag is None:
            return style.ordinal % 2 == 1
        return TEXT_STYLE_LIST[style.ordinal // 2 * 2 + int(flag)]

    return method


def unit_text(name: str) -> str:
    """A ChronoUnit as toString() and Java's messages print it ("HalfDays")."""
    return _UNIT_TEXT[name]


def as_unit(value: object) -> ChronoUnit:
    if isinstance(value, ChronoUnit):
        return value
    raise NoSignature


def _enum(self: object, cls: type) -> JavaEnum:
    if isinstance(self, cls):
        return self
    raise NoSignature


def _enum_name(self: object, *args: object) -> str:
    arity(args, 0)
    return _enum(self, JavaEnum).enum_name


def _enum_ordinal(self: object, *args: object) -> int:
    arity(args, 0)
    return _enum(self, JavaEnum).ordinal


def _enum_compare(self: object, *args: object) -> int:
    arity(args, 1)
    return _enum(self, JavaEnum).groovy_compare_to(args[0])


def _cyclic(values: tuple, step: int):
    def method(self: object, *args: object) -> JavaEnum:
        arity(args, 0, 1)
        amount = as_long(args[0]) if args else 1
        current = _enum(self, type(values[0]))
        return values[(current.ordinal + step * amount) % len(values)]

    return method


def _value(self: object, *args: object) -> int:
    arity(args, 0)
    return _enum(self, (DayOfWeek, Month)).ordinal + 1  # type: ignore[arg-type]


def _display_name(self: object, *args: object) -> str:
    """getDisplayName(TextStyle, Locale): the Locale's word (a Locale without date data is
    refused)."""
    arity(args, 2)
    constant = _enum(self, (DayOfWeek, Month))  # type: ignore[arg-type]
    if not isinstance(args[0], TextStyle):
        raise NoSignature
    field = "DayOfWeek" if isinstance(constant, DayOfWeek) else "MonthOfYear"
    return time_texts(date_tag(args[1]), field, args[0].enum_name)[constant.ordinal]


def _month_length(self: object, *args: object) -> int:
    arity(args, 1)
    if type(args[0]) is not bool:
        raise NoSignature
    month = _enum(self, Month).ordinal + 1
    return cm.month_length(2000 if args[0] else 2001, month)


def _month_max_length(self: object, *args: object) -> int:
    arity(args, 0)
    return cm.month_length(2000, _enum(self, Month).ordinal + 1)


def _of(values: tuple, name: str):
    def method(*args: object) -> JavaEnum:
        arity(args, 1)
        n = as_int(args[0])
        if not 1 <= n <= len(values):
            raise date_time_error(f"Invalid value for {name}: {n}")
        return values[n - 1]

    return method


# the constants of each enum class a script can name, for Enum.valueOf(Class, String) (more
# are added by the modules that define them)
ENUM_TABLES: dict[str, dict] = {}
# enum classes of other packages: valueOf(Class, String) on them is not implemented here
_OTHER_ENUMS = frozenset({"java.math.RoundingMode", "java.util.concurrent.TimeUnit"})


def enum_constant(cls_name: str, table: dict, name_value: object) -> JavaEnum:
    if name_value is None:
        raise GroovyThrowable("NullPointerException", "Name is null")
    name = as_str(name_value)
    if name not in table:
        raise GroovyThrowable("IllegalArgumentException", f"No enum constant {cls_name}.{name}")
    return table[name]


def value_of(cls_name: str, table: dict):
    """valueOf(String), and the inherited Enum.valueOf(Class, String) (any enum class)."""
    ENUM_TABLES[cls_name] = table

    def method(*args: object) -> JavaEnum:
        arity(args, 1, 2)
        if len(args) == 1:
            return enum_constant(cls_name, table, args[0])
        cls = args[0]
        if cls is None:
            raise GroovyThrowable("NullPointerException", None)
        if not isinstance(cls, ClassRef) or cls.qualified in _OTHER_ENUMS:
            raise NoSignature
        if cls.qualified not in ENUM_TABLES:
            raise GroovyThrowable(
                "IllegalArgumentException", f"{cls.qualified} is not an enum class"
            )
        return enum_constant(cls.qualified, ENUM_TABLES[cls.qualified], args[1])

    return method


def _values(values: tuple, component: str):
    def method(*args: object) -> object:
        arity(args, 0)
        return make_array(component, list(values))

    return method


METHODS = {
    "TextStyle": {
        "asStandalone": _standalone(True),
        "asNormal": _standalone(False),
        "isStandalone": _standalone(None),
    },
    "TimeEnum": {
        "name": _enum_name,
        "ordinal": _enum_ordinal,
        "compareTo": _enum_compare,
    },
    "DayOfWeek": {
        "getValue": _value,
        "plus": _cyclic(DAY_LIST, 1),
        "minus": _cyclic(DAY_LIST, -1),
        "next": _cyclic(DAY_LIST, 1),
        "previous": _cyclic(DAY_LIST, -1),
        "getDisplayName": _display_name,
    },
    "Month": {
        "getValue": _value,
        "plus": _cyclic(MONTH_LIST, 1),
        "minus": _cyclic(MONTH_LIST, -1),
        "next": _cyclic(MONTH_LIST, 1),
        "previous": _cyclic(MONTH_LIST, -1),
        "getDisplayName": _display_name,
        "length": _month_length,
        "maxLength": _month_max_length,
        "minLength": lambda self, *args: (
            arity(args, 0) or cm.month_length(2001, _enum(self, Month).ordinal + 1)
        ),
    },
    # between (zoned.py) and getDuration (amount.py) are registered by the modules that hold
    # what they need: every temporal class, and Duration.
    "ChronoUnit": {},
}

STATIC_METHODS = {
    "java.time.DayOfWeek": {
        "of": _of(DAY_LIST, "DayOfWeek"),
        "valueOf": value_of("java.time.DayOfWeek", DAYS),
        "values": _values(DAY_LIST, "java.time.DayOfWeek"),
    },
    "java.time.Month": {
        "of": _of(MONTH_LIST, "MonthOfYear"),
        "valueOf": value_of("java.time.Month", MONTHS),
        "values": _values(MONTH_LIST, "java.time.Month"),
    },
    "java.time.temporal.ChronoUnit": {
        "valueOf": value_of("java.time.temporal.ChronoUnit", UNITS),
        "values": _values(tuple(UNITS.values()), "java.time.temporal.ChronoUnit"),
    },
    "java.time.format.TextStyle": {
        "valueOf": value_of("java.time.format.TextStyle", TEXT_STYLES),
        "values": _values(TEXT_STYLE_LIST, "java.time.format.TextStyle"),
    },
}

STATIC_FIELDS = {
    "java.time.DayOfWeek": dict(DAYS),
    "java.time.Month": dict(MONTHS),
    "java.time.temporal.ChronoUnit": dict(UNITS),
    "java.time.format.TextStyle": dict(TEXT_STYLES),
}
