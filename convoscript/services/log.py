"""`log`: debug/info/warn/error entries recorded with the run (Amelia's engine log).

Messages are rendered as Java's String.valueOf would (a Map prints `{a=1}`, not Groovy's
`[a:1]`), since Amelia's logger is a Java logger.
"""

from __future__ import annotations

from convoscript.runtime.core.javatext import java_string
from convoscript.runtime.door.fitting import HandleType
from convoscript.runtime.model import budget
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.state import RunState


def _log_method(level: str):
    @script_method("Object")
    @script_method(HandleType("Execution"), "String")
    @script_method("String", "Throwable")
    def method(self, *args: object) -> None:
        if len(args) == 1:
            self._add(level, java_string(args[0]))
        elif getattr(type(args[0]), "handle_type", None) == "Execution":
            self._add(level, java_string(args[1]))
        else:
            self._add(level, f"{java_string(args[0])}\n{java_string(args[1])}")

    return method


class Log(ServiceHandle):
    handle_type = "Log"
    java_class = "org.slf4j.Logger"
    binding_name = "log"

    def __init__(self, state: RunState):
        self.state = state

    def _add(self, level: str, message: str) -> None:
        b = budget.current()
        b.charge_log()
        b.charge_output(len(message))
        self.state.log.append({"level": level, "message": str(message)})

    debug = _log_method("DEBUG")
    info = _log_method("INFO")
    warn = _log_method("WARN")
    error = _log_method("ERROR")
