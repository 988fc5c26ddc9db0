"""The java.util.stream pipeline values (Stream, IntStream): a stage's elements, pulled on
demand and usable once. Their operations are lib/java_util/streams.py; this module stays free of
the collections so that a String's `chars()` (gdk/strings.py) can make one."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable

_USED = "stream has already been operated upon or closed"


def _counted(items: Iterable) -> Iterator:
    tick = budget.current().tick
    for item in items:
        tick(1)
        yield item


class Stream(JavaObject):
    """A pipeline stage: the elements it yields, pulled on demand, usable once."""

    __slots__ = ("_items", "_used")
    java_class = "java.util.stream.ReferencePipeline$Head"
    kinds: tuple[str, ...] = ("Stream", "Object")
    supertypes = frozenset(
        {"java.util.stream.Stream", "java.util.stream.BaseStream", "java.lang.AutoCloseable"}
    )

    def __init__(self, items: Iterable):
        self._items = _counted(items)
        self._used = False

    def take(self) -> Iterator:
        if self._used:
            raise GroovyThrowable("IllegalStateException", _USED)
        self._used = True
        return self._items

    def then(self, items: Iterable) -> Stream:
        return type(self)(items)


class IntStream(Stream):
    """An IntStream (`chars()`, `codePoints()`, `mapToInt`): its elements are Integers."""

    __slots__ = ()
    java_class = "java.util.stream.IntPipeline$Head"
    kinds = ("IntStream", "Object")
    supertypes = frozenset({"java.util.stream.IntStream", "java.util.stream.BaseStream"})
