"""The GDK's iteration methods on any Object (DefaultGroovyMethods each/collect/find/... with an
Object receiver): Groovy iterates a value through DefaultTypeTransformation.asCollection, so
`5.each { }` runs once with 5, `true.collect { it }` is `[true]`, a Map iterates its entries, a
String its characters, a Matcher its matches, and an Iterator or a Stream what it has left. Collections, maps and strings answer
these methods from their own tables first; this table is what every other value falls back to
(a flow script's `value.each { }` on a variable that holds one item instead of a list)."""

from __future__ import annotations

from convoscript.lib.gdk import collections as c
from convoscript.lib.gdk.strings import _chars, _match_arg
from convoscript.lib.java_util.iterators import JavaIterator
from convoscript.lib.java_util.streamvalues import Stream
from convoscript.runtime.core.gstring import gstring_text
from convoscript.runtime.core.javaregex import JavaMatcher
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.types import MapEntry
from convoscript.runtime.door.signatures import arity, check_size
from convoscript.runtime.model import budget
from convoscript.runtime.model.values import GString, IntRange


def as_collection(value: object) -> list:
    """DefaultTypeTransformation.asCollection as a list of the elements Groovy iterates."""
    if isinstance(value, (list, IntRange, GSet)):
        return list(c._items(value))  # a copy: the body may change the collection
    if isinstance(value, dict):
        return [MapEntry(k, v, value) for k, v in value.items()]
    if isinstance(value, str):
        return _chars(value)  # Java's chars: an emoji is its two surrogates
    if type(value) is GString:
        return _chars(gstring_text(value))
    if isinstance(value, JavaMatcher):  # its iterator(): the matches, as `each` gives them
        return [_match_arg(m) for m in value.iterate()]
    if isinstance(value, Stream):  # BaseStream.iterator(): what the stream has
        return list(value.take())
    if isinstance(value, JavaIterator):
        out = []
        while value.has_next():
            out.append(value.next())
            budget.current().tick(1)
        return out
    return [value]


def _as_list(self: object) -> list:
    items = as_collection(self)
    check_size(len(items))
    return items


def _returning_self(fn):
    """each/eachWithIndex: iterate the elements, answer the receiver itself."""

    def method(self: object, *args: object) -> object:
        fn(_as_list(self), *args)
        return self

    return method


def _over_elements(fn):
    def method(self: object, *args: object) -> object:
        return fn(_as_list(self), *args)

    return method


def _iterator(self: object, *args: object) -> JavaIterator:
    arity(args, 0)
    return JavaIterator(_as_list(self))


OBJECT_ITERATION_METHODS = {
    "each": _returning_self(c.each),
    "eachWithIndex": _returning_self(c.each_with_index),
    "iterator": _iterator,
    **{
        name: _over_elements(fn)
        for name, fn in (
            ("collect", c.collect),
            ("every", c.every),
            ("any", c.any_),
            ("find", c.find),
            ("findAll", c.find_all),
            ("findIndexOf", c.find_index_of),
            ("findLastIndexOf", c.find_last_index_of),
            ("findIndexValues", c.find_index_values),
            ("findResult", c.find_result),
            ("grep", c.grep),
            ("inject", c.inject),
            ("split", c.split),
        )
    },
}

METHODS = {"Object": OBJECT_ITERATION_METHODS}
