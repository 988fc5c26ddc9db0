"""The class names Groovy 2.4 gives closures (`Script1$_run_closure2`, `Script1$_greet_closure3`,
`Script1$_run_closure1$_closure5`, `Order$_total_closure1`), which its messages print.

Groovy numbers the closures of each top-level class with one counter, in the order it generates
their classes: first the closures written directly in the class's methods (the script body,
`run`, first), then, class by class in that same order, the closures nested in each closure.
"""

from __future__ import annotations

from collections.abc import Iterable

from convoscript.compiler.scopes import FunctionInfo

SCRIPT_CLASS = "Script1"


def _home(fn: FunctionInfo) -> tuple[str, str]:
    """(top-level class, method name) of a method or the script body."""
    if fn.kind == "main":
        return SCRIPT_CLASS, "run"
    owner, dot, method = fn.name.rpartition(".")
    return (owner, method) if dot else (SCRIPT_CLASS, fn.name)


def closure_names(closures: Iterable[FunctionInfo]) -> dict[FunctionInfo, str]:
    """Each closure's Groovy class name; `closures` in source order (methods after the script
    body, as the resolver visits them)."""
    ordered = list(closures)
    children: dict[FunctionInfo, list[FunctionInfo]] = {}
    queue: list[FunctionInfo] = []
    for fn in ordered:
        parent = fn.parent
        if parent is not None and parent.kind == "closure":
            children.setdefault(parent, []).append(fn)
        else:
            queue.append(fn)
    counters: dict[str, int] = {}
    names: dict[FunctionInfo, str] = {}
    tops: dict[FunctionInfo, str] = {}
    for fn in queue:  # the closures of methods
        assert fn.parent is not None
        cls, method = _home(fn.parent)
        counters[cls] = counters.get(cls, 0) + 1
        names[fn], tops[fn] = f"{cls}$_{method}_closure{counters[cls]}", cls
    i = 0
    while i < len(queue):  # then each closure class's own closures, in class order
        outer = queue[i]
        i += 1
        for fn in children.get(outer, ()):
            cls = tops[outer]
            counters[cls] += 1
            names[fn], tops[fn] = f"{names[outer]}$_closure{counters[cls]}", cls
            queue.append(fn)
    return names
