"""Run-time errors carry the column of the operation that failed: the method name of a call,
the member of a property, the `new` of a constructor, the operator of a binary or unary
expression, the `[` of an index (docs/authoring.md, "Diagnostics")."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from convoscript import Runtime
from convoscript.authoring import diagnose
from convoscript.cli import cli
from convoscript.runtime.model.budget import Limits


def error(source: str, **kw: object):
    runtime = Runtime(**kw)  # type: ignore[arg-type]
    return runtime.conversation("c").run(runtime.compile(source, "t.groovy")).error


def caret(source: str, line: int, token: str, nth: int = 0) -> tuple[int, int]:
    """(line, column) of the nth `token` on 1-based `line` of `source`."""
    text = source.splitlines()[line - 1]
    at = -1
    for _ in range(nth + 1):
        at = text.index(token, at + 1)
    return line, at + 1


@pytest.mark.parametrize(
    "source, line, token, nth",
    [
        # a call: the method name, not the receiver nor the start of the line
        ("def x = 1\ndef y = x.foo()\n", 2, "foo", 0),
        ("def a = null\ndef b = 1 + a.size()\n", 2, "size", 0),
        ("def x = [1]\nx.foo 1, 2\n", 2, "foo", 0),
        # a property: its name, the innermost failing one in a chain
        ("def m = [a: 1]\n  def z = 1 + m.a.b.c\n", 2, "b", 0),
        ("def m = null\nm.x.y = 2\n", 2, "x", 0),
        # setting a property fails at its name
        ("def s = 'abc'\ns.foo = 1\n", 2, "foo", 0),
        # the operator of a binary or unary expression
        ("def k = 1 / 0\n", 1, "/", 0),
        ("def x = -'abc'\n", 1, "-", 0),
        # an index: its `[`
        ("def xs = null\ndef q = xs  [0]\n", 2, "[", 0),
        # a name that is not defined: the name
        ("def a = 1\nprintln a + nope\n", 2, "nope", 0),
        # inside a closure and inside a GString interpolation
        ("def l = [1]\nl.each { v -> v.nope() }\n", 2, "nope", 0),
        ('def s = "v=${null.foo()}"\n', 1, "foo", 0),
        # a typed declaration that cannot cast: the variable
        ("int n = 'abc'\n", 1, "n =", 0),
    ],
)
def test_script_error_points_at_the_operation(source: str, line: int, token: str, nth: int) -> None:
    err = error(source)
    assert (err.line, err.column) == caret(source, line, token, nth), err
    assert err.to_dict()["column"] == err.column


def test_refused_constructor_points_at_new() -> None:
    source = "def c = { x = new File('/x') -> x }\nc()\n"
    err = error(source)
    assert err.type == "SecurityViolation"
    assert (err.line, err.column) == caret(source, 1, "new")
    assert err.to_dict()["column"] == err.column


def test_thrown_exception_points_where_it_was_created() -> None:
    source = "def f() {\n  throw   new IllegalStateException('boom')\n}\nf()\n"
    err = error(source)
    assert (err.type, err.line, err.column) == ("IllegalStateException", *caret(source, 2, "new"))
    assert [(f.method, f.line, f.file) for f in err.trace] == [
        ("f", 2, "t.groovy"),
        ("run", 4, "t.groovy"),
    ]
    assert err.trace[0].column == err.column  # the innermost frame is where it failed


def test_limit_exceeded_has_a_column() -> None:
    err = error("def i = 0\nwhile (true) { i++ }\n", limits=Limits(max_steps=1000))
    assert err.type == "LimitExceeded" and err.line == 2 and err.column is not None


def test_column_on_another_line_falls_back_to_the_expression_start() -> None:
    # the failing `bar` is on line 3, the call expression (and the reported line) on line 2
    source = "def x = 'abc'\nprintln x.\n  bar()\n"
    err = error(source)
    assert (err.line, err.column) == caret(source, 2, "x")


def test_library_error_column_is_in_the_library_file() -> None:
    runtime = Runtime()
    runtime.register_library("util", "def half(x) {\n  return x.halve()\n}\n", "util.groovy")
    script = runtime.compile("println 1\ndef r = half(3)\n", "main.groovy", libraries=["util"])
    err = runtime.conversation("c").run(script).error
    assert (err.file, err.line, err.column) == ("util.groovy", 2, 12)


def test_diagnostic_caret_uses_the_column() -> None:
    # the heuristic used to find the first `foo` on the line, which is the variable
    source = "def foo = 1\ndef y = foo + foo.foo()\n"
    err = error(source)
    d = diagnose(err, source)
    assert (d["line"], d["column"]) == (2, source.splitlines()[1].rindex("foo") + 1)


def test_process_isolation_keeps_the_column() -> None:
    runtime = Runtime(isolation="process", workers=1)
    try:
        err = (
            runtime.conversation("c")
            .run(runtime.compile("def x = 1\ndef y = x.foo()\n", "t.groovy"))
            .error
        )
    finally:
        runtime.close()
    assert (err.line, err.column) == (2, 11)


def test_cli_run_reports_line_and_column(tmp_path: Path) -> None:
    script = tmp_path / "s.groovy"
    script.write_text("def x = 1\ndef y = x.foo()\n")
    result = CliRunner().invoke(cli, ["run", str(script)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "--- error at line 2, column 11 ---" in result.output
    assert f"{script}:2:11: MissingMethodException" in result.output
    assert "def y = x.foo()\n          ^" in result.output
