"""The calls core makes up into runtime.door, which sits above core and so cannot be imported.

Core defines value types that answer some methods themselves (a Java array's `length`, a
TreeSet's `add`, a Comparator's `compare`) and leave the rest to the allow-list tables, and the
one cast function, which names a class as the allow-list resolves it. Those tables and their
dispatcher belong to the door: `runtime.door.dispatch` installs its functions here when it is
imported, which is before any script value can reach core (every one goes through the door).

Call them through the module (`upcalls.route_invoke(...)`), never import the names: `install`
rebinds them.
"""

from __future__ import annotations

from collections.abc import Callable


def _not_installed(*args: object) -> object:
    raise RuntimeError("runtime.door is not loaded: core cannot reach the allow-list")


# `receiver.name(*args)` answered by the allow-list tables `kinds` (most specific first), else
# Groovy's MissingMethodException; no kinds at all means the method is missing.
route_invoke: Callable[[object, tuple, str, tuple], object] = _not_installed
# `receiver.name` through the getters of the tables `kinds` (and `class`), else
# MissingPropertyException.
route_getprop: Callable[[object, tuple, str], object] = _not_installed
# `receiver.name` as the door reads any property.
getprop: Callable[[object, str], object] = _not_installed
# The qualified name of a type as a declaration, cast or parameter names it (`Date`,
# `java.util.Date`, `LocalDate` once imported), or None for a name the allow-list does not know
# (the script's own classes).
resolve_type_name: Callable[[str], str | None] = _not_installed  # type: ignore[assignment]


def install(
    *,
    route_invoke_fn: Callable[[object, tuple, str, tuple], object],
    route_getprop_fn: Callable[[object, tuple, str], object],
    getprop_fn: Callable[[object, str], object],
    resolve_type_name_fn: Callable[[str], str | None],
) -> None:
    """Called once, by runtime.door.dispatch."""
    global route_invoke, route_getprop, getprop, resolve_type_name
    route_invoke = route_invoke_fn
    route_getprop = route_getprop_fn
    getprop = getprop_fn
    resolve_type_name = resolve_type_name_fn
