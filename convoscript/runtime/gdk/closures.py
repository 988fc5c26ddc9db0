"""Methods on closures: call, curry, composition (`>>`, `<<`), parameter counts."""

from __future__ import annotations

from ..closures import Closure, CurriedClosure, call_closure
from ..gdkbase import arity, as_closure


def call(self: Closure, *args: object) -> object:
    return call_closure(self, *args)


def curry(self: Closure, *args: object) -> Closure:
    return CurriedClosure(self, args)


def _compose(first: Closure, second: Closure) -> Closure:
    def composed(*args: object) -> object:
        return call_closure(second, call_closure(first, *args))

    return Closure(composed, first.min_params, first.max_params, first.implicit_it,
                   first.name)


def right_shift(self: Closure, *args: object) -> Closure:
    """`f >> g`: call f, then g with its result."""
    arity(args, 1)
    return _compose(self, as_closure(args[0]))


def left_shift(self: Closure, *args: object) -> Closure:
    """`f << g`: call g, then f with its result."""
    arity(args, 1)
    return _compose(as_closure(args[0]), self)


def max_params(self: Closure, *args: object) -> int:
    arity(args, 0)
    return self.param_count if self.max_params >= 0 else -1


METHODS = {
    "Closure": {
        "call": call,
        "doCall": call,
        "curry": curry,
        "rightShift": right_shift,
        "leftShift": left_shift,
        "getMaximumNumberOfParameters": max_params,
    },
}
