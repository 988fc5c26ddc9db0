"""java.util.Comparator's static factories: `Comparator.comparing(keyExtractor)`,
`naturalOrder()`, `reverseOrder()`. The comparators are core's JavaComparator values (`compare`,
`reversed`); a key extractor is a closure or a closure coerced to java.util.function.Function."""

from __future__ import annotations

from convoscript.runtime.core.closures import Closure, call_closure
from convoscript.runtime.core.coerced import InterfaceProxy
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.javacompare import java_compare_to
from convoscript.runtime.door.signatures import NoSignature, arity


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


STATIC_METHODS = {
    "java.util.Comparator": {
        "comparing": comparing,
        "naturalOrder": natural_order,
        "reverseOrder": reverse_order,
    }
}
