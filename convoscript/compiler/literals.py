"""Number literals get their values: the grammar keeps a literal's text, the tower reads it.

This runs before resolution, so a malformed or oversized literal is reported as the syntax error
it is, at the literal, before anything the resolver would refuse; with several, the first in the
source wins.
"""

from __future__ import annotations

from collections.abc import Iterator

from convoscript.errors import FlowSyntaxError
from convoscript.grammar import nodes as n
from convoscript.runtime.model.exceptions import BudgetExceeded
from convoscript.runtime.numbers.literals import parse_literal


def number_values(module: n.Module) -> dict[n.Number, object]:
    """The runtime value of every number literal in `module` (nodes hash by identity)."""
    literals = sorted(_numbers(module), key=lambda node: (node.line, node.col))
    return {node: _value(node, module) for node in literals}


def _value(node: n.Number, module: n.Module) -> object:
    text = node.text
    try:
        value = parse_literal(text)  # the literal as written is checked first, as Groovy does
        return parse_literal("-" + text) if node.negative else value
    except ValueError as exc:
        message = f"Invalid number literal '{text}': {exc}"
    except BudgetExceeded:
        message = f"Number literal too large: '{text}'"
    raise FlowSyntaxError.at(module.filename, module.source, node.line, node.col, message)


def _numbers(node: n.Node) -> Iterator[n.Number]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, n.Number):
            yield current
            continue
        for value in vars(current).values():
            if isinstance(value, n.Node):
                stack.append(value)
            elif isinstance(value, list):
                stack.extend(item for item in value if isinstance(item, n.Node))
