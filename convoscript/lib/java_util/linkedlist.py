"""java.util.LinkedList: a List plus the Deque methods flow scripts use as a queue; its
methods and constructor. The class is runtime.core's `types.LinkedList` (core's dispatch chain
and casts recognise it).

Everything else is the List GDK (the dispatch chain continues with "List"). Groovy builds a
"similar" collection for some GDK results, so `linked + [1]`, `linked.findAll {}` or
`linked.take(2)` stay LinkedLists while `collect`, `toList`, `reverse` and `toSorted` give
ArrayLists (checked on Groovy 2.4). `push`/`pop` are Groovy's List methods (push appends, pop
removes the last), which win over the Deque ones in Groovy 2.4.
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import COLLECTION_METHODS, LIST_METHODS
from convoscript.lib.java_util.arraylist import new_list
from convoscript.lib.java_util.iterators import JavaIterator
from convoscript.runtime.core.javacompare import java_equals
from convoscript.runtime.door.signatures import NoSignature, arity, check_size
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import LinkedList


def _no_such() -> GroovyThrowable:
    return GroovyThrowable("NoSuchElementException", None)


def _add_first(self: LinkedList, *args: object) -> None:
    arity(args, 1)
    check_size(len(self) + 1)
    self.insert(0, args[0])


def _add_last(self: LinkedList, *args: object) -> None:
    arity(args, 1)
    check_size(len(self) + 1)
    self.append(args[0])


def _offer_first(self: LinkedList, *args: object) -> bool:
    _add_first(self, *args)
    return True


def _offer_last(self: LinkedList, *args: object) -> bool:
    _add_last(self, *args)
    return True


def _first(self: LinkedList, *args: object) -> object:
    """getFirst/element: the head, NoSuchElementException when empty."""
    arity(args, 0)
    if not self:
        raise _no_such()
    return self[0]


def _last(self: LinkedList, *args: object) -> object:
    arity(args, 0)
    if not self:
        raise _no_such()
    return self[-1]


def _peek_first(self: LinkedList, *args: object) -> object:
    """peek/peekFirst: the head, or null when empty."""
    arity(args, 0)
    return self[0] if self else None


def _peek_last(self: LinkedList, *args: object) -> object:
    arity(args, 0)
    return self[-1] if self else None


def _remove_first(self: LinkedList, *args: object) -> object:
    arity(args, 0)
    if not self:
        raise _no_such()
    return self.pop(0)


def _remove_last(self: LinkedList, *args: object) -> object:
    arity(args, 0)
    if not self:
        raise _no_such()
    return self.pop()


def _poll_first(self: LinkedList, *args: object) -> object:
    """poll/pollFirst: remove and return the head, or null when empty."""
    arity(args, 0)
    return self.pop(0) if self else None


def _poll_last(self: LinkedList, *args: object) -> object:
    arity(args, 0)
    return self.pop() if self else None


def _remove(self: LinkedList, *args: object) -> object:
    """remove() takes the head (Deque); remove(x) is the List method."""
    if not args:
        return _remove_first(self)
    return (LIST_METHODS.get("remove") or COLLECTION_METHODS["remove"])(self, *args)


def _remove_occurrence(last: bool):
    def method(self: LinkedList, *args: object) -> bool:
        arity(args, 1)
        indices = range(len(self) - 1, -1, -1) if last else range(len(self))
        for i in indices:
            if java_equals(self[i], args[0]):
                del self[i]
                return True
        return False

    return method


class _DescendingIterator(JavaIterator):
    """LinkedList.descendingIterator(): from the last element; remove() removes from the list."""

    __slots__ = ("linked",)

    def __init__(self, linked: LinkedList):
        super().__init__(list(reversed(linked)))
        self.linked = linked
        self.class_name = "java.util.LinkedList$DescendingIterator"

    def remove(self) -> None:
        at = self.last
        super().remove()  # from the reversed copy (IllegalStateException when not allowed)
        del self.linked[len(self.linked) - 1 - at]


def _descending(self: LinkedList, *args: object) -> JavaIterator:
    arity(args, 0)
    check_size(len(self))
    return _DescendingIterator(self)


# GDK methods whose List result Groovy builds as "a similar collection": a LinkedList here
_SIMILAR = (
    "plus",
    "minus",
    "findAll",
    "grep",
    "tail",
    "init",
    "take",
    "drop",
    "takeWhile",
    "dropWhile",
    "intersect",
    "toUnique",
    "flatten",
    "multiply",
    "clone",
    "getAt",
)


def _similar(name: str):
    base = LIST_METHODS.get(name) or COLLECTION_METHODS[name]

    def method(self: LinkedList, *args: object) -> object:
        result = base(self, *args)
        return LinkedList(result) if type(result) is list else result

    return method


def _split(self: LinkedList, *args: object) -> object:
    parts = (LIST_METHODS.get("split") or COLLECTION_METHODS["split"])(self, *args)
    return [LinkedList(p) if type(p) is list else p for p in parts]  # type: ignore[attr-defined]


LINKED_LIST_METHODS = {
    "addFirst": _add_first,
    "addLast": _add_last,
    "offer": _offer_last,
    "offerFirst": _offer_first,
    "offerLast": _offer_last,
    "getFirst": _first,
    "element": _first,
    "getLast": _last,
    "peek": _peek_first,
    "peekFirst": _peek_first,
    "peekLast": _peek_last,
    "poll": _poll_first,
    "pollFirst": _poll_first,
    "pollLast": _poll_last,
    "removeFirst": _remove_first,
    "removeLast": _remove_last,
    "remove": _remove,
    "removeFirstOccurrence": _remove_occurrence(last=False),
    "removeLastOccurrence": _remove_occurrence(last=True),
    "descendingIterator": _descending,
    "split": _split,
    **{name: _similar(name) for name in _SIMILAR},
}


def new_linked_list(*args: object) -> LinkedList:
    """new LinkedList() / new LinkedList(collection): no capacity constructor, as in Java."""
    arity(args, 0, 1)
    if args and type(args[0]) is int:
        raise NoSignature
    return LinkedList(new_list(*args))


METHODS = {"LinkedList": LINKED_LIST_METHODS}
CONSTRUCTORS = {"java.util.LinkedList": new_linked_list}
DEFAULT_IMPORTS = {"LinkedList": "java.util.LinkedList"}
