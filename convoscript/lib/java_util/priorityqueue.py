"""java.util.PriorityQueue: a binary heap in natural order or a Comparator's.

Java's own heap algorithm (siftUp, siftDown, heapify, removeAt) is reproduced step for step,
because scripts see its array: printing, iterating and the Collection GDK go through the
elements in heap order, not sorted order; only `poll`/`remove()` take the least. Nulls are
refused (NullPointerException), an element that is not Comparable fails when added without a
Comparator (ClassCastException), `==` is identity (PriorityQueue does not override equals),
and the GDK's "similar collection" of a Queue is a LinkedList (`findAll`, `plus` ...).
Checked on Groovy 2.4.

The value is a Python list subclass (the heap array) marked `java_identity`, as ArrayDeque.
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import COLLECTION_METHODS, _elements, _is_collection
from convoscript.lib.java_util.iterators import JavaIterator
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.core.comparators import JavaComparator, closure_comparator
from convoscript.runtime.core.javacompare import java_compare_to, java_equals
from convoscript.runtime.core.javasets import TreeSet
from convoscript.runtime.door.signatures import NoSignature, arity, charge, check_size
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Closure, LinkedList


class PriorityQueue(JavaObject, list):
    """The heap: element 0 is the least; the list is Java's `queue` array, `size` long."""

    __slots__ = ("comparator",)
    java_identity = True  # equals/hashCode are Object's
    java_class = "java.util.PriorityQueue"
    kinds = ("PriorityQueue", "Collection", "Object")
    supertypes = frozenset(
        {
            "java.util.Queue",
            "java.util.AbstractQueue",
            "java.util.Collection",
            "java.util.AbstractCollection",
            "java.lang.Iterable",
            "java.io.Serializable",
        }
    )

    def groovy_truth(self) -> bool:  # an empty Collection is false
        return len(self) > 0

    def __init__(self, items: object = (), comparator: JavaComparator | None = None):
        list.__init__(self, items)  # type: ignore[call-overload]
        self.comparator = comparator

    def compare(self, a: object, b: object) -> int:
        if self.comparator is None:
            return java_compare_to(a, b)
        return self.comparator.compare(a, b)

    def sift_up(self, k: int, x: object) -> None:
        if self.comparator is None:
            java_compare_to(x, x)  # Java's cast of x to Comparable, before any comparison
        while k > 0:
            charge(1)
            parent = (k - 1) >> 1
            e = self[parent]
            if self.compare(x, e) >= 0:
                break
            self[k] = e
            k = parent
        self[k] = x

    def sift_down(self, k: int, x: object, n: int) -> None:
        half = n >> 1
        while k < half:
            charge(1)
            child = 2 * k + 1
            c = self[child]
            right = child + 1
            if right < n and self.compare(c, self[right]) > 0:
                child = right
                c = self[child]
            if self.compare(x, c) <= 0:
                break
            self[k] = c
            k = child
        self[k] = x

    def offer(self, x: object) -> bool:
        if x is None:
            raise GroovyThrowable("NullPointerException", None)
        check_size(len(self) + 1)
        self.append(x)
        self.sift_up(len(self) - 1, x)
        return True

    def poll(self) -> object:
        if not self:
            return None
        result = self[0]
        x = self.pop()
        if self:
            self.sift_down(0, x, len(self))
        return result

    def remove_at(self, i: int) -> None:
        last = len(self) - 1
        if last == i:
            self.pop()
            return
        moved = self.pop()
        self.sift_down(i, moved, len(self))
        if self[i] is moved:
            self.sift_up(i, moved)

    def heapify(self) -> None:
        for i in range((len(self) >> 1) - 1, -1, -1):
            self.sift_down(i, self[i], len(self))


def _q(self: object) -> PriorityQueue:
    if isinstance(self, PriorityQueue):
        return self
    raise NoSignature


def _index_of(q: PriorityQueue, x: object) -> int:
    charge(len(q) // 8)
    if x is not None:
        for i, e in enumerate(q):
            if java_equals(x, e):
                return i
    return -1


def _offer(self: object, *args: object) -> bool:
    arity(args, 1)
    return _q(self).offer(args[0])


def _left_shift(self: object, *args: object) -> PriorityQueue:
    _offer(self, *args)
    return _q(self)


def _add_all(self: object, *args: object) -> bool:
    arity(args, 1)
    q = _q(self)
    if not _is_collection(args[0]):
        raise NoSignature  # the Collection GDK's addAll(T[]) and addAll(Iterable) forms
    if args[0] is q:
        raise GroovyThrowable("IllegalArgumentException", None)
    items = _elements(args[0])
    for x in items:
        q.offer(x)
    return bool(items)


def _peek(self: object, *args: object) -> object:
    arity(args, 0)
    q = _q(self)
    return q[0] if q else None


def _element(self: object, *args: object) -> object:
    arity(args, 0)
    q = _q(self)
    if not q:
        raise GroovyThrowable("NoSuchElementException", None)
    return q[0]


def _poll(self: object, *args: object) -> object:
    arity(args, 0)
    return _q(self).poll()


def _remove(self: object, *args: object) -> object:
    """remove() takes the least (NoSuchElementException when empty); remove(x) removes one
    element equal to x."""
    arity(args, 0, 1)
    q = _q(self)
    if not args:
        if not q:
            raise GroovyThrowable("NoSuchElementException", None)
        return q.poll()
    i = _index_of(q, args[0])
    if i < 0:
        return False
    q.remove_at(i)
    return True


def _contains(self: object, *args: object) -> bool:
    arity(args, 1)
    return _index_of(_q(self), args[0]) >= 0


def _comparator(self: object, *args: object) -> object:
    arity(args, 0)
    return _q(self).comparator


def _iterator(self: object, *args: object) -> JavaIterator:
    arity(args, 0)
    it = JavaIterator(_q(self))
    it.class_name = "java.util.PriorityQueue$Itr"
    return it


# GDK methods whose result Groovy builds as a similar collection: a LinkedList for a Queue
_AS_LINKED_LIST = ("findAll", "grep", "take", "drop", "takeWhile", "dropWhile", "minus", "plus")


def _linked(name: str):
    base = COLLECTION_METHODS[name]

    def method(self: object, *args: object) -> object:
        result = base(list(_q(self)), *args)
        return LinkedList(result) if type(result) is list else result

    return method


PRIORITY_QUEUE_METHODS = {
    "add": _offer,
    "offer": _offer,
    "leftShift": _left_shift,
    "addAll": _add_all,
    "peek": _peek,
    "element": _element,
    "poll": _poll,
    "remove": _remove,
    "contains": _contains,
    "comparator": _comparator,
    "iterator": _iterator,
    **{name: _linked(name) for name in _AS_LINKED_LIST},
}


def _comparator_arg(value: object) -> JavaComparator | None:
    """A Comparator parameter: a closure is coerced to one, as Groovy does; null is natural."""
    if value is None or isinstance(value, JavaComparator):
        return value
    if isinstance(value, Closure):
        return closure_comparator(value)
    raise NoSignature


def new_priority_queue(*args: object) -> PriorityQueue:
    """new PriorityQueue(), (int capacity), (Comparator), (int, Comparator), (Collection):
    a PriorityQueue or a TreeSet given keeps its order and comparator; another collection is
    heapified in natural order."""
    arity(args, 0, 1, 2)
    if len(args) == 2 or (args and type(args[0]) is int):
        if type(args[0]) is not int:
            raise NoSignature
        if args[0] < 1:  # type: ignore[operator]
            raise GroovyThrowable("IllegalArgumentException", None)
        return PriorityQueue((), _comparator_arg(args[1]) if len(args) == 2 else None)
    if not args:
        return PriorityQueue()
    source = args[0]
    if isinstance(source, (JavaComparator, Closure)):
        return PriorityQueue((), _comparator_arg(source))
    if isinstance(source, (PriorityQueue, TreeSet)):
        return PriorityQueue(list(source), source.comparator)
    if not _is_collection(source):
        raise NoSignature
    items = _elements(source)
    check_size(len(items))
    if any(x is None for x in items):
        raise GroovyThrowable("NullPointerException", None)
    queue = PriorityQueue(items)
    if len(items) == 1:
        java_compare_to(items[0], items[0])  # Java's cast of a lone element to Comparable
    queue.heapify()
    return queue


METHODS = {"PriorityQueue": PRIORITY_QUEUE_METHODS}
CONSTRUCTORS = {"java.util.PriorityQueue": new_priority_queue}
DEFAULT_IMPORTS = {"PriorityQueue": "java.util.PriorityQueue"}
