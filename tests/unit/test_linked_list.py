"""LinkedList: a list subclass that must stay behind the allow-list and leave runs as plain data."""

from __future__ import annotations

import pytest

from convoscript import Runtime


def run(source: str):
    return Runtime().conversation("c-ll").run(source)


@pytest.mark.parametrize("method", ["append", "insert", "extend", "copy", "index", "clear_python"])
def test_python_list_methods_are_not_script_methods(method: str) -> None:
    result = run(f"def q = [1] as LinkedList\nq.{method}(0)")
    assert result.error is not None
    assert result.error.type in ("MissingMethodException", "SecurityViolation")


def test_a_linked_list_leaves_the_run_as_a_plain_list() -> None:
    result = run("def q = new LinkedList([1, 2])\nq.addFirst(0)\nexecution.setVariable('q', q)\nq")
    assert result.error is None
    assert type(result.value) is list and result.value == [0, 1, 2]
    assert type(result.variables["q"]) is list


def test_empty_queue_errors_are_groovy_exceptions() -> None:
    result = run("new LinkedList().removeFirst()")
    assert result.error.type == "NoSuchElementException" and result.error.line == 1


def test_a_linked_list_is_a_list_but_not_an_array_list() -> None:
    result = run(
        "def q = [1] as LinkedList\n"
        "[q instanceof List, q instanceof LinkedList, q instanceof ArrayList, "
        "q.getClass().name]"
    )
    assert result.value == [True, True, False, "java.util.LinkedList"]
