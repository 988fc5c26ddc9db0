"""The suggestion API the authoring tools share (errors, lint, language server): Groovy 2.4's
"Possible solutions:" ranking of methods and a "did you mean" for misspelled names.

The ranking itself is `suggestions` (MethodRankHelper's scores, cut-off and order); this module
only takes candidates as plain data, so a caller without a running script (lint, the language
server) gets the same entries the runtime prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from convoscript.runtime.core import suggestions

# java.lang classes a signature may name simply; Groovy prints them qualified.
_JAVA_LANG = frozenset(
    (
        "Object",
        "String",
        "CharSequence",
        "Boolean",
        "Character",
        "Byte",
        "Short",
        "Integer",
        "Long",
        "Float",
        "Double",
        "Number",
        "Comparable",
        "Iterable",
        "Class",
        "Runnable",
        "Throwable",
        "Exception",
        "StringBuilder",
        "StringBuffer",
    )
)
# Argument types that equal no parameter type (Groovy compares null's class as unequal to all).
_UNKNOWN = frozenset(("", "null", "?"))


def _java_name(type_name: str) -> str:
    """A parameter type as Groovy prints it: java.lang simple names qualified, the rest as given
    (callers pass other classes by their Java name, e.g. `java.util.Map`, `[Ljava.lang.String;`)."""
    if type_name in _JAVA_LANG:
        return "java.lang." + type_name
    if type_name.endswith("[]"):  # `String[]` -> `[Ljava.lang.String;`, as Class.getName()
        return suggestions.java_type_name(type_name, lambda simple: _java_name(simple))
    return type_name


def possible_solutions(
    name: str,
    candidates: Iterable[tuple[str, tuple[str, ...]]],
    arg_types: Sequence[str] = (),
) -> list[str]:
    """The entries of Groovy's "Possible solutions:" for calling `name` with arguments of
    `arg_types` (Java class names; "" / "null" / "?" for null or an unknown type) on a receiver
    whose methods, in Groovy's order, are `candidates` (name, parameter types)."""
    listed = [(m, tuple(_java_name(p) for p in params)) for m, params in candidates]
    args = [None if a in _UNKNOWN else _java_name(a) for a in arg_types]
    return suggestions.ranked_methods(name, args, listed)


def format_possible_solutions(entries: list[str]) -> str:
    """`["a()", "b()"]` -> `"Possible solutions: a(), b()"`; `""` when there is none."""
    return "Possible solutions: " + ", ".join(entries) if entries else ""


def did_you_mean(name: str, known: Iterable[str]) -> list[str]:
    """The known names close to a misspelled `name`, best first: Groovy's property ranking
    (MethodRankHelper.getPropertySuggestionString: case-cheap Damerau-Levenshtein score of 30 or
    less, at most six, ties in the order given). `name` itself is never suggested."""
    names = [k for k in dict.fromkeys(known) if k != name]
    return suggestions.ranked_properties(name, names)
