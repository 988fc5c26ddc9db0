"""The one cast function accepts every allowed class from its own instances (issue 10, class 3).

A typed declaration, parameter, return or `as` naming a class keeps a value that already is one:
its own class, a superclass or an interface it implements, as Java says (a LocalDate is a
ChronoLocalDate, a Temporal and a Comparable; a read-only list is a List, a Collection and an
Iterable), whether the script names the class by its qualified name or, once imported, by its
simple name. Every value class the library and core define is checked, with every Java type it
declares, so a class added later is covered without a line here.
"""

from __future__ import annotations

import importlib
import pkgutil
from decimal import Decimal

import pytest

import convoscript.lib
import convoscript.runtime.core
from convoscript.runtime.core.casts import cast
from convoscript.runtime.core.coerced import InterfaceProxy
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.keys import MapKey
from convoscript.runtime.core.types import GSet, LinkedList, StringBuilder
from convoscript.runtime.door import allowlist
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Char, GString, IntRange, Long


def _value_classes() -> list[type]:
    """The Python classes standing for a Java class (`java_class` names it), in lib and core."""
    allowlist.ensure_library_loaded()
    found: dict[type, None] = {}
    for package in (convoscript.lib, convoscript.runtime.core):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for obj in vars(module).values():
                if (
                    isinstance(obj, type)
                    and obj.__module__ == module.__name__
                    and isinstance(getattr(obj, "java_class", None), str)
                    and obj.java_class != "java.lang.Object"  # abstract bases
                    and obj is not InterfaceProxy  # of the interface it was made for
                ):
                    found[obj] = None
    return list(found)


def _registered_names() -> dict[str, set[str]]:
    """Qualified class name -> the names a script may write for it (simple and qualified)."""
    names: dict[str, set[str]] = {}
    for simple, qualified in allowlist.CLASS_NAMES.items():
        names.setdefault(qualified, {qualified}).add(simple)
    for qualified in allowlist.IMPORTABLE.values():
        names.setdefault(qualified, {qualified}).add(qualified.rsplit(".", 1)[-1])
    return names


def _java_types(cls: type) -> set[str]:
    supertypes = getattr(cls, "supertypes", ())
    return {
        cls.java_class,
        "java.lang.Object",
        *(supertypes if isinstance(supertypes, frozenset) else ()),
    }


VALUE_CLASSES = _value_classes()


@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_a_value_is_castable_to_its_class_and_supertypes(cls: type) -> None:
    value = cls.__new__(cls)  # no constructor runs: the cast looks at the class only
    registered = _registered_names()
    for java_type in _java_types(cls):
        for name in registered.get(java_type, {java_type}):
            assert is_instance(value, allowlist.resolve_type_name(name) or name), (cls, name)
            assert cast(value, name) is value, (cls, name)
            assert cast(value, name, explicit=True) is value, (cls, name)


def test_every_registered_class_name_resolves_as_a_type() -> None:
    """`LocalDate d` after `import java.time.LocalDate`: the cast names java.time.LocalDate."""
    for qualified, names in _registered_names().items():
        for name in names:
            assert allowlist.resolve_type_name(name) == qualified, name


# Plain values (Python builtins standing for Java classes): the class and its Java supertypes.
PLAIN = [
    ("abc", ["String", "CharSequence", "Comparable", "Object"]),
    (GString(("a", ""), (1,)), ["GString", "CharSequence", "Comparable", "Object"]),
    (Char("a"), ["Character", "char", "Comparable", "Object"]),
    (True, ["Boolean", "boolean", "Object"]),
    (1, ["Integer", "int", "Number", "Comparable", "Object"]),
    (Long(1), ["Long", "long", "Number", "Comparable", "Object"]),
    (BigInteger(1), ["BigInteger", "Number", "Comparable", "Object"]),
    (1.5, ["Double", "double", "Number", "Comparable", "Object"]),
    (Decimal("1.5"), ["BigDecimal", "Number", "Comparable", "Object"]),
    ([1], ["ArrayList", "List", "Collection", "Iterable", "Object"]),
    (LinkedList([1]), ["LinkedList", "List", "Collection", "Iterable", "Object"]),
    (IntRange(1, 3), ["IntRange", "Range", "List", "Collection", "Iterable", "Object"]),
    (GSet([1]), ["LinkedHashSet", "HashSet", "Set", "Collection", "Iterable", "Object"]),
    ({"a": 1}, ["LinkedHashMap", "HashMap", "Map", "Object"]),
    (MapKey({"a": 1}), ["LinkedHashMap", "Map", "Object"]),
    (StringBuilder("x"), ["StringBuilder", "CharSequence", "Comparable", "Object"]),
]


@pytest.mark.parametrize(
    "value,names", PLAIN, ids=[type(v).__name__ + str(i) for i, (v, _) in enumerate(PLAIN)]
)
def test_a_plain_value_is_castable_to_its_class_and_supertypes(value, names) -> None:
    for name in names:
        result = cast(value, name)
        assert result == value, (value, name)
        if name[0].isupper():  # a primitive target unboxes: only the value is the same
            assert type(result) is type(value), (value, name)


def test_an_exception_is_castable_to_its_class_and_ancestors() -> None:
    exc = GroovyThrowable("DateTimeParseException", "bad")
    for name in (
        "java.time.format.DateTimeParseException",
        "DateTimeParseException",
        "RuntimeException",
        "Exception",
        "Throwable",
        "Object",
    ):
        assert cast(exc, name) is exc, name


def test_a_value_of_another_class_is_refused() -> None:
    for value, name in [("2024-01-01", "LocalDate"), ([1], "Map"), (GSet([1]), "List")]:
        with pytest.raises(GroovyThrowable) as info:
            cast(value, name)
        assert info.value.java_class == "GroovyCastException"
