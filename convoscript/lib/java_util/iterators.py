"""java.util.Iterator: `iterator()` of a List or Set (hasNext, next, remove), failing like
Java's when exhausted (NoSuchElementException), removed twice (IllegalStateException) or when
the collection was resized behind it (ConcurrentModificationException)."""

from __future__ import annotations

from convoscript.lib.gdk.maps import EntrySet, KeySet
from convoscript.lib.javaobject import JavaObject, receiver
from convoscript.runtime.core.javasets import HashSet, TreeSet
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.door.signatures import NoSignature, arity, charge, check_size
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import EmptyRange, IntRange, LinkedList, ObjectRange

# The class Java's iterator has, by the collection it iterates (getClass().name)
_SET_ITERATORS = (
    (EntrySet, "java.util.LinkedHashMap$LinkedEntryIterator"),
    (KeySet, "java.util.LinkedHashMap$LinkedKeyIterator"),
    (TreeSet, "java.util.TreeMap$KeyIterator"),
    (HashSet, "java.util.HashMap$KeyIterator"),
    (GSet, "java.util.LinkedHashMap$LinkedKeyIterator"),
)


def _set_iterator_class(source: GSet) -> str:
    if isinstance(source, (KeySet, EntrySet)):  # a map's view: the iterator of the map's class
        view = java_class_name(source)
        outer = view[: view.index("$")]
        if not outer.endswith("LinkedHashMap"):
            return outer + ("$KeyIterator" if isinstance(source, KeySet) else "$EntryIterator")
    if java_class_name(source) == "java.util.RegularEnumSet":
        return "java.util.RegularEnumSet$EnumSetIterator"
    return next(n for cls, n in _SET_ITERATORS if isinstance(source, cls))


class JavaIterator(JavaObject):
    """An iterator over a live list (by index, as ArrayList's) or over the elements a set had
    when it was made (removing through it removes from the set, and a key or entry view's map)."""

    __slots__ = ("class_name", "cursor", "elements", "expected", "last", "source")
    java_class = "java.util.Iterator"
    kinds = ("Iterator", "Object")
    supertypes = frozenset({"java.util.Iterator"})

    def __init__(self, source: list | GSet):
        self.source = source
        if isinstance(source, list):
            self.elements = source
            linked = isinstance(source, LinkedList)
            self.class_name = (
                "java.util.LinkedList$ListItr" if linked else "java.util.ArrayList$Itr"
            )
        else:
            charge(len(source.items))  # the elements are copied, in the set's order
            self.elements = list(source)
            self.class_name = _set_iterator_class(source)
        self.cursor = 0
        self.last = -1
        self.expected = self._size()

    def groovy_class_name(self) -> str:
        return self.class_name

    def _size(self) -> int:
        return len(self.source) if isinstance(self.source, list) else len(self.source.items)

    def _check(self) -> None:
        if self._size() != self.expected:
            raise GroovyThrowable("ConcurrentModificationException", None)

    def has_next(self) -> bool:
        return self.cursor != len(self.elements)  # a list's live size, as ArrayList's

    def next(self) -> object:
        self._check()
        if self.cursor >= len(self.elements):
            raise GroovyThrowable("NoSuchElementException", None)
        self.last = self.cursor
        self.cursor += 1
        return self.elements[self.last]

    def remove(self) -> None:
        if self.last < 0:
            raise GroovyThrowable("IllegalStateException", None)
        self._check()
        source = self.source
        if isinstance(source, list):
            del source[self.last]
            self.cursor = self.last
        else:
            element = self.elements[self.last]
            del source.items[element]
            if isinstance(source, KeySet):
                source.owner.pop(element, None)
            elif isinstance(source, EntrySet) and element.owner is not None:
                element.owner.pop(element.key, None)
        self.last = -1
        self.expected = self._size()

    def rest(self) -> list:
        """The elements not yet returned (consumed, as Groovy's Iterator methods do)."""
        self._check()
        rest = list(self.elements[self.cursor :])
        check_size(len(rest))
        self.cursor = len(self.elements)
        self.last = -1
        return rest


_it = receiver(JavaIterator)


def iterator(self: object, *args: object) -> JavaIterator:
    arity(args, 0)
    if isinstance(self, IntRange):  # its elements, by the class Groovy's range iterates with
        check_size(len(self))
        it = JavaIterator(list(self.to_range()))
        empty = isinstance(self, EmptyRange)
        it.class_name = (
            "java.util.AbstractList$Itr" if empty else "groovy.lang.IntRange$IntRangeIterator"
        )
        return it
    if not isinstance(self, (list, GSet)):
        raise NoSignature
    it = JavaIterator(self)
    if isinstance(self, ObjectRange):
        it.class_name = "groovy.lang.ObjectRange$1"
    return it


def has_next(self: object, *args: object) -> bool:
    arity(args, 0)
    return _it(self).has_next()


def next_(self: object, *args: object) -> object:
    arity(args, 0)
    return _it(self).next()


def remove(self: object, *args: object) -> None:
    arity(args, 0)
    _it(self).remove()


def to_list(self: object, *args: object) -> list:
    arity(args, 0)
    return _it(self).rest()


METHODS = {
    "Collection": {"iterator": iterator},
    "Iterator": {"hasNext": has_next, "next": next_, "remove": remove, "toList": to_list},
}

# what `iterator()` values are typed as in declarations and casts (a type name only)
DEFAULT_IMPORTS = {"Iterator": "java.util.Iterator"}
