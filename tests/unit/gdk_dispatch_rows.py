"""Shared harness of the table-driven GDK tests (strings, collections, maps, statics).

Each row pairs a Groovy snippet run in real Groovy 2.4.21 with the same operation written in
Python through the real dispatch door, and what Groovy produced: ("OK", its toString as println
shows it, its class's simple name) or ("EXC", the exception's simple class name, the first line
of its message). A None is not compared.
"""

from __future__ import annotations

from decimal import Decimal as D

from convoscript.runtime.door import allowlist
from convoscript.runtime.model.values import Closure
from convoscript.runtime.door.dispatch import construct, getat, getprop, putat, setprop
from convoscript.runtime.door.dispatch import invoke as inv
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.core.comparators import closure_comparator
from convoscript.runtime.core.javaregex import make_matcher, matches_whole
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import ClassRef, MapEntry, java_class_name, simple_class_name
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.types import StringBuilder as SB
from convoscript.runtime.model.values import BigInteger as BI
from convoscript.runtime.model.values import Char as C
from convoscript.runtime.model.values import Float as F
from convoscript.runtime.model.values import GString
from convoscript.runtime.model.values import IntRange as R
from convoscript.runtime.model.values import Long as L


def G(*parts):
    """A GString from alternating literal strings and values: G("a", 1, "b") is "a${1}b"."""
    return GString(tuple(parts[0::2]), tuple(parts[1::2]))


def it(fn):
    """A closure with the implicit parameter `it`."""
    return Closure(lambda *a: fn(a[0] if a else None), 0, 1, True)


def cl(fn, n):
    """A closure with n declared parameters."""
    return Closure(fn, n, n, False)


def cmp(fn):
    """A 2-parameter closure `as Comparator`."""
    return closure_comparator(cl(fn, 2))


def seq(*values):
    return values[-1]


def static(cls, name, *args):
    return inv(ClassRef(cls), name, *args)


def field(cls, name):
    return getprop(ClassRef(cls), name)


def new(cls, *args):
    return construct(cls, *args)


def fmt(*args):
    return static("java.lang.String", "format", *args)


_NAMESPACE = {k: v for k, v in globals().items() if not k.startswith("__")}
_UNUSED = (
    D,
    BI,
    C,
    F,
    L,
    R,
    SB,
    GSet,
    MapEntry,
    java_class_name,
    make_matcher,
    matches_whole,
    putat,
    setprop,
    getat,
)


def outcome(python_expr: str) -> list:
    try:
        value = eval(python_expr, dict(_NAMESPACE))
    except GroovyThrowable as exc:
        lines = (exc.message or "").splitlines()
        return ["EXC", exc.java_class, lines[0] if lines else ""]
    return ["OK", to_string(value), simple_class_name(value)]


def check(groovy: str, python: str, kind: str, first: str | None, second: str | None) -> None:
    """Run the Python form of a row and compare it with what Groovy produced."""
    got = outcome(python)
    expected = [kind, first, second]
    for i, want in enumerate(expected):
        if want is None:
            got[i] = None
    assert got == expected, groovy
