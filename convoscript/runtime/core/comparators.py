"""java.util.Comparator values: `String.CASE_INSENSITIVE_ORDER`, or a closure `as Comparator`."""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime import numbers
from convoscript.runtime.core import upcalls
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.runcontext import identity_hash
from convoscript.runtime.model.values import Closure


class JavaComparator:
    """A java.util.Comparator (`closure_comparator` makes one from a closure); `compare(a, b)`
    gives an int. Its methods are the Comparator table of the allow-list
    (lib/java_util/comparators.py)."""

    __slots__ = ("closure", "compare_fn", "java_class", "proxy")
    kinds: tuple[str, ...] = ("Comparator", "Object")

    def __init__(
        self,
        compare_fn,
        java_class: str = "java.util.Comparator",
        closure: Closure | None = None,
        proxy: str | None = None,
    ):
        self.compare_fn = compare_fn
        self.java_class = java_class
        self.closure = closure  # the closure it was coerced from, if any
        # "closure" (`{ a, b -> } as Comparator`: the proxy sends every method, the default
        # ones too, to the closure) or "map" (`[compare: {..}] as Comparator`: a method the map
        # lacks is an UnsupportedOperationException); None for a JDK comparator
        self.proxy = proxy

    def compare(self, a: object, b: object) -> int:
        return self.compare_fn(a, b)

    def groovy_class_name(self) -> str:
        # a coerced closure or map is a JDK proxy (its number varies from run to run)
        return self.java_class if self.proxy is None else "jdk.proxy1.$Proxy1"

    def java_is_a(self, qualified: str) -> bool:
        return qualified in (self.java_class, "java.util.Comparator", "java.lang.Object")

    def script_invoke(self, name: str, args: tuple) -> object:
        return upcalls.route_invoke(self, self.kinds, name, args)

    def script_getprop(self, name: str) -> object:
        return upcalls.route_getprop(self, self.kinds, name)

    def groovy_to_string(self) -> str:
        # a closure's proxy prints as the closure; a JDK comparator as Object.toString
        if self.closure is not None:
            return to_string(self.closure)
        return f"{self.java_class}@{identity_hash(self):x}"


def closure_comparator(closure: Closure, proxy: str = "closure") -> JavaComparator:
    """`{ a, b -> ... } as Comparator` (or, with proxy "map", a map's `compare` closure)."""
    return JavaComparator(
        lambda a, b: _int_result(call_closure(closure, a, b)),
        "java.util.Comparator",
        closure,
        proxy,
    )


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and type(value) is not bool


def _int_result(value: object) -> int:
    if _is_number(value):
        return numbers.to_int(value)
    return comparison_sign(value)


def comparison_sign(value: object) -> int:
    """The sign of what a comparing closure returned (-1, 0, 1); not a number: Groovy's cast
    error to int."""
    if _is_number(value):
        return (value > 0) - (value < 0)  # type: ignore[operator]
    raise GroovyThrowable(
        "GroovyCastException",
        f"Cannot cast object '{to_string(value)}' with class "
        f"'{java_class_name(value)}' to class 'int'",
    )
