"""Honest text (issue 11, item 9; rows R46 and R47 of docs/threat-coverage.md).

No message or output a script or its author sees carries a Python repr, a Python class name, a
module path or a host address: a value without a Groovy toString prints as Java would
(`java.lang.Object@<per-run hash>`, with the class's Java name), a class object as
`class java.lang.System`. And a run's error `type` cannot lie: a script's own exception class is
reported as `script:Name`, so a class named `LimitExceeded` never passes for a host limit, and an
InternalError names no Python exception.

The sweep tests are generated from the allow-list tables: every static field value, every class
name a script can write (allowed or denied), one instance of every class with a no-argument
constructor, each printed, interpolated, concatenated, cast and put in a cast error.
"""

from __future__ import annotations

import re

import pytest
from sandbox_harness import row, run

from convoscript import Limits, Runtime
from convoscript.errors import InternalError
from convoscript.lib.java_util import formatter
from convoscript.runtime.door import allowlist

# Python's fingerprints: a repr (`<... object at 0x...>`, `<class '...'>`), a module path, a
# builtin type's name as Python spells it.
PYTHON_TEXT = re.compile(
    r"0x[0-9a-f]{6,}|<class |object at |convoscript\.|builtins|\bNoneType\b|\bdict\b|"
    r"\btuple\b|\bfrozenset\b|\bDecimal\b|InvalidOperation|Traceback|<function |<bound |"
    r"\bfunctools\b|(?<![.\w])(?:re|regex|decimal)\."
)

SWEEP_LIMITS = Limits(max_seconds=5, max_steps=2_000_000, max_output_bytes=2_000_000)


def _clean(result) -> str:
    """Everything of the run a user sees, as text; asserts none of it shows Python."""
    text = result.stdout
    if result.error is not None:
        assert result.error.type != "InternalError", result.error.message
        text += f"\n{result.error.to_dict()}"
    found = PYTHON_TEXT.search(text)
    assert found is None, (
        f"Python text {found.group(0)!r} in: {text[max(found.start() - 200, 0) : found.end() + 200]}"
    )
    return text


# Every way a value becomes text: println, GString, concatenation, a list and a map holding it,
# String.valueOf, toString(), and the cast errors that quote it. The values are written once, in
# a list (compiling each way for each value took seconds); the ways run over them.
_TEXT_WAYS = """\
for (v in values) {
    try { println(v) } catch (e) { println e.message }
    try { println("${v}") } catch (e) { println e.message }
    try { println("s" + v) } catch (e) { println e.message }
    try { println([v]) } catch (e) { println e.message }
    try { println([k: v]) } catch (e) { println e.message }
    try { println(String.valueOf(v)) } catch (e) { println e.message }
    try { Map m = v; println m } catch (e) { println e.message }
    try { int i = v; println i } catch (e) { println e.message }
    try { println(v as Date) } catch (e) { println e.message }
    TO_STRING
}
println "END"
"""
# `X.toString()` on a denied class is refused (ending the run), so it is asked of values only
_TO_STRING = "try { println(v.toString()) } catch (e) { println e.message }"


def _texts_of(values: list[str], to_string: bool = True) -> str:
    ways = _TEXT_WAYS.replace("TO_STRING", _TO_STRING if to_string else "")
    return "def values = [\n" + ",\n".join(values) + "\n]\n" + ways


def _swept(source: str) -> str:
    """Run a sweep; it must reach its end (a refusal would hide the values after it)."""
    result = run(source, SWEEP_LIMITS)
    text = _clean(result)
    assert result.error is None and result.stdout.endswith("END\n"), text[-500:]
    return text


def _static_field_expressions() -> list[tuple[str, list[str]]]:
    allowlist.ensure_library_loaded()
    # a nested class is written as scripts write it: `java.lang.Thread.State.NEW`
    return [
        (owner, [f"{owner.replace('$', '.')}.{name}" for name in sorted(fields)])
        for owner, fields in sorted(allowlist.STATIC_FIELDS.items())
    ]


@row("R46")
@pytest.mark.parametrize(
    "owner, fields", _static_field_expressions(), ids=[o for o, _ in _static_field_expressions()]
)
def test_R46_every_static_field_value_prints_as_java_would(owner: str, fields: list[str]) -> None:
    _swept(_texts_of(fields))


def _class_names() -> list[str]:
    allowlist.ensure_library_loaded()
    # the names the compiler lets a script write in full (compiler/resolve.py)
    names = set(allowlist.CLASS_NAMES.values()) | set(allowlist.IMPORTABLE.values())
    names |= set(allowlist.DENIED_CLASSES)
    return sorted(n for n in names if "$" not in n)


@row("R46")
def test_R46_every_class_name_prints_as_its_class_object() -> None:
    """`println System` is `class java.lang.System` (it was `java.lang.Object@...`, a fresh
    hash at each mention); allowed and denied classes alike."""
    names = _class_names()
    text = _swept(_texts_of(names, to_string=False))
    for name in names:
        assert f"class {name}" in text, name


@row("R46")
def test_R46_a_denied_class_in_a_cast_error_is_quoted_as_java_quotes_it() -> None:
    result = run("try { Map m = Runtime } catch (e) { println e.message }\nprintln System")
    assert result.stdout == (
        "Cannot cast object 'class java.lang.Runtime' with class 'java.lang.Class' to class "
        "'java.util.Map'\nclass java.lang.System\n"
    )


def _constructible() -> list[str]:
    allowlist.ensure_library_loaded()
    return sorted(allowlist.CONSTRUCTORS)


def _static_methods_by_owner() -> str:
    """`[[Owner, ["name", ...]], ...]`: the calls are made by name (`owner."$name"()`), one class
    literal per owner, so the script stays small (compiling 243 written-out calls took seconds)."""
    allowlist.ensure_library_loaded()
    rows = [
        f"[{owner}, [{', '.join(repr(n) for n in sorted(methods))}]]"
        for owner, methods in sorted(allowlist.STATIC_METHODS.items())
        if "$" not in owner
    ]
    return "[\n" + ",\n".join(rows) + "\n]"


@row("R46")
def test_R46_what_every_static_method_returns_prints_as_java_would() -> None:
    """Every allowed static method called without arguments (most refuse: MissingMethod),
    and what those that answer return, through every way to text."""
    source = (
        f"def made = []\nfor (row in {_static_methods_by_owner()}) {{\n"
        '    for (n in row[1]) { try { made << row[0]."$n"() } catch (e) { println e.message } }\n'
        "}\n"
    )
    text = _swept(source + _texts_of(["*made"]))
    assert len(text) > 50_000  # many answered


@row("R46")
def test_R46_an_instance_of_every_constructible_class_prints_as_java_would() -> None:
    made = "".join(f"try {{ made << new {name}() }} catch (e) {{ }}\n" for name in _constructible())
    source = _texts_of(["*made"])
    text = _swept("def made = []\n" + made + source)
    assert text.count("END") == 1 and len(text) > 5_000  # most classes made an instance


@row("R46")
@pytest.mark.parametrize(
    "source, expected",
    [
        ('println String.format("%.30f", 1.5G)', "1.500000000000000000000000000000\n"),
        ('println String.format("%.30f", 1.5d)', "1.500000000000000000000000000000\n"),
        (
            'println sprintf("%.3f", 123456789012345678901234567890.5G)',
            "123456789012345678901234567890.500\n",
        ),
        ('println sprintf("%.30e", 1.5G)', "1.500000000000000000000000000000e+00\n"),
        ('println sprintf("%.0f", 1e40G)', "10000000000000000000000000000000000000000\n"),
    ],
)
def test_R46_format_with_many_digits_is_exact_not_a_python_error(source, expected) -> None:
    """A precision past Python's 28-digit default context was an InternalError whose message
    read `InvalidOperation: [<class 'decimal.InvalidOperation'>]` (real Groovy prints these)."""
    result = run(source, SWEEP_LIMITS)
    _clean(result)
    assert result.error is None and result.stdout == expected


@row("R47")
@pytest.mark.parametrize(
    "name", ["LimitExceeded", "SecurityViolation", "InternalError", "FlowSyntaxError"]
)
def test_R47_a_script_exception_class_cannot_pass_for_a_host_error(name: str) -> None:
    source = (
        f"class {name} extends RuntimeException {{ {name}(String m) {{ super(m) }} }}\n"
        f'println new {name}("x")\n'
        f'throw new {name}("max_steps")\n'
    )
    result = run(source)
    assert result.stdout == f"{name}: x\n"  # Groovy's own text of the class is unchanged
    assert result.error.type == f"script:{name}"
    assert result.error.to_dict()["type"] == f"script:{name}"
    assert result.error.message == "max_steps"


@row("R47")
def test_R47_an_internal_error_names_no_python_exception(monkeypatch) -> None:
    """Whatever Python exception a bug raises, the error a user sees says only that it is
    convoscript's fault; the detail is kept for the host (`InternalError.detail`)."""

    def broken(*args):
        raise ValueError("<object at 0x7f00deadbeef> in convoscript.lib")

    monkeypatch.setattr(formatter, "_fixed", broken)
    result = Runtime().conversation("c-bug").run('println String.format("%.2f", 1.5G)')
    assert isinstance(result.error, InternalError)
    assert result.error.message == "internal error: a fault in convoscript, not in the script"
    assert "0x" not in str(result.error.to_dict())
    assert result.error.detail == "ValueError: <object at 0x7f00deadbeef> in convoscript.lib"
