"""java.util.Comparator: its static factories (`Comparator.comparing(keyExtractor)`,
`naturalOrder()`, `reverseOrder()`) and the methods of every comparator (`compare`, `reversed`,
`thenComparing(Comparator)`). The comparators are core's JavaComparator values; a key
extractor is a closure or a closure coerced to java.util.function.Function.

A closure `as Comparator` is a proxy that sends every method, the default ones too, to the
closure: `reversed()` calls it without arguments (a two-parameter closure then fails with
MissingMethodException), its result cast to Comparator. A map `as Comparator` answers a method
it has no closure for with UnsupportedOperationException. Both checked on Groovy 2.4.
"""

from __future__ import annotations

from convoscript.lib.javaobject import compare_error
from convoscript.runtime.core.closures import Closure, call_closure
from convoscript.runtime.core.coerced import InterfaceProxy
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.javacompare import java_compare_to
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable


def _key_extractor(value: object):
    if isinstance(value, Closure):  # Groovy coerces a closure argument to Function
        return lambda item: call_closure(value, item)
    if isinstance(value, InterfaceProxy) and is_instance(value, "java.util.function.Function"):
        return lambda item: value.script_invoke("apply", (item,))
    raise NoSignature


def comparing(*args: object) -> JavaComparator:
    arity(args, 1)
    key = _key_extractor(args[0])
    return JavaComparator(
        lambda a, b: java_compare_to(key(a), key(b)), "java.util.Comparator$$Lambda$1"
    )


def natural_order(*args: object) -> JavaComparator:
    arity(args, 0)
    return JavaComparator(java_compare_to, "java.util.Comparators$NaturalOrderComparator")


def reverse_order(*args: object) -> JavaComparator:
    arity(args, 0)
    return JavaComparator(
        lambda a, b: java_compare_to(b, a), "java.util.Collections$ReverseComparator"
    )


def _comparator(value: object) -> JavaComparator:
    if isinstance(value, JavaComparator):
        return value
    raise NoSignature


def _proxied(self: JavaComparator, args: tuple) -> object:
    """A default method of a coerced Comparator: what its proxy does with it."""
    if self.proxy == "map" or self.closure is None:
        raise GroovyThrowable("UnsupportedOperationException", None)
    result = call_closure(self.closure, *args)
    if result is None or isinstance(result, JavaComparator):
        return result
    raise compare_error(result, "java.util.Comparator")


def _compare(self: object, *args: object) -> int:
    arity(args, 2)
    return _comparator(self).compare(args[0], args[1])


def _reversed(self: object, *args: object) -> object:
    arity(args, 0)
    cmp = _comparator(self)
    if cmp.proxy is not None:
        return _proxied(cmp, args)
    return JavaComparator(
        lambda a, b: cmp.compare(b, a), "java.util.Collections$ReverseComparator2"
    )


def _then_comparing(self: object, *args: object) -> object:
    """thenComparing(Comparator); the Function forms are not implemented (a closure argument is
    ambiguous between them in Groovy 2.4)."""
    arity(args, 1)
    cmp = _comparator(self)
    if cmp.proxy is not None:
        return _proxied(cmp, args)
    other = _comparator(args[0])

    def compare(a: object, b: object) -> int:
        first = cmp.compare(a, b)
        return first if first != 0 else other.compare(a, b)

    return JavaComparator(compare, "java.util.Comparator$$Lambda$2")


METHODS = {
    "Comparator": {
        "compare": _compare,
        "reversed": _reversed,
        "thenComparing": _then_comparing,
    }
}

STATIC_METHODS = {
    "java.util.Comparator": {
        "comparing": comparing,
        "naturalOrder": natural_order,
        "reverseOrder": reverse_order,
    }
}
