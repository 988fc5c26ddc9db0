"""Java arrays (`String[]`, `int[]`, `Object[]`): fixed-size lists that answer only the GDK
methods Groovy offers on arrays. `make_array` builds one (casts such as `as String[]`, varargs).
"""

from __future__ import annotations

from convoscript.runtime.core import upcalls
from convoscript.runtime.model import budget

# Methods Groovy offers on a String[] (checked on Groovy 2.4): the rest are missing methods.
ARRAY_METHODS = frozenset(
    {
        "size",
        "toList",
        "first",
        "last",
        "head",
        "tail",
        "sort",
        "reverse",
        "sum",
        "max",
        "min",
        "flatten",
        "join",
        "collect",
        "findAll",
        "find",
        "any",
        "every",
        "asBoolean",
        "contains",
        "toString",
        "inspect",
        "hashCode",
        "equals",
        "getAt",
        "putAt",
        "each",
        "eachWithIndex",
        "plus",
        "minus",
        "take",
        "drop",
        "groupBy",
        "inject",
        "collectEntries",
        "count",
        "findIndexOf",
        "getClass",
        "is",
        "isCase",
        "grep",
        "countBy",
        "collectMany",
        "findResult",
        "with",
    }
)
# Of those, the ones whose result is again an array of the same type.
ARRAY_RESULTS = frozenset({"tail", "reverse", "plus", "minus", "take", "drop"})
# The allow-list tables an array's methods come from, most specific first.
ARRAY_KINDS = ("Array", "List", "Collection", "Object")


class JavaArray(list):
    """A Java array (fixed size; only the GDK's array methods apply). `make_array` builds one."""

    __slots__ = ()
    java_class = "java.lang.Object[]"
    java_array = True
    methods = ARRAY_METHODS

    def script_invoke(self, name: str, args: tuple) -> object:
        # a List method arrays lack is searched in no table: a MissingMethodException
        kinds = ARRAY_KINDS if name in self.methods else ()
        result = upcalls.route_invoke(self, kinds, name, args)
        if name in ARRAY_RESULTS and type(result) is list:
            return type(self)(result)
        return result

    def script_getprop(self, name: str) -> object:
        if name == "length":
            return len(self)
        if name == "class":
            return upcalls.route_getprop(self, ("Object",), name)
        budget.current().tick(len(self))
        return [upcalls.getprop(item, name) if item is not None else None for item in self]

    def groovy_truth(self) -> bool:
        return len(self) > 0

    def java_is_a(self, qualified: str) -> bool:
        return qualified in (self.java_class, "java.lang.Object")


class StringArray(JavaArray):
    """java.lang.String[] (what `split` returns)."""

    __slots__ = ()
    java_class = "java.lang.String[]"


class IntArray(JavaArray):
    """int[] (`as int[]`): Groovy offers no max()/min() on primitive arrays."""

    __slots__ = ()
    java_class = "int[]"
    methods = ARRAY_METHODS - {"max", "min"}


_ARRAY_TYPES: dict[str, type[JavaArray]] = {
    "String": StringArray,
    "java.lang.String": StringArray,
    "int": IntArray,
}


def make_array(component: str, items: list) -> JavaArray:
    """A Java array of `component` ("String", "int", "Object", ...) holding `items` (for casts
    such as `as String[]`; elements are not converted here)."""
    budget.current().check_collection(len(items))
    cls = _ARRAY_TYPES.get(component)
    if cls is None:
        cls = type(
            f"{component}Array", (JavaArray,), {"__slots__": (), "java_class": f"{component}[]"}
        )
    return cls(items)
