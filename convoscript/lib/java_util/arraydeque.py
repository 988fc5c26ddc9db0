"""java.util.ArrayDeque: a Deque (a stack or a queue) that is a Collection but not a List.

As in Groovy 2.4 on the JVM: `push`/`pop` are the Deque's (push adds at the head, pop takes
the head), nulls are refused (NullPointerException), it prints as a list, `==` is identity
(ArrayDeque does not override equals), List-only GDK methods (`reverse`, `getAt(range)`, ...)
are missing, and GDK methods that build "a similar collection" give a LinkedList for
`findAll`, `grep`, `take`, ... but an ArrayDeque for `plus`. Checked on Groovy 2.4.

The value is a Python list subclass (printing, iteration and the Collection GDK see a list)
marked `java_identity`, which core's equality and hashing read to use identity instead.
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import COLLECTION_METHODS, _elements, _is_collection
from convoscript.lib.java_util.arraylist import check_capacity
from convoscript.lib.java_util.iterators import JavaIterator
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.core.javacompare import java_equals
from convoscript.runtime.door.signatures import NoSignature, arity, check_size
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import LinkedList


class ArrayDeque(JavaObject, list):
    """The deque; its elements are the list's, head first."""

    __slots__ = ()
    java_identity = True  # equals/hashCode are Object's
    java_class = "java.util.ArrayDeque"
    kinds = ("ArrayDeque", "Collection", "Object")
    supertypes = frozenset(
        {
            "java.util.Deque",
            "java.util.Queue",
            "java.util.Collection",
            "java.util.AbstractCollection",
            "java.lang.Iterable",
            "java.lang.Cloneable",
            "java.io.Serializable",
        }
    )

    def groovy_truth(self) -> bool:  # an empty Collection is false
        return len(self) > 0


def _d(self: object) -> ArrayDeque:
    if isinstance(self, ArrayDeque):
        return self
    raise NoSignature


def _no_such() -> GroovyThrowable:
    return GroovyThrowable("NoSuchElementException", None)


def _not_null(value: object) -> object:
    if value is None:
        raise GroovyThrowable("NullPointerException", None)
    return value


def _add_first(self: object, *args: object) -> None:
    arity(args, 1)
    d = _d(self)
    check_size(len(d) + 1)
    d.insert(0, _not_null(args[0]))


def _add_last(self: object, *args: object) -> None:
    arity(args, 1)
    d = _d(self)
    check_size(len(d) + 1)
    d.append(_not_null(args[0]))


def _add(self: object, *args: object) -> bool:
    _add_last(self, *args)
    return True


def _offer_first(self: object, *args: object) -> bool:
    _add_first(self, *args)
    return True


def _left_shift(self: object, *args: object) -> ArrayDeque:
    _add_last(self, *args)
    return _d(self)


def _add_all(self: object, *args: object) -> bool:
    arity(args, 1)
    d = _d(self)
    if not _is_collection(args[0]):
        raise NoSignature
    items = _elements(args[0])
    check_size(len(d) + len(items))
    for item in items:
        d.append(_not_null(item))
    return bool(items)


def _head(self: object, *args: object) -> object:
    """getFirst/element/pop/removeFirst's value: NoSuchElementException when empty."""
    arity(args, 0)
    d = _d(self)
    if not d:
        raise _no_such()
    return d[0]


def _tail_end(self: object, *args: object) -> object:
    arity(args, 0)
    d = _d(self)
    if not d:
        raise _no_such()
    return d[-1]


def _remove_first(self: object, *args: object) -> object:
    _head(self, *args)
    return _d(self).pop(0)


def _remove_last(self: object, *args: object) -> object:
    _tail_end(self, *args)
    return _d(self).pop()


def _peek_first(self: object, *args: object) -> object:
    arity(args, 0)
    d = _d(self)
    return d[0] if d else None


def _peek_last(self: object, *args: object) -> object:
    arity(args, 0)
    d = _d(self)
    return d[-1] if d else None


def _poll_first(self: object, *args: object) -> object:
    arity(args, 0)
    d = _d(self)
    return d.pop(0) if d else None


def _poll_last(self: object, *args: object) -> object:
    arity(args, 0)
    d = _d(self)
    return d.pop() if d else None


def _remove_occurrence(last: bool):
    def method(self: object, *args: object) -> bool:
        arity(args, 1)
        d = _d(self)
        indices = range(len(d) - 1, -1, -1) if last else range(len(d))
        for i in indices:
            if java_equals(d[i], args[0]):
                del d[i]
                return True
        return False

    return method


def _remove(self: object, *args: object) -> object:
    """remove() takes the head; remove(x) removes its first occurrence."""
    if not args:
        return _remove_first(self)
    return _remove_occurrence(last=False)(self, *args)


def _iterator(self: object, *args: object) -> JavaIterator:
    arity(args, 0)
    it = JavaIterator(_d(self))
    it.class_name = "java.util.ArrayDeque$DeqIterator"
    return it


def _descending_iterator(self: object, *args: object) -> JavaIterator:
    arity(args, 0)
    it = JavaIterator(list(reversed(_d(self))))
    it.class_name = "java.util.ArrayDeque$DescendingIterator"
    return it


def _clone(self: object, *args: object) -> ArrayDeque:
    arity(args, 0)
    return ArrayDeque(_d(self))


def _plus(self: object, *args: object) -> object:
    result = COLLECTION_METHODS["plus"](_d(self), *args)
    return ArrayDeque(result) if type(result) is list else result


# GDK methods whose result Groovy builds as a similar collection: a LinkedList for a Queue
_AS_LINKED_LIST = ("findAll", "grep", "take", "drop", "takeWhile", "dropWhile", "minus")


def _linked(name: str):
    base = COLLECTION_METHODS[name]

    def method(self: object, *args: object) -> object:
        result = base(_d(self), *args)
        return LinkedList(result) if type(result) is list else result

    return method


ARRAY_DEQUE_METHODS = {
    "addFirst": _add_first,
    "addLast": _add_last,
    "add": _add,
    "addAll": _add_all,
    "leftShift": _left_shift,
    "offer": _add,
    "offerFirst": _offer_first,
    "offerLast": _add,
    "push": _add_first,
    "pop": _remove_first,
    "getFirst": _head,
    "element": _head,
    "getLast": _tail_end,
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
    "iterator": _iterator,
    "descendingIterator": _descending_iterator,
    "clone": _clone,
    "plus": _plus,
    **{name: _linked(name) for name in _AS_LINKED_LIST},
}


def new_array_deque(*args: object) -> ArrayDeque:
    """new ArrayDeque(), (int capacity), (Collection)."""
    arity(args, 0, 1)
    if not args:
        return ArrayDeque()
    if type(args[0]) is int:
        check_capacity(args[0])
        return ArrayDeque()
    if not _is_collection(args[0]):
        raise NoSignature
    items = _elements(args[0])
    check_size(len(items))
    return ArrayDeque(_not_null(x) for x in items)


METHODS = {"ArrayDeque": ARRAY_DEQUE_METHODS}
CONSTRUCTORS = {"java.util.ArrayDeque": new_array_deque}
DEFAULT_IMPORTS = {
    "ArrayDeque": "java.util.ArrayDeque",
    "Deque": "java.util.Deque",  # what an ArrayDeque is typed as (type names only)
    "Queue": "java.util.Queue",
}
