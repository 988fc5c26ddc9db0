"""The compile gate: the one-door check on generated Python, then RestrictedPython's compile.

Codegen is the primary defence (every dynamic operation is a runtime call); these are the
second and third nets. `check_one_door` fails on any raw attribute access, subscript, or call of
something that is not a runtime entry point (`h_*`) or a compiled script method (`m_*`).
RestrictedPython then re-checks the tree with its own policy before Python compiles it.
"""

from __future__ import annotations

import ast
import warnings

from RestrictedPython import compile_restricted

ALLOWED_NAME_PREFIXES = ("v_", "m_", "c_", "t_", "k_", "h_", "s_main")
CALLABLE_PREFIXES = ("h_", "m_")


class OneDoorViolation(Exception):
    """Generated code reached past the runtime: a compiler bug, never the user's fault."""


def check_one_door(tree: ast.Module) -> None:
    for node in ast.walk(tree):
        if isinstance(
            node,
            (
                ast.Attribute,
                ast.Subscript,
                ast.Starred,
                ast.Lambda,
                ast.ClassDef,
                ast.Import,
                ast.ImportFrom,
                ast.Global,
                ast.Nonlocal,
                ast.Delete,
                ast.With,
                ast.AsyncFunctionDef,
                ast.Await,
                ast.Yield,
                ast.YieldFrom,
                ast.GeneratorExp,
                ast.ListComp,
                ast.DictComp,
                ast.SetComp,
                ast.JoinedStr,
            ),
        ):
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
        elif isinstance(node, ast.Name):
            if not node.id.startswith(ALLOWED_NAME_PREFIXES):
                raise OneDoorViolation(f"generated code names {node.id!r}")
        elif isinstance(node, ast.FunctionDef) and not node.name.startswith(("m_", "c_", "s_main")):
            raise OneDoorViolation(f"generated code defines {node.name!r}")


def policy_compile(tree: ast.Module, filename: str):
    """One-door check, then RestrictedPython; returns a code object."""
    check_one_door(tree)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        return compile_restricted(tree, filename=filename, mode="exec")
