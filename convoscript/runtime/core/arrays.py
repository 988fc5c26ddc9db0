"""Java arrays (`String[]`, `int[]`, `Object[]`): fixed-size lists that answer only the GDK
methods Groovy offers on arrays. `make_array` builds one (casts such as `as String[]`, varargs).
"""

from __future__ import annotations

from convoscript.runtime.core import upcalls
from convoscript.runtime.core.utf16 import pair
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
        if name == "equals" and len(args) == 1 and type(args[0]) is type(self):
            # the GDK's equals(int[], int[]) and equals(Object[], Object[]): the elements
            budget.current().tick(len(self))
            return list.__eq__(self, args[0])
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

    def groovy_class_name(self) -> str:
        """The JVM's name of the array class (`[I`, `[Ljava.lang.String;`), as Groovy prints it."""
        return binary_name(self.java_class)

    def java_is_a(self, qualified: str) -> bool:
        if qualified in _ARRAY_SUPERTYPES:
            return True
        if not qualified.endswith("[]"):
            return False
        want, have = _simple(qualified[:-2]), _simple(self.java_class[:-2])
        # an Object[] holds arrays of any objects (nested arrays too), not int[]
        return want == have or want == "Object" and have not in PRIMITIVE_CODES

    def component(self) -> str:
        """The element type (`int`, `java.lang.String`, `int[]`)."""
        return self.java_class[:-2]


class StringArray(JavaArray):
    """java.lang.String[] (what `split` returns)."""

    __slots__ = ()
    java_class = "java.lang.String[]"


class IntArray(JavaArray):
    """int[] (`as int[]`): Groovy offers no max()/min() on primitive arrays."""

    __slots__ = ()
    java_class = "int[]"
    methods = ARRAY_METHODS - {"max", "min"}


class CharArray(JavaArray):
    """char[] (`toCharArray()`, `new char[n]`): prints as its text, as Groovy prints it."""

    __slots__ = ()
    java_class = "char[]"

    def groovy_to_string(self) -> str:
        return pair("".join(self))  # a surrogate pair of chars is the one character


# The JVM's one-letter names of the primitive element types.
PRIMITIVE_CODES = {
    "int": "I",
    "long": "J",
    "double": "D",
    "float": "F",
    "boolean": "Z",
    "byte": "B",
    "short": "S",
    "char": "C",
}
_ARRAY_SUPERTYPES = frozenset(
    {"java.lang.Object", "Object", "java.lang.Cloneable", "java.io.Serializable"}
)


def _simple(type_name: str) -> str:
    return type_name.rsplit(".", 1)[-1]


def binary_name(java_class: str) -> str:
    """`[I` for `int[]`, `[[Ljava.lang.String;` for `String[][]`: the JVM's array class name."""
    base = java_class.split("[", 1)[0]
    dims = java_class.count("[]")
    if base in PRIMITIVE_CODES:
        return "[" * dims + PRIMITIVE_CODES[base]
    return "[" * dims + "L" + (upcalls.resolve_type_name(base) or base) + ";"


_ARRAY_TYPES: dict[str, type[JavaArray]] = {
    "String": StringArray,
    "java.lang.String": StringArray,
    "int": IntArray,
    "char": CharArray,
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
