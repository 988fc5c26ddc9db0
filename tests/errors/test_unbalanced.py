"""Unbalanced brackets are reported where Groovy 2.4 reports them: at the first token the parser
cannot take (`else` after a block missing its `}`), naming the bracket left open before it. The
positions are real Groovy's (tools/oracle.py on the same scripts; its messages quoted)."""

import pytest

from convoscript import Runtime
from convoscript.errors import FlowSyntaxError

CASES = [
    # Groovy: "unexpected token: else @ line 6, column 1."
    (
        'def x = 1\nif (x == 1) {\n  println "one"\n  if (x > 0) {\n    println "pos"\n'
        'else {\n  println "other"\n}\n',
        6,
        1,
        "Unexpected 'else': the '{' at line 4, column 14 is not closed by '}' before it",
    ),
    # Groovy: "unexpected token: catch @ line 5, column 1."
    (
        "try {\n  def a = 1\n  if (a) {\n    println a\ncatch (Exception e) {\n  println e\n}\n",
        5,
        1,
        "Unexpected 'catch': the '{' at line 3, column 10 is not closed by '}' before it",
    ),
    # Groovy: "unexpected token: def @ line 2, column 1."
    (
        "println(1\ndef y = 2\n",
        2,
        1,
        "Unexpected 'def': the '(' at line 1, column 8 is not closed by ')' before it",
    ),
    # Groovy: "expecting EOF, found '}' @ line 2, column 22."
    (
        "def x = 1\nif (x) { println x } }\nprintln 2\n",
        2,
        22,
        "Unexpected '}': there is no open bracket to close",
    ),
    # Groovy: "expecting '}', found ')' @ line 1, column 26."
    (
        "[1, 2].each { println it )\n",
        1,
        26,
        "Unexpected ')': the '{' at line 1, column 13 must be closed by '}' first",
    ),
]


@pytest.mark.parametrize(("source", "line", "column", "message"), CASES)
def test_first_unexpected_token(source: str, line: int, column: int, message: str) -> None:
    with pytest.raises(FlowSyntaxError) as info:
        Runtime().compile(source, "flow.groovy")
    err = info.value
    assert (err.file, err.line, err.column, err.message) == ("flow.groovy", line, column, message)
    assert err.source_line == source.splitlines()[line - 1]


def test_only_the_end_of_file_left_names_the_open_bracket() -> None:
    # Groovy: "expecting '}', found '' @ line 4, column 1." (the end); nothing before the end is
    # wrong, so the useful place is the bracket never closed
    with pytest.raises(FlowSyntaxError) as info:
        Runtime().compile("def x = 1\nif (x) {\n  println x\n", "flow.groovy")
    err = info.value
    assert (err.line, err.column) == (2, 8)
    assert err.message == "Unexpected end of file: the '{' opened here is never closed by '}'"
