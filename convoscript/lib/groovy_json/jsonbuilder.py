"""groovy.json.JsonBuilder: content from a map, a list or values (`new JsonBuilder(map)`,
`builder(map)`, `builder.call(list)`, `builder.name(map)`), printed by JsonOutput.

The closure DSL (`builder { name "x" }`) runs the closure with a JsonDelegate as its delegate,
DELEGATE_FIRST, as Groovy does: each unresolved call `name(value)` records a key
(`jsondelegate.py`).
"""

from __future__ import annotations

from convoscript.lib.groovy_json.jsondelegate import delegate_content, each_content, is_iterable
from convoscript.lib.groovy_json.jsonoutput import pretty_print, to_json
from convoscript.lib.java_lang.stringbuilder import sb_append
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.core.types import StringBuilder
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Closure

_ARGUMENTS = (
    "Expected no arguments, a single map, a single closure, or a map and closure as arguments."
)


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

    def script_setprop(self, name: str, value: object) -> None:
        # JsonBuilder has no setContent(): Groovy sets the `content` field itself (a call
        # `builder.setContent(x)` is a JSON key like any other method name)
        if name == "content":
            self.content = value
            return
        super().script_setprop(name, value)

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
        elif len(args) == 2 and is_iterable(args[0]) and isinstance(args[1], Closure):
            value = each_content(args[0], args[1])
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
    elif len(args) == 2 and is_iterable(args[0]) and isinstance(args[1], Closure):
        builder.content = each_content(args[0], args[1])
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
    "writeTo": jb_write_to,
}

METHODS = {"JsonBuilder": JSON_BUILDER_METHODS}
CONSTRUCTORS = {"groovy.json.JsonBuilder": new_json_builder}
IMPORTABLE = {"groovy.json.JsonBuilder": "groovy.json.JsonBuilder"}
