"""Power assertions: which sub-expressions of an asserted condition Groovy 2.4 records for its
message, and at which column (AsmClassGenerator's `record` calls): variables, properties and
method calls (at the member's name), operators (at the operator), unary expressions and `new`.
Literals, classes and closures are not recorded."""

from __future__ import annotations

from convoscript.compiler.scopes import Resolution
from convoscript.grammar import nodes as n

_AT_OPERATOR = (n.Binary, n.In, n.Index, n.InstanceOf, n.Unary, n.New, n.Property)


def recorded_column(node: n.Node, res: Resolution, line: int, text: str) -> int | None:
    """The 1-based source column at which Groovy shows `node`'s value (None: not shown).
    `line` is the assert's line and `text` that line's source."""
    if node.line != line:
        return None  # the message shows the first line only
    if isinstance(node, n.Name):
        ref = res.refs.get(node)
        return None if ref is None or ref.kind in ("class", "script_class") else node.col
    if isinstance(node, n.MethodCall):
        return node.op_col if node.op_line == line and node.op_col else node.col
    if isinstance(node, _AT_OPERATOR):
        return node.op_col if node.op_line == line and node.op_col else None
    if isinstance(node, n.Logical) and node.right.line == line:
        at = text.rfind(node.op, 0, max(node.right.col - 1, 0))
        return at + 1 if at >= 0 else None
    return None
