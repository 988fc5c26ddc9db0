"""Shared vocabulary of the GDK method tables: argument matching and closure calling.

Every GDK implementation has the shape `fn(receiver, *args)`. When the arguments do not fit
any overload it raises `NoSignature`; the dispatcher then tries the next table in the
receiver's chain and finally reports Groovy's `MissingMethodException`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.gstring import gstring_text
from convoscript.runtime.model import budget
from convoscript.runtime.model.values import Closure, GString


class NoSignature(Exception):
    """The arguments match no overload of this method (becomes MissingMethodException)."""


def arity(args: tuple, *counts: int) -> Literal[False]:
    """Refuse argument counts other than `counts`. Returns False so that table entries can read
    `lambda s, *a: arity(a, 0) or value`."""
    if len(args) not in counts:
        raise NoSignature
    return False


def as_str(value: object) -> str:
    """A String parameter: accepts String and GString (Groovy coerces GString to String)."""
    if type(value) is str:
        return value  # type: ignore[return-value]
    if type(value) is GString:
        return gstring_text(value)  # type: ignore[arg-type]
    raise NoSignature


def as_int(value: object) -> int:
    """An int parameter: Integer only (Groovy does not narrow a Long or BigDecimal)."""
    if type(value) is int:
        return value  # type: ignore[return-value]
    raise NoSignature


def as_number(value: object) -> int | float | Decimal:
    if isinstance(value, (int, float, Decimal)) and type(value) is not bool:
        return value
    raise NoSignature


def as_closure(value: object) -> Closure:
    if isinstance(value, Closure):
        return value
    raise NoSignature


def call(closure: Closure, *args: object) -> object:
    return call_closure(closure, *args)


def charge(n: int) -> None:
    """Charge `n` steps for work done inside C (sorting, joining, copying)."""
    budget.current().tick(n)


def check_size(n: int) -> None:
    """Refuse a collection result of `n` elements before building it."""
    budget.current().check_collection(n)


def check_length(n: int) -> None:
    """Refuse a string result of `n` characters before building it."""
    budget.current().check_string(n)
