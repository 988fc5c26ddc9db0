"""The text of an asserted expression as Groovy 2.4 prints it after an assert's message
(`msg. Expression: (x == 1)`): not the source, but the AST's `getText()` (binary expressions in
parentheses, string constants unquoted, a bare call as `this.f(x)`, classes qualified)."""

from __future__ import annotations

from convoscript.compiler.scopes import Resolution
from convoscript.grammar import nodes as n
from convoscript.runtime.core.text import to_string
from convoscript.runtime.door import allowlist


class NoText(Exception):
    """An expression this module does not render: the caller shows the source instead."""


def groovy_text(node: n.Node, res: Resolution) -> str:
    """`node.getText()` as Groovy's AST would give it; NoText when not known."""
    t = lambda child: groovy_text(child, res)  # noqa: E731
    if isinstance(node, n.Name):
        ref = res.refs.get(node)
        if ref is not None and ref.kind == "class":
            return allowlist.resolve_class_name(ref.name) or ref.name
        return node.id
    if isinstance(node, n.Literal):
        return "null" if node.value is None else to_string(node.value)
    if isinstance(node, n.Number):
        return to_string(res.numbers[node])
    if isinstance(node, n.This):
        return "this"
    if isinstance(node, n.ListExpr):
        return "[" + ", ".join(t(i) for i in node.items) + "]"
    if isinstance(node, n.MapExpr):
        if not node.entries:
            return "[:]"
        if any(e.key is None for e in node.entries):
            raise NoText
        return "[" + ", ".join(f"{t(e.key)}:{t(e.value)}" for e in node.entries) + "]"  # type: ignore[arg-type]
    if isinstance(node, n.Property) and isinstance(node.name, str):
        return f"{t(node.obj)}{'*' if node.spread else ''}{'?' if node.safe else ''}.{node.name}"
    if isinstance(node, n.MethodCall) and isinstance(node.name, str):
        if any(isinstance(a, (n.NamedArg, n.SpreadArg, n.ClosureExpr)) for a in node.args):
            raise NoText
        obj = "this" if node.obj is None else t(node.obj)
        marks = ("*" if node.spread else "") + ("?" if node.safe else "")
        return f"{obj}{marks}.{node.name}(" + ", ".join(t(a) for a in node.args) + ")"
    if isinstance(node, n.Index):
        return f"{t(node.obj)}[{t(node.index)}]"
    if isinstance(node, (n.Binary, n.Logical)):
        return f"({t(node.left)} {node.op} {t(node.right)})"
    if isinstance(node, n.In):
        return f"({t(node.item)} in {t(node.container)})"
    if isinstance(node, n.InstanceOf):
        qualified = allowlist.resolve_type_name(node.type) or node.type
        return f"({t(node.value)} instanceof {qualified})"
    if isinstance(node, n.Unary) and node.op in ("!", "-"):
        return t(node.operand)  # NotExpression and UnaryMinusExpression show their operand
    if isinstance(node, n.Ternary):
        return f"({t(node.cond)}) ? {t(node.then)} : {t(node.orelse)}"
    if isinstance(node, n.Elvis):
        return f"({t(node.value)}) ? {t(node.value)} : {t(node.orelse)}"
    if isinstance(node, n.RangeExpr):
        return f"({t(node.low)}{'..<' if node.exclusive else '..'}{t(node.high)})"
    raise NoText


def shown_variables(node: n.Node, res: Resolution) -> list[n.Name]:
    """The variables Groovy lists after the text (`. Values: x = 1, y = 2`): those at the top
    of the condition, through its operators (not inside calls or properties)."""
    if isinstance(node, n.Name):
        ref = res.refs.get(node)
        return [] if ref is not None and ref.kind in ("class", "script_class") else [node]
    if isinstance(node, n.Unary) and node.op == "!":
        return shown_variables(node.operand, res)
    if isinstance(node, (n.Binary, n.Logical)):
        return shown_variables(node.left, res) + shown_variables(node.right, res)
    if isinstance(node, n.In):
        return shown_variables(node.item, res) + shown_variables(node.container, res)
    if isinstance(node, n.Index):
        return shown_variables(node.obj, res) + shown_variables(node.index, res)
    if isinstance(node, n.InstanceOf):
        return shown_variables(node.value, res)
    return []
