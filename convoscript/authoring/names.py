"""The names a script can read as variables, for "did you mean" hints: what it declares (locals,
parameters, loop and catch variables), what it assigns as binding variables, and the service
handles every run binds (from the service registry, so a new handle is named without an edit)."""

from __future__ import annotations

import dataclasses

from convoscript.errors import ConvoscriptError
from convoscript.grammar import nodes
from convoscript.grammar.parser import parse
from convoscript.services.registry import HANDLE_CLASSES


def handle_names() -> list[str]:
    """The binding names of the service handles every run has, in the registry's order."""
    return [cls.binding_name for cls in HANDLE_CLASSES]


def script_names(source: str, filename: str = "script.groovy") -> list[str]:
    """The variable names `source` declares or assigns, in source order (none if it does not
    parse: a hint is never worth an error of its own)."""
    try:
        module = parse(source, filename)
    except ConvoscriptError:
        return []
    found: dict[str, None] = {}
    todo: list[object] = [module]
    while todo:  # no recursion: a deep script must not make the hint fail
        node = todo.pop()
        if isinstance(node, list):
            todo.extend(reversed(node))
            continue
        if not isinstance(node, nodes.Node):
            continue
        if isinstance(node, (nodes.VarDecl, nodes.Param, nodes.Catch)):
            found.setdefault(node.name, None)
        elif isinstance(node, nodes.ForIn):
            found.setdefault(node.var, None)
        elif isinstance(node, nodes.Assign) and isinstance(node.target, nodes.Name):
            found.setdefault(node.target.id, None)
        todo.extend(reversed([getattr(node, f.name) for f in dataclasses.fields(node)]))
    return list(found)
