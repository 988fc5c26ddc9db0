"""Which expressions provably hold a Groovy Integer (a Python `int`), for codegen shortcuts.

A local declared `int` (not a parameter, not a field) only ever receives values through
`h_cast(..., 'int')`, `h_next`/`h_previous` or its primitive default 0, all of which give an
exact `int`. Integer `+ - * %` of two such values is an `int` again (the runtime wraps to 32
bits or raises). For these expressions codegen may skip the identity cast and compare with
Python's own `<`, `==`, ...: on two exact ints the runtime's `h_lt`, `h_eq`, ... do exactly
that, so nothing a script can observe changes, and no raw operator ever meets another type.
"""

from __future__ import annotations

from convoscript.compiler.scopes import Resolution
from convoscript.grammar import nodes as n

INT_MIN, INT_MAX = -0x80000000, 0x7FFFFFFF
_INT_RESULT_OPS = {"+", "-", "*", "%"}


def is_static_int(node: n.Node, res: Resolution, int_locals: set[int]) -> bool:
    """Whether `node` always evaluates to an exact Python int (`int_locals`: ids of VarInfos
    of locals declared `int`)."""
    if isinstance(node, n.Number):
        value = res.numbers[node]
        return type(value) is int and INT_MIN <= value <= INT_MAX
    if isinstance(node, n.Name):
        ref = res.refs.get(node)
        return ref is not None and ref.var is not None and id(ref.var) in int_locals
    if isinstance(node, n.Binary):
        return (
            node.op in _INT_RESULT_OPS
            and is_static_int(node.left, res, int_locals)
            and is_static_int(node.right, res, int_locals)
        )
    if isinstance(node, n.IncDec):
        return is_static_int(node.target, res, int_locals)
    return False


def assigns_static_int(node: n.Assign, res: Resolution, int_locals: set[int]) -> bool:
    """Whether the value an assignment stores (`x = v`, `x += v`, ...) is an exact int."""
    if not is_static_int(node.value, res, int_locals):
        return False
    return node.op == "=" or (
        node.op[:-1] in _INT_RESULT_OPS and is_static_int(node.target, res, int_locals)
    )


_INTEGRAL_PRIMITIVES = ("int", "long", "short", "byte")


def _integral_operand(node: n.Node, res: Resolution) -> bool:
    if isinstance(node, n.Number):  # `-7` is a negation in Groovy, an expression of its own
        value = res.numbers[node]
        return type(value) is int and value >= 0
    if isinstance(node, n.Name):
        ref = res.refs.get(node)
        return ref is not None and ref.var is not None and ref.var.type in _INTEGRAL_PRIMITIVES
    return False


def primitive_quotient(node: n.Node | None, res: Resolution) -> n.Binary | None:
    """`a / b` whose operands are integer literals or integral primitive locals: stored into a
    `double` or `float` local, Groovy 2.4 divides them as Java ints (`double y = 7 / 2` is 3.0,
    checked on Groovy 2.4.21; `def y = 7 / 2` is 3.5). Only this exact shape: a negated literal,
    a longer expression or a field initialiser divide as BigDecimal, as in Groovy."""
    if (
        isinstance(node, n.Binary)
        and node.op == "/"
        and _integral_operand(node.left, res)
        and _integral_operand(node.right, res)
    ):
        return node
    return None
