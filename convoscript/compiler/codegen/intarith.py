"""Java `int` arithmetic written out as Python expressions, for operands known to be exact ints.

intlocals.py proves when both operands of `+ - * %` always hold a Groovy Integer (a Python
`int` in range). The runtime's `h_plus`, `h_minus`, `h_multiply` and `h_mod` would then take
their int fast path; writing that path inline spares a call per operation in counting loops
(intloop: 200,000 iterations of `total += (i * i) % 7`). Nothing a script can observe changes:
the expressions below compute exactly what the runtime's int paths compute (32-bit wrap, Java's
remainder whose sign follows the dividend), and none of them can raise, so no error position
moves.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from convoscript.compiler.policy import is_int_operand

_OFFSET = 0x80000000
_MASK = 0xFFFFFFFF
_INT_MAX = 0x7FFFFFFF
_INT_MIN = -0x80000000

_WRAPPED_OPS: dict[str, type[ast.operator]] = {"+": ast.Add, "-": ast.Sub, "*": ast.Mult}


def wrap32(value: ast.expr) -> ast.expr:
    """`((value + 2**31) & (2**32 - 1)) - 2**31`: Java's int overflow, the identity in range."""
    shifted = ast.BinOp(value, ast.Add(), ast.Constant(_OFFSET))
    masked = ast.BinOp(shifted, ast.BitAnd(), ast.Constant(_MASK))
    return ast.BinOp(masked, ast.Sub(), ast.Constant(_OFFSET))


def int_binary(
    op: str,
    left: ast.expr,
    right: ast.expr,
    right_literal: int | None,
    new_temp: Callable[[], str],
    runtime_mod: Callable[[ast.expr, ast.expr], ast.expr],
) -> ast.expr | None:
    """`left op right` for two exact ints, or None when there is no inline form (`%` by
    anything but a positive literal: a zero divisor raises, a negative one flips signs).
    `right_literal` is the right operand's value when it is a literal."""
    if not (is_int_operand(left) and is_int_operand(right)):
        return None  # a boxed local's read is a call: the runtime's operator takes it
    operator = _WRAPPED_OPS.get(op)
    if operator is not None:
        return wrap32(ast.BinOp(left, operator(), right))
    if op == "%" and right_literal is not None and right_literal > 0:
        # Python's remainder equals Java's for a non-negative dividend; a negative one takes
        # the runtime's path (rare, and it keeps the sign rule in one place)
        tmp = new_temp()
        held = ast.NamedExpr(ast.Name(tmp, ast.Store()), left)
        return ast.IfExp(
            ast.Compare(held, [ast.GtE()], [ast.Constant(0)]),
            ast.BinOp(ast.Name(tmp, ast.Load()), ast.Mod(), right),
            runtime_mod(ast.Name(tmp, ast.Load()), right),
        )
    return None


def int_step(value: ast.expr, op: str) -> ast.expr:
    """`x++` / `x--` of an int local (Groovy's Integer.next()/previous(): they wrap). `value`
    must be a plain load: it is read twice."""
    if op == "++":
        edge, past = _INT_MAX, _INT_MIN
        stepped = ast.BinOp(value, ast.Add(), ast.Constant(1))
    else:
        edge, past = _INT_MIN, _INT_MAX
        stepped = ast.BinOp(value, ast.Sub(), ast.Constant(1))
    test = ast.Compare(value, [ast.NotEq()], [ast.Constant(edge)])
    return ast.IfExp(test, stepped, ast.Constant(past))
