"""groovy.json.JsonDelegate: the delegate a JsonBuilder closure runs with (`builder { name "x" }`).

Each unresolved call `name(value)` inside the closure records a key; `delegate_content` runs a
closure so and gives what it recorded. JsonBuilder (`jsonbuilder.py`) builds its content with it,
and JsonOutput (`jsonoutput.py`) writes a closure value as that content.
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import _elements
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.model.values import DELEGATE_FIRST, Closure


def _run(closure: Closure, delegate: JsonDelegate, *args: object) -> dict:
    """Call the closure with `delegate` as its delegate, DELEGATE_FIRST (as Groovy's
    JsonDelegate.cloneDelegateAndGetContent does); give what the delegate recorded."""
    saved = (closure.delegate, closure.resolve_strategy)
    closure.delegate = delegate  # type: ignore[assignment]
    closure.resolve_strategy = DELEGATE_FIRST
    try:
        call_closure(closure, *args)
    finally:
        closure.delegate, closure.resolve_strategy = saved
    return delegate.content


def delegate_content(closure: Closure) -> dict:
    return _run(closure, JsonDelegate())


def each_content(items: object, closure: Closure) -> list:
    return [_run(closure, JsonDelegate(), item) for item in _elements(items)]


def is_iterable(value: object) -> bool:
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
        elif len(args) == 2 and is_iterable(args[0]) and isinstance(args[1], Closure):
            value = each_content(args[0], args[1])
        else:
            value = list(args)
        self.content[name] = value
        return value
