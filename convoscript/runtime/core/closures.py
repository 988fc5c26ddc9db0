"""Groovy closures, method pointers and the helpers the GDK uses to call them.

A `Closure` wraps a compiled Python function. It is opaque to host code (no `__call__`): only
the runtime calls it, inside the budget, through `call_closure`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from convoscript.runtime.model import budget, runcontext
from convoscript.runtime.model.exceptions import GroovyThrowable

# Closure.OWNER_FIRST ... DELEGATE_ONLY: where a closure's unresolved names are looked up.
OWNER_FIRST, DELEGATE_FIRST, OWNER_ONLY, DELEGATE_ONLY = 0, 1, 2, 3


class Closure:
    """groovy.lang.Closure. `max_params` -1 means varargs; `implicit_it` closures take 0 or 1."""

    __slots__ = (
        "delegate",
        "fn",
        "implicit_it",
        "max_params",
        "min_params",
        "name",
        "resolve_strategy",
    )

    def __init__(
        self,
        fn: Callable,
        min_params: int,
        max_params: int,
        implicit_it: bool,
        name: str = "closure",
    ):
        self.fn = fn
        self.min_params = min_params
        self.max_params = max_params
        self.implicit_it = implicit_it
        self.name = name
        self.delegate = None
        self.resolve_strategy = OWNER_FIRST

    @property
    def param_count(self) -> int:
        """Closure.getMaximumNumberOfParameters() as the GDK sees it."""
        return 1 if self.implicit_it else self.max_params


class CurriedClosure(Closure):
    """`closure.curry(a)`: a closure with leading arguments bound."""

    __slots__ = ("bound", "inner")

    def __init__(self, inner: Closure, bound: tuple):
        self.inner = inner
        self.bound = bound
        remaining = max(inner.max_params - len(bound), 0)
        super().__init__(
            inner.fn, max(inner.min_params - len(bound), 0), remaining, False, inner.name
        )


class MethodClosure(Closure):
    """`obj.&name` / `this.&method`: calls a method by name with the given arguments."""

    __slots__ = ("method", "receiver")

    def __init__(self, receiver: object, method: str, invoke: Callable):
        self.receiver = receiver
        self.method = method
        super().__init__(lambda *args: invoke(receiver, method, *args), 0, -1, False, method)


def _arity_error(closure: Closure, args: tuple) -> GroovyThrowable:
    from convoscript.runtime.core.types import (
        java_class_name,
    )  # local import: types imports closures

    types = ", ".join(java_class_name(a) for a in args)
    return GroovyThrowable(
        "MissingMethodException",
        f"No signature of method: {closure.name}.call() is applicable for argument types: "
        f"({types}) values: {_values(args)}",
    )


def _values(args: tuple) -> str:
    from convoscript.runtime.core.text import to_string

    return "[" + ", ".join(to_string(a) for a in args) + "]"


def call_closure(closure: Closure, *args: object) -> object:
    """Call a closure with Groovy's arity rules, charging a step and a level of depth."""
    if isinstance(closure, CurriedClosure):
        return call_closure(closure.inner, *closure.bound, *args)
    n = len(args)
    if closure.implicit_it:
        if n > 1:
            raise _arity_error(closure, args)
    elif closure.max_params >= 0 and not (closure.min_params <= n <= closure.max_params):
        # Groovy passes a single null to a no-arg call of a one-parameter closure
        if not (n == 0 and closure.max_params == 1 and closure.min_params == 1):
            raise _arity_error(closure, args)
        args = (None,)
    b = budget.current()
    b.enter()
    if closure.delegate is None:
        try:
            return closure.fn(*args)
        finally:
            b.depth -= 1

    delegates = runcontext.current().delegates
    delegates.append((closure.delegate, closure.resolve_strategy))
    try:
        return closure.fn(*args)
    finally:
        delegates.pop()
        b.depth -= 1


def executing_closure() -> Closure | None:
    """The closure whose body is calling the runtime right now, or None (a script method, the
    script body). Only for `call(...)` written inside a closure body, which Groovy sends to
    the closure itself: found by walking up the Python stack (generated closure bodies are
    named `c_*`) to the call_closure frame that runs it, so no bookkeeping costs anything
    on the common path."""

    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_RUNTIME_DIR):
        frame = frame.f_back  # runtime helpers between the generated code and us
    if frame is None or not frame.f_code.co_name.startswith("c_"):
        return None
    while frame is not None:
        if frame.f_code is _CALL_CLOSURE_CODE:
            return frame.f_locals.get("closure")  # type: ignore[no-any-return]
        frame = frame.f_back
    return None


def call_with_entry(closure: Closure, key: object, value: object, entry: object) -> object:
    """How Map methods call a closure: (key, value) for two parameters, else the entry."""
    if closure.param_count == 2:
        return call_closure(closure, key, value)
    return call_closure(closure, entry)


_CALL_CLOSURE_CODE = call_closure.__code__
# the convoscript package directory: frames of its files are runtime helpers, not script code
_RUNTIME_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
