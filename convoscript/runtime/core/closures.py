"""Calling Groovy closures: `call_closure` (arity, budget, delegate) and the GDK's helpers.

The closure values themselves (`Closure`, `CurriedClosure`, `MethodClosure`) are plain data in
the value model (runtime.model.values); host code cannot call them, only `call_closure` does.
"""

from __future__ import annotations

import os
import sys

from convoscript.runtime.core.suggestions import argument_classes, closure_methods, method_tail
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.model import budget, runcontext
from convoscript.runtime.model.exceptions import GroovyThrowable, no_signature
from convoscript.runtime.model.values import Closure, CurriedClosure


def _arity_error(closure: Closure, args: tuple, name: str = "call") -> GroovyThrowable:
    types = ", ".join(java_class_name(a) for a in args)
    owner = to_string(closure)  # its class name, as Groovy prints it
    tail = method_tail("call", argument_classes(args), lambda: closure_methods(_do_calls(closure)))
    return no_signature(owner, name, types, ", ".join(to_string(a) for a in args), args, tail)


def call_closure_from_java(closure: Closure, *args: object) -> object:
    """call_closure for a GDK method whose Java code calls `closure.call(x)` (Number.times,
    upto, downto, step): Groovy's arity error then names `doCall`, where a script's own call,
    or a GDK method calling through a call site (any, every, find), names `call`."""
    if not isinstance(closure, CurriedClosure):
        n = len(args)
        if (
            (n > 1)
            if closure.implicit_it
            else (
                closure.max_params >= 0
                and not closure.min_params <= n <= closure.max_params
                and not (n == 0 and closure.max_params == 1 and closure.min_params == 1)
            )
        ):
            raise _arity_error(closure, args, "doCall")
    return call_closure(closure, *args)


def _do_calls(closure: Closure) -> list[tuple[str, ...]]:
    """The `doCall` overloads of a closure's class (its parameter types are not kept: Object)."""
    if closure.implicit_it:
        return [(), ("java.lang.Object",)]
    return [("java.lang.Object",) * max(closure.max_params, 0)]


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
    # Budget.enter, inlined (every closure call of every GDK iteration runs this): a level of
    # depth, its peak, and a step; the limits' slow paths stay in Budget
    b.depth += 1
    if b.depth > b.peak_depth:
        b.peak_depth = b.depth
        if b.depth > b.limits.max_depth:
            b.depth -= 1
            b.enter()  # fails with the recursion limit, as it always did
    b.steps += 1
    if b.steps >= b._next_check:
        b._check()
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
    return closure_running(frame)


def closure_running(body_frame) -> Closure | None:
    """The closure whose body (a generated `c_*` function) runs in `body_frame`: the
    call_closure frame nearest above it holds it."""
    frame = body_frame
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
