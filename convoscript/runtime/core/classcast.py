"""Java 17's ClassCastException, worded as the JVM words it: `class java.util.Date cannot be cast
to class java.lang.Integer (java.util.Date and java.lang.Integer are in module java.base of loader
'bootstrap')`. Groovy's own classes (IntRange, GStringImpl) live in the unnamed module of
Groovy's RootLoader, a script's classes in that of its GroovyClassLoader; a loader is named with
its identity hash, which here is the run's hash of a stand-in object (never a host address)."""

from __future__ import annotations

from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.runcontext import identity_hash

_BASE = "module java.base of loader 'bootstrap'"
# Stand-ins for the two class loaders a message may name; their identity hashes are the run's.
_ROOT_LOADER = object()
_SCRIPT_LOADER = object()


def _module(cls: str) -> str:
    if (
        cls.startswith(("java.", "javax."))
        or cls.startswith("[")
        or "." not in cls
        and cls[:1].islower()
    ):
        return _BASE
    if cls.startswith(("groovy.", "org.codehaus.groovy.")):
        return f"unnamed module of loader org.codehaus.groovy.tools.RootLoader @{identity_hash(_ROOT_LOADER):x}"
    return (
        "unnamed module of loader groovy.lang.GroovyClassLoader$InnerLoader "
        f"@{identity_hash(_SCRIPT_LOADER):x}"
    )


def cast_message(value_class: str, target: str) -> str:
    """The JVM's text for a value of `value_class` cast to `target` (both qualified names)."""
    a, b = _module(value_class), _module(target)
    where = (
        f"{value_class} and {target} are in {a}"
        if a == b
        else f"{value_class} is in {a}; {target} is in {b}"
    )
    return f"class {value_class} cannot be cast to class {target} ({where})"


def class_cast(value: object, target: str) -> GroovyThrowable:
    """ClassCastException for `value` cast to the class `target` (qualified)."""
    return GroovyThrowable("ClassCastException", cast_message(java_class_name(value), target))
