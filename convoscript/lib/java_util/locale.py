"""java.util.Locale: only the English constants, since all formatting is Locale.US."""

from __future__ import annotations

from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.door.signatures import NoSignature


class Locale(JavaObject):
    __slots__ = ("tag",)
    java_class = "java.util.Locale"
    kinds = ("Locale", "Object")

    def __init__(self, tag: str):
        self.tag = tag

    def groovy_to_string(self) -> str:
        return self.tag

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, Locale) and other.tag == self.tag


LOCALES = {
    "US": Locale("en_US"),
    "ENGLISH": Locale("en"),
    "UK": Locale("en_GB"),
    "ROOT": Locale(""),
    "CANADA": Locale("en_CA"),
}


def as_locale(value: object) -> Locale:
    if isinstance(value, Locale):
        return value
    raise NoSignature
