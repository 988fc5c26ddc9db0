"""groovy.json.JsonBuilder: content from a map, a list or values (`new JsonBuilder(map)`,
`builder(map)`, `builder.call(list)`, `builder.name(map)`), printed by JsonOutput.

The closure DSL (`builder { name "x" }`) runs the closure with a JsonDelegate as its delegate,
DELEGATE_FIRST, as Groovy does: each unresolved call `name(value)` records a key.
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import _elements
from convoscript.lib.java_lang.statics import pretty_print, to_json
from convoscript.lib.java_lang.stringbuilder import sb_append
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.core.closures import DELEGATE_FIRST, Closure, call_closure
from convoscript.runtime.core.types import GSet, StringBuilder
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable

_ARGUMENTS = (
    "Expected no arguments, a single map, a single closure, or a map and closure as arguments."
)


def _run(closure: Closure, delegate: JsonDelegate, *args: object) -> dict:
    """Call the closure with `delegate` as its delegate, DELEGATE_FIRST (as Groovy's
    JsonDelegate.cloneDelegateAndGetContent does); give what the delegate recorded."""
    saved = (closure.delegate, closure.resolve_strategy)
    closure.delegate, closure.resolve_strategy = delegate, DELEGATE_FIRST
    try:
        call_closure(closure, *args)
    finally:
        closure.delegate, closure.resolve_strategy = saved
    return delegate.content


def delegate_content(closure: Closure) -> dict:
    return _run(closure, JsonDelegate())


def _each_content(items: object, closure: Closure) -> list:

    return [_run(closure, JsonDelegate(), item) for item in _elements(items)]


def _is_iterable(value: object) -> bool:
    return isinstance(value, (list, GSet))


class JsonDelegate(JavaObject):
    """groovy.json.JsonDelegate: every method call `name(args)` records a key."""

    __slots__ = ("content",)
    java_class = "groovy.json.JsonDelegate"

    def __init__(self):
        self.content: dict = {}

    def script_invoke(self, name: str, args: tuple) -> object:
        """Groovy 2.4: one argument is kept as it is (a closure too: JsonOutput runs it when
        writing); an iterable and a closure give the closure's content per item; anything
        else is the list of the arguments."""
        if len(args) == 1:
            value = args[0]
        elif len(args) == 2 and _is_iterable(args[0]) and isinstance(args[1], Closure):
            value = _each_content(args[0], args[1])
        else:
            value = list(args)
        self.content[name] = value
        return value


class JsonBuilder(JavaObject):
    """groovy.json.JsonBuilder."""

    __slots__ = ("content",)
    java_class = "groovy.json.JsonBuilder"
    kinds = ("JsonBuilder", "Object")
    supertypes = frozenset({"groovy.lang.GroovyObject", "groovy.lang.Writable"})

    def __init__(self, content: object = None):
        self.content = content

    def script_invoke(self, name: str, args: tuple) -> object:
        if name in JSON_BUILDER_METHODS or name in (
            "getClass",
            "hashCode",
            "equals",
            "is",
            "with",
            "inspect",
        ):
            return super().script_invoke(name, args)
        return self.method_content(name, args)

    def method_content(self, name: str, args: tuple) -> dict:
        """`builder.name(...)`: content becomes [name: value]."""
        if not args:
            value: object = {}
        elif len(args) == 1 and type(args[0]) is dict:
            value = args[0]
        elif len(args) == 1 and isinstance(args[0], Closure):
            value = delegate_content(args[0])
        elif len(args) == 2 and type(args[0]) is dict and isinstance(args[1], Closure):
            value = {**args[0], **delegate_content(args[1])}
        elif len(args) == 2 and _is_iterable(args[0]) and isinstance(args[1], Closure):
            value = _each_content(args[0], args[1])
        else:
            raise GroovyThrowable("JsonException", _ARGUMENTS)
        self.content = {name: value}
        return self.content

    def text(self) -> str:

        return to_json(self.content)

    def groovy_to_string(self) -> str:
        return self.text()

    def groovy_json(self) -> str:

        return '{"content":' + to_json(self.content) + "}"


def _builder(self: object) -> JsonBuilder:
    if isinstance(self, JsonBuilder):
        return self
    raise NoSignature


def jb_call(self: object, *args: object) -> object:
    """call(Map), call(List), call(values...), call(Closure), call(Collection, Closure)."""
    builder = _builder(self)
    if len(args) == 1 and isinstance(args[0], Closure):
        builder.content = delegate_content(args[0])
    elif len(args) == 2 and _is_iterable(args[0]) and isinstance(args[1], Closure):
        builder.content = _each_content(args[0], args[1])
    elif len(args) == 1 and type(args[0]) in (dict, list):
        builder.content = args[0]
    else:
        builder.content = list(args)
    return builder.content


def jb_to_pretty(self: object, *args: object) -> str:
    arity(args, 0)

    return pretty_print(_builder(self).text())


def jb_write_to(self: object, *args: object) -> object:
    arity(args, 1)
    writer = args[0]
    if not isinstance(writer, StringBuilder):
        raise NoSignature

    sb_append(writer, _builder(self).text())
    return writer


def jb_set_content(self: object, *args: object) -> None:
    arity(args, 1)
    _builder(self).content = args[0]


def new_json_builder(*args: object) -> JsonBuilder:
    arity(args, 0, 1)
    return JsonBuilder(args[0] if args else None)


def jb_to_string(self: object, *args: object) -> str:
    arity(args, 0)
    return _builder(self).text()


def jb_get_content(self: object, *args: object) -> object:
    arity(args, 0)
    return _builder(self).content


JSON_BUILDER_METHODS = {
    "call": jb_call,
    "toString": jb_to_string,
    "toPrettyString": jb_to_pretty,
    "getContent": jb_get_content,
    "setContent": jb_set_content,
    "writeTo": jb_write_to,
}

METHODS = {"JsonBuilder": JSON_BUILDER_METHODS}
CONSTRUCTORS = {"groovy.json.JsonBuilder": new_json_builder}
IMPORTABLE = {"groovy.json.JsonBuilder": "groovy.json.JsonBuilder"}
