"""The one-door invariant: the Python generated for every script in the test corpus reaches
objects only through runtime entry points — no raw attribute, subscript or foreign call — and
contains only the node types on the policy's allow-list."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from convoscript.compiler.codegen import generate
from convoscript.compiler.policy import (
    ALLOWED_NODES,
    OneDoorViolation,
    check_one_door,
    policy_compile,
)
from convoscript.compiler.resolve import resolve
from convoscript.errors import ConvoscriptError
from convoscript.grammar.parser import parse

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted(
    list((ROOT / "tests" / "conformance" / "cases").glob("*/script.groovy"))
    + list((ROOT / "examples").rglob("*.groovy"))
)


def generated_tree(path: Path) -> ast.Module | None:
    try:
        return generate(resolve(parse(path.read_text(), path.name))).tree
    except ConvoscriptError:
        return None  # scripts that do not compile generate nothing


@pytest.mark.parametrize("path", CORPUS, ids=[str(p.relative_to(ROOT)) for p in CORPUS])
def test_generated_code_uses_only_the_runtime_door(path: Path) -> None:
    tree = generated_tree(path)
    if tree is not None:
        check_one_door(tree)


def test_corpus_is_not_empty() -> None:
    assert len(CORPUS) >= 40


@pytest.mark.parametrize(
    "snippet",
    [
        "x.y",  # attribute
        "x[0]",  # subscript
        "len(x)",  # call of a non-entry point
        "x.y()",  # method call
        "f = lambda: 1",
    ],
)
def test_check_rejects_raw_python(snippet: str) -> None:
    tree = ast.parse(f"def s_main():\n    v_x = 1\n    {snippet}\n")
    with pytest.raises(OneDoorViolation):
        check_one_door(tree)


@pytest.mark.parametrize("path", CORPUS, ids=[str(p.relative_to(ROOT)) for p in CORPUS])
def test_corpus_compiles_under_the_allow_list(path: Path) -> None:
    tree = generated_tree(path)
    if tree is not None:
        assert {type(node) for node in ast.walk(tree)} <= ALLOWED_NODES
        policy_compile(tree, f"<groovy:{path.name}>")


@pytest.mark.parametrize(
    "snippet,node_type",
    [
        ("v_x = v_x + 1", "BinOp"),  # Python's own arithmetic, not Groovy's
        ("v_x += 1", "AugAssign"),
        ("v_x = {v_x: 1}", "Dict"),
        ("v_x = {v_x}", "Set"),
        ("assert v_x", "Assert"),
        ("del v_x", "Delete"),
        ("v_x = [v_y for v_y in v_x]", "ListComp"),
        ('v_x = f"{v_x}"', "JoinedStr"),
        ("import os", "Import"),
        ("with v_x: pass", "With"),
        ("global v_x", "Global"),
    ],
)
def test_node_types_off_the_allow_list_are_refused_by_name(snippet: str, node_type: str) -> None:
    tree = ast.parse(f"def s_main():\n    v_x = 1\n    {snippet}\n")
    with pytest.raises(OneDoorViolation, match=f"contains {node_type} "):
        check_one_door(tree)


def test_a_node_type_a_future_python_adds_is_refused() -> None:
    class FutureExpr(ast.expr):  # stands for a node type this code has never seen
        _fields = ()

    tree = ast.parse("def s_main():\n    v_x = 1\n")
    tree.body[0].body.append(ast.Expr(FutureExpr()))  # type: ignore[attr-defined]
    with pytest.raises(OneDoorViolation, match="contains FutureExpr "):
        check_one_door(tree)


@pytest.mark.parametrize(
    "snippet",
    [
        "def s_main(x):\n    pass",  # a parameter not named v_*
        "def s_main():\n    try:\n        pass\n    except h_Throwable as e:\n        pass",
    ],
)
def test_bound_names_must_carry_a_generated_prefix(snippet: str) -> None:
    with pytest.raises(OneDoorViolation, match="names"):
        check_one_door(ast.parse(snippet))
