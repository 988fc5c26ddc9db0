"""`use(Category) { ... }`: only groovy.time.TimeCategory is a category, and its members
(`3.days`, Date minus Date as a duration) exist only while its block runs, in this run."""

from __future__ import annotations

import pytest
from sandbox_harness import check, run

CASES = [
    ("other-class", "use(String) { 1 }", ("error", "MissingMethodException", 1)),
    (
        "in-a-list",
        "use([groovy.time.TimeCategory, Math]) { 1 }",
        ("error", "MissingMethodException", 1),
    ),
    ("denied-class", "use(Runtime) { 1 }", ("error", "MissingMethodException", 1)),
    ("no-closure", "use(groovy.time.TimeCategory)", ("error", "IllegalArgumentException", 1)),
    ("outside", "3.days", ("error", "MissingPropertyException", 1)),
    (
        "after",
        "import groovy.time.TimeCategory\nuse(TimeCategory) { 1.day }\n2.days",
        ("error", "MissingPropertyException", 3),
    ),
    (
        "after-a-throw",
        "import groovy.time.TimeCategory\n"
        "try { use(TimeCategory) { throw new RuntimeException('x') } } catch (e) {}\n4.hours",
        ("error", "MissingPropertyException", 3),
    ),
    (
        "inside",
        "import groovy.time.TimeCategory\nuse(TimeCategory) { (2.hours + 30.minutes).toString() }",
        ("value", "2 hours, 30 minutes"),
    ),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_use_category(source, expected) -> None:
    check(source, expected)


def test_a_category_does_not_outlive_its_run() -> None:
    """A run ended inside `use` (a refusal) leaves no category active for the next run."""
    first = run("import groovy.time.TimeCategory\nuse(TimeCategory) { 'id'.execute() }")
    assert first.error is not None and first.error.type == "SecurityViolation"
    second = run("3.days")
    assert second.error is not None and second.error.type == "MissingPropertyException"
