"""java.text.DateFormatSymbols: a Locale's month, weekday, AM/PM and era names as Java's String
arrays (`new DateFormatSymbols(Locale.FRENCH).months`), from the Locale date data read from
Java 17 (lib/java_util/localedates.py). As in Java, `months` has a 13th empty entry and
`weekdays` an empty entry 0 before Sunday."""

from __future__ import annotations

from convoscript.lib.java_util.localedates import DEFAULT, date_tag, symbols
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.door.signatures import NoSignature, arity


class DateFormatSymbols(JavaObject):
    __slots__ = ("tag",)
    java_class = "java.text.DateFormatSymbols"
    kinds = ("DateFormatSymbols", "Object")
    supertypes = frozenset({"java.io.Serializable", "java.lang.Cloneable"})

    def __init__(self, tag: str):
        self.tag = tag

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, DateFormatSymbols) and other.tag == self.tag


def _new(*args: object) -> DateFormatSymbols:
    if not args:
        return DateFormatSymbols(DEFAULT)
    arity(args, 1)
    return DateFormatSymbols(date_tag(args[0]))


def _words(index: int, leading: bool = False, trailing: bool = False):
    def method(self: object, *args: object) -> object:
        arity(args, 0)
        if not isinstance(self, DateFormatSymbols):
            raise NoSignature
        words = list(symbols(self.tag)[index])
        return make_array("String", ([""] if leading else []) + words + ([""] if trailing else []))

    return method


METHODS = {
    "DateFormatSymbols": {
        "getMonths": _words(0, trailing=True),
        "getShortMonths": _words(1, trailing=True),
        "getWeekdays": _words(4, leading=True),
        "getShortWeekdays": _words(5, leading=True),
        "getAmPmStrings": _words(6),
        "getEras": _words(7),
    }
}
STATIC_METHODS = {"java.text.DateFormatSymbols": {"getInstance": _new}}
CONSTRUCTORS = {"java.text.DateFormatSymbols": _new}
IMPORTABLE = {"java.text.DateFormatSymbols": "java.text.DateFormatSymbols"}
