"""groovy.util.OrderBy: a Comparator built from closures that each pick a sort key
(`list.sort(new OrderBy([{ it.priority }, { -it.wait }]))`).

As in Groovy 2.4: the keys are compared with Groovy's NumberAwareComparator, the first
non-zero comparison wins; with `equalityCheck`, keys that are not both Comparable compare 0
when equal and -1 otherwise. Each closure takes one argument (the element). Checked on Groovy.
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import number_aware_compare
from convoscript.runtime.core import upcalls
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.compare import equals, truth
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.signatures import NoSignature, arity, check_size
from convoscript.runtime.model.values import Closure

_SUPERTYPES = frozenset(
    {"groovy.util.OrderBy", "java.util.Comparator", "java.io.Serializable", "java.lang.Object"}
)


class OrderBy(JavaComparator):
    """The comparator value; its closures and equality flag belong to the run that made it."""

    __slots__ = ("closures", "equality_check")

    def __init__(self, closures: list[Closure], equality_check: bool):
        super().__init__(self._compare, "groovy.util.OrderBy")
        self.closures = closures
        self.equality_check = equality_check

    def _compare(self, a: object, b: object) -> int:
        for closure in self.closures:
            v1, v2 = call_closure(closure, a), call_closure(closure, b)
            comparable = is_instance(v1, "java.lang.Comparable") and is_instance(
                v2, "java.lang.Comparable"
            )
            if not self.equality_check or comparable:
                result = number_aware_compare(v1, v2)
            else:
                result = 0 if equals(v1, v2) else -1
            if result != 0:
                return result
        return 0

    def groovy_class_name(self) -> str:
        return "groovy.util.OrderBy"

    def java_is_a(self, qualified: str) -> bool:
        return qualified in _SUPERTYPES

    # its own methods are the OrderBy table (below), then Comparator's
    kinds = ("OrderBy", "Comparator", "Object")

    def script_getprop(self, name: str) -> object:
        cap = name[:1].upper() + name[1:]
        if allowlist.METHODS["OrderBy"].get("is" + cap) is not None:  # a boolean property
            return upcalls.route_invoke(self, self.kinds, "is" + cap, ())
        return upcalls.route_getprop(self, self.kinds, name)

    def script_setprop(self, name: str, value: object) -> None:
        setter = "set" + name[:1].upper() + name[1:]
        if setter == "setEqualityCheck":  # Groovy casts the value to the boolean parameter
            value = truth(value)
        upcalls.route_invoke(self, self.kinds, setter, (value,))


def _order_by(value: object) -> OrderBy:
    if isinstance(value, OrderBy):
        return value
    raise NoSignature


def _add(self: object, *args: object) -> None:
    arity(args, 1)
    order, closure = _order_by(self), args[0]
    if not isinstance(closure, Closure):
        raise NoSignature
    check_size(len(order.closures) + 1)
    order.closures.append(closure)


def _is_equality_check(self: object, *args: object) -> bool:
    arity(args, 0)
    return _order_by(self).equality_check


def _set_equality_check(self: object, *args: object) -> None:
    arity(args, 1)
    if type(args[0]) is not bool:
        raise NoSignature
    _order_by(self).equality_check = args[0]


METHODS = {
    "OrderBy": {
        "add": _add,
        "isEqualityCheck": _is_equality_check,
        "setEqualityCheck": _set_equality_check,
    }
}


def new_order_by(*args: object) -> OrderBy:
    """OrderBy(), (boolean), (Closure), (Closure, boolean), (List<Closure>), (List, boolean)."""
    arity(args, 0, 1, 2)
    equality = False
    if args and type(args[-1]) is bool:
        equality, args = args[-1], args[:-1]  # type: ignore[assignment]
    if len(args) > 1:
        raise NoSignature
    if not args:
        return OrderBy([], equality)
    keys = args[0]
    if isinstance(keys, Closure):
        return OrderBy([keys], equality)
    if isinstance(keys, list) and all(isinstance(k, Closure) for k in keys):
        check_size(len(keys))
        return OrderBy(list(keys), equality)
    raise NoSignature  # (Groovy would fail later, comparing with a non-closure key)


CONSTRUCTORS = {"groovy.util.OrderBy": new_order_by}
DEFAULT_IMPORTS = {"OrderBy": "groovy.util.OrderBy"}  # groovy.util.* is a default import
