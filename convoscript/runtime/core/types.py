"""Java class names of runtime values and the type chains the dispatcher searches.

`dispatch_chain(value)` lists the allow-list tables to try for a receiver, most specific first
(e.g. an Integer is tried as Integer, then Number, then Object), mirroring how Groovy finds a
method on the class, its superclasses and the GDK categories.
"""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime.core.keys import GSet, ListKey, MapKey, SetKey
from convoscript.runtime.core.utf16 import pair
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import (
    BigInteger,
    Char,
    Closure,
    EmptyRange,
    Float,
    GString,
    IntRange,
    LinkedList,
    Long,
    ObjectRange,
)


class MapEntry:
    """java.util.Map.Entry as scripts see it (`e.key`, `e.value`, prints `k=v`)."""

    __slots__ = ("key", "owner", "value")

    def __init__(self, key: object, value: object, owner: dict | None = None):
        self.key = key
        self.value = value
        self.owner = owner


class StringBuilder:
    """java.lang.StringBuilder (`<<` appends; `toString()` gives the text)."""

    __slots__ = ("length", "parts")

    def __init__(self, text: str = ""):
        self.parts: list[str] = [text] if text else []
        self.length = len(text)

    def text(self) -> str:
        if len(self.parts) > 1:  # appended halves of an emoji join (utf16.py)
            self.parts = [pair("".join(self.parts))]
        return self.parts[0] if self.parts else ""


class ClassRef:
    """A Java/Groovy class named in a script (`Integer`, `Math`, `x.class`).

    Only `name`, `simpleName` and the statics the allow-list names are reachable from it.
    """

    __slots__ = ("qualified", "simple")

    def __init__(self, qualified: str):
        self.qualified = qualified
        self.simple = simple_name(qualified)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ClassRef) and other.qualified == self.qualified

    def __hash__(self) -> int:
        return hash(("ClassRef", self.qualified))

    def groovy_equals(self, other: object) -> bool:  # `c == Object`: one class, one value
        return self == other


class ScriptSelf:
    """`this` inside a script: the script object (its methods are the script's methods)."""

    __slots__ = ("frame",)

    def __init__(self, frame: object):
        self.frame = frame


_JAVA_NAMES: dict[type, str] = {
    str: "java.lang.String",
    Char: "java.lang.Character",
    bool: "java.lang.Boolean",
    int: "java.lang.Integer",
    Long: "java.lang.Long",
    BigInteger: "java.math.BigInteger",
    float: "java.lang.Double",
    Float: "java.lang.Float",
    Decimal: "java.math.BigDecimal",
    list: "java.util.ArrayList",
    ListKey: "java.util.ArrayList",  # a List used as a key is still an ArrayList to scripts
    LinkedList: "java.util.LinkedList",
    dict: "java.util.LinkedHashMap",
    MapKey: "java.util.LinkedHashMap",
    GString: "org.codehaus.groovy.runtime.GStringImpl",
    IntRange: "groovy.lang.IntRange",
    EmptyRange: "groovy.lang.EmptyRange",
    ObjectRange: "groovy.lang.ObjectRange",
    MapEntry: "java.util.LinkedHashMap$Entry",
    GSet: "java.util.LinkedHashSet",
    SetKey: "java.util.LinkedHashSet",
    StringBuilder: "java.lang.StringBuilder",
    ClassRef: "java.lang.Class",
}


def java_class_name(value: object) -> str:
    """The fully qualified Java class name of a value (`null` for None, as Groovy prints)."""
    if value is None:
        return "null"
    name = _JAVA_NAMES.get(type(value))
    if name is not None:
        return name
    if isinstance(value, Closure):  # a closure literal's own class (`Script1$_run_closure1`)
        return value.name if "$" in value.name else "groovy.lang.Closure"
    class_name = getattr(value, "groovy_class_name", None)
    if class_name is not None:  # before Throwable: a script class extending an exception
        return class_name()
    if isinstance(value, GroovyThrowable):
        return value.qualified_class()
    if isinstance(value, ScriptSelf):
        return "Script1"
    script_type = getattr(type(value), "java_class", None)
    if isinstance(script_type, str):
        return script_type
    return "java.lang.Object"


def simple_class_name(value: object) -> str:
    """The simple class name a refusal's signature shows (`Closure`, not the closure's class)."""
    if isinstance(value, Closure):
        return "Closure"
    return simple_name(java_class_name(value))


# The element types of the JVM's array class names (`[I`, `[[Ljava.lang.String;`).
_ARRAY_CODES = {
    "I": "int",
    "J": "long",
    "D": "double",
    "F": "float",
    "Z": "boolean",
    "B": "byte",
    "S": "short",
    "C": "char",
}


def simple_name(qualified: str) -> str:
    """A class's simple name: `Entry` of `java.util.Map$Entry`, `String[]` of
    `[Ljava.lang.String;`."""
    if qualified.startswith("["):
        element = qualified.lstrip("[")
        dims = len(qualified) - len(element)
        base = _ARRAY_CODES.get(element) or element[1:-1]
        return simple_name(base) + "[]" * dims
    return qualified.rsplit(".", 1)[-1].rsplit("$", 1)[-1]


# Dispatch chains: the allow-list tables searched for a receiver, in order.
_CHAINS: dict[type, tuple[str, ...]] = {
    str: ("String", "CharSequence", "Object"),
    Char: ("Character", "Object"),
    GString: ("String", "CharSequence", "Object"),
    bool: ("Boolean", "Object"),
    int: ("Integer", "Number", "Object"),
    Long: ("Long", "Number", "Object"),
    BigInteger: ("BigInteger", "Number", "Object"),
    float: ("Double", "Number", "Object"),
    Float: ("Float", "Number", "Object"),
    Decimal: ("BigDecimal", "Number", "Object"),
    list: ("List", "Collection", "Iterable", "Object"),
    ListKey: ("List", "Collection", "Iterable", "Object"),
    LinkedList: ("LinkedList", "List", "Collection", "Iterable", "Object"),
    IntRange: ("Range", "List", "Collection", "Iterable", "Object"),
    EmptyRange: ("Range", "List", "Collection", "Iterable", "Object"),
    ObjectRange: ("Range", "List", "Collection", "Iterable", "Object"),
    dict: ("Map", "Object"),
    MapKey: ("Map", "Object"),
    MapEntry: ("MapEntry", "Object"),
    GSet: ("Set", "Collection", "Iterable", "Object"),
    SetKey: ("Set", "Collection", "Iterable", "Object"),
    StringBuilder: ("StringBuilder", "CharSequence", "Object"),
    ClassRef: ("Class", "Object"),
}


def dispatch_chain(value: object) -> tuple[str, ...]:
    chain = _CHAINS.get(type(value))
    if chain is not None:
        return chain
    if isinstance(value, Closure):
        return ("Closure", "Object")
    if isinstance(value, GroovyThrowable):
        return (value.java_class, "Throwable", "Object")
    return ("Object",)


def has_fixed_chain(t: type) -> bool:
    """Whether every value of type `t` has the same dispatch chain and no handler of its own
    (plain values: strings, numbers, lists, maps ...), so a method lookup can be memoised."""
    return t in _CHAINS and t is not ClassRef and getattr(t, "script_invoke", None) is None
