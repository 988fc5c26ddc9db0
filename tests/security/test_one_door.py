"""The one-door invariant: the Python generated for every script in the test corpus reaches
objects only through runtime entry points — no raw attribute, subscript or foreign call."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from convoscript.compiler.codegen import generate
from convoscript.compiler.policy import OneDoorViolation, check_one_door
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


@pytest.mark.parametrize("snippet", [
    "x.y",          # attribute
    "x[0]",         # subscript
    "len(x)",       # call of a non-entry point
    "x.y()",        # method call
    "f = lambda: 1",
])
def test_check_rejects_raw_python(snippet: str) -> None:
    tree = ast.parse(f"def s_main():\n    v_x = 1\n    {snippet}\n")
    with pytest.raises(OneDoorViolation):
        check_one_door(tree)
