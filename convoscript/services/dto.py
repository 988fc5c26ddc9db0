"""Data objects handed to scripts (IntentDto, TranscriptUtterance, BpnUser, ...): read-only
views whose fields are fluent accessors, readable both as `dto.code()` and `dto.code`.

A DTO is a `ServiceHandle` (only its marked methods exist for scripts); it copies the plain
data it shows, so a script never holds a host object and cannot change state through it.
"""

from __future__ import annotations

from convoscript.runtime.core.text import to_string
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.services.base import ServiceHandle, script_method


class Dto(ServiceHandle):
    """Base of every DTO: property syntax falls back to the fluent accessor of that name."""

    handle_type = "Dto"
    java_class = "java.lang.Object"
    fields: tuple[str, ...] = ()

    def script_getprop(self, name: str) -> object:
        if any(types == () for types, _ in self._table.get(name, ())):
            return self.script_invoke(name, ())
        return super().script_getprop(name)

    def script_setprop(self, name: str, value: object) -> None:
        """`user.firstName = 'x'` calls the fluent setter `firstName(String)` when there is one."""
        if any(len(types) == 1 for types, _ in self._table.get(name, ())):
            self.script_invoke(name, (value,))
            return
        super().script_setprop(name, value)

    def groovy_to_string(self) -> str:
        simple = self.java_class.rsplit(".", 1)[-1]
        parts = ", ".join(f"{f}={_show(self.script_invoke(f, ()))}" for f in self.fields)
        return f"{simple}({parts})"

    @script_method("Object")
    def equals(self, other: object) -> bool:
        if type(other) is not type(self):
            return False
        return all(self.script_invoke(f, ()) == other.script_invoke(f, ()) for f in self.fields)


def _show(value: object) -> str:

    return to_string(value)


def require(value: object, what: str) -> None:
    """Amelia's non-null parameters: a null is an IllegalArgumentException."""
    if value is None:
        raise GroovyThrowable("IllegalArgumentException", f"{what} must not be null")
