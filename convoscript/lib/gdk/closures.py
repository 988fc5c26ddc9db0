"""Methods on closures: call, curry, composition (`>>`, `<<`), parameter counts."""

from __future__ import annotations

from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.door.closureowners import owner_of, this_object_of
from convoscript.runtime.door.signatures import NoSignature, arity, as_closure
from convoscript.runtime.model.values import Closure, CurriedClosure


def call(self: Closure, *args: object) -> object:
    return call_closure(self, *args, method="call")


def do_call(self: Closure, *args: object) -> object:
    return call_closure(self, *args)


def run(self: Closure, *args: object) -> None:
    """Closure implements Runnable: `run()` calls it with no arguments."""
    arity(args, 0)
    call_closure(self)


def curry(self: Closure, *args: object) -> Closure:
    return CurriedClosure(self, args)


def _compose(first: Closure, second: Closure) -> Closure:
    def composed(*args: object) -> object:
        return call_closure(second, call_closure(first, *args))

    return Closure(composed, first.min_params, first.max_params, first.implicit_it, first.name)


def right_shift(self: Closure, *args: object) -> Closure:
    """`f >> g`: call f, then g with its result."""
    arity(args, 1)
    return _compose(self, as_closure(args[0]))


def left_shift(self: Closure, *args: object) -> Closure:
    """`f << g`: call g, then f with its result."""
    arity(args, 1)
    return _compose(as_closure(args[0]), self)


def rcurry(self: Closure, *args: object) -> Closure:
    """Bind the last parameters."""
    bound = args

    def curried(*given: object) -> object:
        return call_closure(self, *given, *bound)

    return Closure(
        curried,
        max(self.min_params - len(bound), 0),
        -1 if self.max_params < 0 else max(self.param_count - len(bound), 0),
        False,
        self.name,
    )


def ncurry(self: Closure, *args: object) -> Closure:
    """`ncurry(n, values...)`: bind parameters starting at position n."""
    if not args or type(args[0]) is not int:
        raise NoSignature
    at, bound = args[0], args[1:]

    def curried(*given: object) -> object:
        return call_closure(self, *given[:at], *bound, *given[at:])  # type: ignore[misc]

    return Closure(curried, 0, -1, False, self.name)


def memoize(self: Closure, *args: object) -> Closure:
    """A closure that remembers its results by (hashable) arguments, for this run."""
    arity(args, 0)
    cache: dict = {}

    def remembered(*given: object) -> object:
        try:
            key = tuple(given)
            hash(key)
        except TypeError:
            return call_closure(self, *given)
        if key not in cache:
            cache[key] = call_closure(self, *given)
        return cache[key]

    return Closure(remembered, self.min_params, self.max_params, self.implicit_it, self.name)


def get_delegate(self: Closure, *args: object) -> object:
    """The delegate; until one is set, the owner (as in Groovy)."""
    arity(args, 0)
    return owner_of(self) if self.delegate is None else self.delegate


def get_owner(self: Closure, *args: object) -> object:
    arity(args, 0)
    return owner_of(self)


def get_this_object(self: Closure, *args: object) -> object:
    arity(args, 0)
    return this_object_of(self)


def set_delegate(self: Closure, *args: object) -> None:
    arity(args, 1)
    self.delegate = args[0]


def get_resolve_strategy(self: Closure, *args: object) -> int:
    arity(args, 0)
    return self.resolve_strategy


def set_resolve_strategy(self: Closure, *args: object) -> None:
    arity(args, 1)
    if args[0] not in (0, 1, 2, 3):
        raise NoSignature
    self.resolve_strategy = args[0]  # type: ignore[assignment]


def max_params(self: Closure, *args: object) -> int:
    arity(args, 0)
    return self.param_count if self.max_params >= 0 else -1


METHODS = {
    "Closure": {
        "call": call,
        "doCall": do_call,
        "run": run,
        "curry": curry,
        "rightShift": right_shift,
        "leftShift": left_shift,
        "getMaximumNumberOfParameters": max_params,
        "rcurry": rcurry,
        "ncurry": ncurry,
        "memoize": memoize,
        "getDelegate": get_delegate,
        "getOwner": get_owner,
        "getThisObject": get_this_object,
        "setDelegate": set_delegate,
        "getResolveStrategy": get_resolve_strategy,
        "setResolveStrategy": set_resolve_strategy,
    },
}

# The resolve-strategy constants on groovy.lang.Closure.
STATIC_FIELDS = {
    "groovy.lang.Closure": {
        "OWNER_FIRST": 0,
        "DELEGATE_FIRST": 1,
        "OWNER_ONLY": 2,
        "DELEGATE_ONLY": 3,
    }
}

# A closure is a Runnable: scripts declare `Runnable task = { ... }` (a type name only: Runnable
# has no statics).
DEFAULT_IMPORTS = {"Closure": "groovy.lang.Closure", "Runnable": "java.lang.Runnable"}
