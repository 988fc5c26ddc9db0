"""The compile gate: the one-door check on generated Python, then RestrictedPython's compile.

Codegen is the primary defence (every dynamic operation is a runtime call); these are the
second and third nets. `check_one_door` accepts only the Python node types codegen emits (an
allow-list: anything else, including a node type a future Python adds, is refused by name), and
fails on any call of something that is not a runtime entry point (`h_*`) or a compiled script
method (`m_*`). RestrictedPython then re-checks the tree with its own policy before Python
compiles it.
"""

from __future__ import annotations

import ast
import warnings
from types import CodeType

from RestrictedPython import compile_restricted

ALLOWED_NAME_PREFIXES = ("v_", "m_", "c_", "t_", "k_", "h_", "s_main")
CALLABLE_PREFIXES = ("h_", "m_")

# Every node type generated code may contain: what codegen emits, nothing more. Absent on
# purpose: attribute access, subscripts, imports, lambdas, comprehensions, f-strings, AugAssign,
# global/nonlocal, with, del, assert, yield and await. Python's own arithmetic (BinOp) appears
# only as Java int arithmetic on operands intlocals.py proves are exact ints: `+ - * %` and the
# 32-bit wrap's `&`, whose operands are locals, temporaries, int literals or such arithmetic
# (`check_int_arithmetic`). Every other operator of the language stays a runtime call.
ALLOWED_NODES: frozenset[type[ast.AST]] = frozenset(
    {
        # structure
        ast.Module,
        ast.FunctionDef,
        ast.arguments,
        ast.arg,
        # statements
        ast.Assign,
        ast.Expr,
        ast.If,
        ast.While,
        ast.For,
        ast.Break,
        ast.Continue,
        ast.Pass,
        ast.Return,
        ast.Raise,
        ast.Try,
        ast.ExceptHandler,
        # expressions
        ast.Call,
        ast.Name,
        ast.Constant,
        ast.NamedExpr,
        ast.IfExp,
        ast.BoolOp,
        ast.UnaryOp,
        ast.Compare,
        ast.List,
        ast.Tuple,
        # Java int arithmetic written out (codegen/intarith.py), on exact ints only
        ast.BinOp,
        ast.Add,
        ast.Sub,
        ast.Mult,
        ast.Mod,
        ast.BitAnd,
        # contexts and operators: truth tests, `is h_MISSING`, comparisons of exact ints
        ast.Load,
        ast.Store,
        ast.And,
        ast.Or,
        ast.Not,
        ast.Is,
        ast.Eq,
        ast.NotEq,
        ast.Lt,
        ast.LtE,
        ast.Gt,
        ast.GtE,
    }
)


class OneDoorViolation(Exception):
    """Generated code reached past the runtime: a compiler bug, never the user's fault."""


def check_one_door(tree: ast.Module) -> None:
    for node in ast.walk(tree):
        if type(node) not in ALLOWED_NODES:
            raise OneDoorViolation(
                f"generated code contains {type(node).__name__} "
                f"at line {getattr(node, 'lineno', '?')}"
            )
        if isinstance(node, ast.Call):
            func = node.func
            if not (isinstance(func, ast.Name) and func.id.startswith(CALLABLE_PREFIXES)):
                raise OneDoorViolation(
                    f"generated code calls {ast.dump(func)} at line {getattr(node, 'lineno', '?')}"
                )
            if node.keywords:
                raise OneDoorViolation("generated code passes keyword arguments")
        elif isinstance(node, ast.BinOp):
            check_int_arithmetic(node)
        elif isinstance(node, ast.Name):
            _check_name(node.id)
        elif isinstance(node, ast.arg):
            _check_name(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name is not None:
            _check_name(node.name)
        elif isinstance(node, ast.FunctionDef) and not node.name.startswith(("m_", "c_", "s_main")):
            raise OneDoorViolation(f"generated code defines {node.name!r}")


# what an operand of inline int arithmetic may be: a local or temporary (Name), an int
# literal, more of the same arithmetic, a temporary being bound, or a choice between such
_INT_OPERANDS = (ast.Name, ast.Constant, ast.BinOp, ast.NamedExpr, ast.IfExp)


def is_int_operand(operand: ast.expr) -> bool:
    """Whether `operand` may stand beside inline int arithmetic (codegen checks before it
    writes the arithmetic out, and falls back to the runtime's operator otherwise)."""
    if isinstance(operand, ast.Constant):
        return type(operand.value) is int
    return isinstance(operand, _INT_OPERANDS)


def check_int_arithmetic(node: ast.BinOp) -> None:
    """A BinOp is inline int arithmetic (codegen/intarith.py): its operands are names, int
    literals or nested arithmetic, never a call's result or a string/float literal."""
    for operand in (node.left, node.right):
        if not is_int_operand(operand):
            raise OneDoorViolation(
                f"generated arithmetic on {type(operand).__name__} "
                f"at line {getattr(node, 'lineno', '?')}"
            )


def _check_name(name: str) -> None:
    if not name.startswith(ALLOWED_NAME_PREFIXES):
        raise OneDoorViolation(f"generated code names {name!r}")


def policy_compile(tree: ast.Module, filename: str) -> CodeType:
    """One-door check, then RestrictedPython; returns a code object."""
    check_one_door(tree)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        return compile_restricted(tree, filename=filename, mode="exec")
