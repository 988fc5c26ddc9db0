"""Closures and maps of closures coerced to an interface (`{ ... } as Rule`, `Rule r = { ... }`,
`[check: { ... }] as Rule`): Groovy's ConvertedClosure and ConvertedMap proxies.

On a closure proxy every method of the interface calls the closure with the arguments given
(default methods too, as Groovy's proxy does); on a map proxy, the map's closure of that name,
and an interface method the map lacks is an UnsupportedOperationException. A proxy is an
instance of its interface, never a Closure or a Map. Nothing runs but the script's own closures.

The java.util.function interfaces are known here with their methods. A script's own interfaces
are known by name (the run's `script_types`), not by their methods: the proxy takes any method
but Object's (`toString`, `equals`, `hashCode`, `getClass`) as one of the interface's.
"""

from __future__ import annotations

from convoscript.runtime.core import upcalls
from convoscript.runtime.core.closures import Closure, call_closure
from convoscript.runtime.core.javatext import java_string
from convoscript.runtime.core.keys import MAP_TYPES
from convoscript.runtime.core.text import to_string
from convoscript.runtime.model import runcontext
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.runcontext import identity_hash

_F = "java.util.function."

# Interface -> (its super-interfaces, its methods with their number of parameters).
FUNCTIONAL_INTERFACES: dict[str, tuple[tuple[str, ...], dict[str, int]]] = {
    _F + "Function": ((), {"apply": 1, "andThen": 1, "compose": 1}),
    _F + "BiFunction": ((), {"apply": 2, "andThen": 1}),
    _F + "UnaryOperator": ((_F + "Function",), {"apply": 1, "andThen": 1, "compose": 1}),
    _F + "BinaryOperator": ((_F + "BiFunction",), {"apply": 2, "andThen": 1}),
    _F + "Predicate": ((), {"test": 1, "and": 1, "or": 1, "negate": 0}),
    _F + "BiPredicate": ((), {"test": 2, "and": 1, "or": 1, "negate": 0}),
    _F + "Supplier": ((), {"get": 0}),
    _F + "Consumer": ((), {"accept": 1, "andThen": 1}),
    _F + "BiConsumer": ((), {"accept": 2, "andThen": 1}),
}

# What the JVM names a proxy class (the number varies from run to run on the JVM).
_PROXY_CLASS = "jdk.proxy1.$Proxy1"

# java.lang.Object's own methods: the proxy answers them, they never reach the closure.
_OBJECT_METHODS = frozenset({"toString", "equals", "hashCode", "getClass"})


class InterfaceProxy:
    """A closure (or a map of closures) implementing the interface `interface`."""

    __slots__ = ("extends", "interface", "methods", "target")
    java_class = _PROXY_CLASS

    def __init__(
        self,
        target: object,
        interface: str,
        extends: tuple[str, ...],
        methods: dict[str, int] | None,
    ):
        self.target = target
        self.interface = interface
        self.extends = extends  # its super-interfaces
        self.methods = methods  # None: any method but Object's

    def script_invoke(self, name: str, args: tuple) -> object:
        methods = self.methods
        is_method = (
            name not in _OBJECT_METHODS if methods is None else methods.get(name, -1) == len(args)
        )
        if not is_method:
            return upcalls.route_invoke(self, ("Object",), name, args)
        if isinstance(self.target, Closure):
            return call_closure(self.target, *args)
        closure = self.target.get(name)  # type: ignore[attr-defined]
        if isinstance(closure, Closure):
            return call_closure(closure, *args)
        raise GroovyThrowable("UnsupportedOperationException", None)

    def script_getprop(self, name: str) -> object:
        return upcalls.route_getprop(self, ("Object",), name)

    def groovy_to_string(self) -> str:
        # the proxy's toString is its target's, in Java's form (a map prints as {k=v})
        if isinstance(self.target, Closure):
            return to_string(self.target)
        return java_string(self.target)

    def groovy_equals(self, other: object) -> bool:
        return other is self

    def groovy_hash_code(self) -> int:
        return identity_hash(self)

    def java_is_a(self, qualified: str) -> bool:
        return (
            qualified in (self.interface, self.java_class, "java.lang.Object")
            or qualified in self.extends
        )


def coerce_to_interface(
    value: object, type_name: str, qualified: str | None, explicit: bool
) -> InterfaceProxy | None:
    """`value` as an implementation of the interface `type_name`, or None when Groovy would not
    coerce it: a closure becomes a java.util.function interface or one of the script's own
    interfaces (`qualified` None: a name the allow-list does not know), a map of closures only
    with `as`."""
    if not (isinstance(value, Closure) or (explicit and type(value) in MAP_TYPES)):
        return None
    if qualified is not None:
        known = FUNCTIONAL_INTERFACES.get(qualified)
        if known is None:
            return None
        return InterfaceProxy(value, qualified, known[0], known[1])
    supertypes = _script_interface(type_name)
    if supertypes is None:
        return None
    return InterfaceProxy(value, type_name, supertypes, None)


def _script_interface(name: str) -> tuple[str, ...] | None:
    """The interfaces the script's interface `name` extends, directly or not (by the names a
    script's `instanceof` gives: its own interfaces by name, Java ones qualified), or None when
    `name` is not an interface the script defines."""
    types = runcontext.current().script_types
    if types.get(name, ("",))[0] != "interface":
        return None
    found: list[str] = []
    todo = list(types[name][1])
    while todo:
        parent = todo.pop()
        if parent in types:
            if parent not in found:
                found.append(parent)
                todo.extend(types[parent][1])
        else:
            found.append(upcalls.resolve_type_name(parent) or parent)
    return tuple(found)
