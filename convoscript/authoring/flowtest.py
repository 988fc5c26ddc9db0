"""Snippet test files (`*.flowtest.yaml`): load them, run each case on a fresh conversation,
compare with the expectations and describe any difference in Groovy terms."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from convoscript.authoring.diagnostics import render_error
from convoscript.authoring.groovyfmt import literal
from convoscript.authoring.schema import schema_problems
from convoscript.engine import Runtime
from convoscript.errors import ConvoscriptError, FlowSyntaxError, SecurityViolation
from convoscript.runtime.model.budget import Limits
from convoscript.runtime.run.result import RunResult
from convoscript.services.state import confined_path

SUFFIX = ".flowtest.yaml"
_STATE_MAPS = ("variables", "transient", "metrics")
_RUN_KEYS = {"now": "now", "timeZone": "zone", "seed": "seed"}
# the script text an error is shown against: one text, or texts by file name (render_error)
Source = str | dict[str, str] | None


class FlowTestError(Exception):
    """The test file itself is wrong (unreadable, bad YAML, missing script, unknown keys)."""


class _Loader(yaml.SafeLoader):
    """YAML with decimals read as BigDecimal (Decimal), as JSON state files are."""


def _decimal(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    text = loader.construct_scalar(node)  # type: ignore[arg-type]
    try:
        return Decimal(str(text).replace("_", ""))
    except ArithmeticError:
        return float(yaml.SafeLoader.construct_yaml_float(loader, node))  # .inf, .nan


_Loader.add_constructor("tag:yaml.org,2002:float", _decimal)
# a date (`now: 2026-01-02T03:04:05Z`) stays the text written, as in a JSON state file
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _parse(text: str) -> tuple[object, yaml.Node | None]:
    """The document's data and its node tree (the node marks give schema errors a position)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    finally:
        loader.dispose()


# Values a test file may expand to, aliases counted each time they are used: PyYAML makes an
# alias a reference to one object, so `a: &a [...]`, `b: [*a, *a, ...]` nine levels deep is a
# few lines that every later walk (copies, conversions, comparisons) expands a billion times.
MAX_YAML_VALUES = 1_000_000


def _expands_beyond(data: object, limit: int) -> bool:
    """Whether `data`, aliases expanded, holds more than `limit` values (a recursive alias
    counts forever); iterative and stops at the limit."""
    seen = 0
    todo = [data]
    while todo:
        value = todo.pop()
        seen += 1
        if seen > limit:
            return True
        if isinstance(value, dict):
            todo.extend(value.keys())
            todo.extend(value.values())
        elif isinstance(value, list):
            todo.extend(value)
    return False


@dataclass
class FlowCase:
    name: str
    given: dict
    expect: dict
    index: int
    limits: dict = field(default_factory=dict)


@dataclass
class FlowTestFile:
    path: Path
    source: str
    script_file: str  # the name used in diagnostics
    libraries: list[tuple[str, str]]  # (file, source)
    cases: list[FlowCase]
    limits: dict = field(default_factory=dict)


def _display(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def _beside(path: Path, named: object, what: str) -> Path:
    """A file a test file names: inside the test file's directory, else a FlowTestError."""
    try:
        return confined_path(str(named), path.parent, what=f"{what} {named}")
    except ValueError as exc:
        raise FlowTestError(f"{path}: {exc}") from None


def load_flowtest(path: str | os.PathLike) -> FlowTestFile:
    path = Path(path)
    try:
        data, root = _parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise FlowTestError(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        raise FlowTestError(f"{path}: not valid YAML: {exc}") from None
    if _expands_beyond(data, MAX_YAML_VALUES):
        raise FlowTestError(
            f"{path}: expands to more than {MAX_YAML_VALUES} values (YAML aliases repeat "
            "what they name: an alias bomb?)"
        )
    if not isinstance(data, dict):
        raise FlowTestError(f"{path}: must hold a mapping with 'script' or 'source', and 'cases'")
    problems = schema_problems(data, root, _display(path))
    if problems:
        raise FlowTestError("\n".join(problems))
    if "script" in data:
        script_path = _beside(path, data["script"], "script")
        try:
            source = script_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise FlowTestError(
                f"{path}: cannot read script {data['script']}: {exc.strerror or exc}"
            ) from None
        script_file = _display(script_path)
    else:
        source = str(data["source"])
        script_file = f"{_display(path)}#source"
    libraries = []
    for lib in data.get("libraries") or []:
        lib_path = _beside(path, lib, "library")
        try:
            libraries.append((_display(lib_path), lib_path.read_text(encoding="utf-8")))
        except OSError as exc:
            raise FlowTestError(
                f"{path}: cannot read library {lib}: {exc.strerror or exc}"
            ) from None
    cases = [  # the shapes were checked against the schema above
        FlowCase(
            str(raw.get("name") or f"case {i + 1}"),
            raw.get("given") or {},
            raw.get("expect") or {},
            i,
            dict(raw.get("limits") or {}),
        )
        for i, raw in enumerate(data["cases"])
    ]
    return FlowTestFile(path, source, script_file, libraries, cases, dict(data.get("limits") or {}))


@dataclass
class CaseResult:
    file: str
    name: str
    passed: bool
    problems: list[str]
    result: RunResult | None = None
    limits: Limits | None = None

    @property
    def nodeid(self) -> str:
        return f"{self.file}::{self.name}"

    def report(self, color: bool | None = False) -> str:
        """The readable failure: each difference, expected against actual, in Groovy terms."""
        return "\n".join(self.problems)


def _compile(runtime: Runtime, ft: FlowTestFile):
    """Compile the script with its libraries (registered by file stem, each importing the ones
    listed before it, as `convoscript run --lib` does)."""
    names: list[str] = []
    for filename, source in ft.libraries:
        name = Path(filename).stem
        runtime.register_library(name, source, filename=filename, imports=names.copy())
        names.append(name)
    if names:
        return runtime.compile(ft.source, ft.script_file, libraries=names)
    return runtime.compile(ft.source, ft.script_file)


def sources_of(ft: FlowTestFile) -> dict[str, str]:
    return {ft.script_file: ft.source, **dict(ft.libraries)}


def run_case(ft: FlowTestFile, case: FlowCase, runtime: Runtime | None = None) -> CaseResult:
    """Run one case on a fresh conversation and compare."""
    file = _display(ft.path)
    limits = (
        Limits().replace(**{**ft.limits, **case.limits}) if (ft.limits or case.limits) else Limits()
    )
    runtime = runtime or Runtime(limits=limits)
    given = dict(case.given)
    faults = given.pop("fail", None) or None
    run_kwargs = {_RUN_KEYS[k]: given.pop(k) for k in list(given) if k in _RUN_KEYS}
    if run_kwargs.get("now") is not None:
        run_kwargs["now"] = str(run_kwargs["now"])
    conversation_id = str(given.pop("conversationId", "test-1"))
    for key in _STATE_MAPS:
        if key in given and not isinstance(given[key], dict):
            raise FlowTestError(f"{file}: case '{case.name}': given.{key} must be a mapping")
    if faults is not None:
        if not isinstance(faults, dict):
            raise FlowTestError(
                f"{file}: case '{case.name}': given.fail must map "
                "service.method to an exception type"
            )
        faults = {str(k): str(v) for k, v in faults.items()}
    try:
        script = _compile(runtime, ft)
    except (FlowSyntaxError, SecurityViolation) as exc:
        return _compare_compile_error(file, case, exc, sources_of(ft))
    conversation = runtime.conversation(conversation_id)
    try:
        conversation.replace_state(given, base_dir=str(ft.path.parent))  # CSV tables beside it
    except ValueError as exc:
        raise FlowTestError(f"{file}: case '{case.name}': given: {exc}") from None
    try:
        result = conversation.run(script, limits=limits, faults=faults, **run_kwargs)
    except ValueError as exc:
        raise FlowTestError(f"{file}: case '{case.name}': {exc}") from None
    problems = compare(case.expect, result, sources_of(ft))
    return CaseResult(
        file, case.name, not problems, _headed(problems, result, sources_of(ft)), result, limits
    )


def _headed(problems: list[str], result: RunResult, source: Source) -> list[str]:
    if problems and result.error is not None and not any(p.startswith("error") for p in problems):
        problems = problems + [
            "the run raised (not checked by this case):",
            _indent(render_error(result.error, source, color=False)),
        ]
    return problems


def _compare_compile_error(
    file: str, case: FlowCase, exc: ConvoscriptError, source: Source
) -> CaseResult:
    expected = case.expect.get("error", "unset")
    if (
        isinstance(expected, dict)
        and expected.get("type") == exc.type
        and str(expected.get("message") or "") in exc.message
    ):
        return CaseResult(file, case.name, True, [])
    return CaseResult(
        file,
        case.name,
        False,
        ["error: the script does not compile:", _indent(render_error(exc, source, color=False))],
    )


def _indent(text: str, by: str = "    ") -> str:
    return "\n".join(by + line for line in text.splitlines())


def values_equal(expected: object, actual: object) -> bool:
    """Groovy-style equality on plain values: numbers by value, maps and lists element-wise."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    numeric = (int, float, Decimal)
    if isinstance(expected, numeric) and isinstance(actual, numeric):
        return Decimal(str(expected)) == Decimal(str(actual))
    if isinstance(expected, dict) and isinstance(actual, dict):
        actual_by_key = {str(k): v for k, v in actual.items()}
        return set(map(str, expected)) == set(actual_by_key) and all(
            values_equal(v, actual_by_key[str(k)]) for k, v in expected.items()
        )
    if isinstance(expected, (list, tuple)) and isinstance(actual, (list, tuple)):
        return len(expected) == len(actual) and all(
            values_equal(e, a) for e, a in zip(expected, actual)
        )
    return type(expected) is type(actual) and expected == actual


def compare(expect: dict, result: RunResult, source: Source = "") -> list[str]:
    """The differences between `expect` and a run, each a readable block (empty: it passed)."""
    problems: list[str] = []
    for section in _STATE_MAPS:
        if section not in expect:
            continue
        wanted = expect[section] or {}
        actual = getattr(result, section)
        for key, value in wanted.items():
            key = str(key)
            if value is None:
                if key in actual:
                    problems.append(
                        f"{section}.{key}\n    expected: (absent)\n"
                        f"    actual:   {literal(actual[key])}"
                    )
            elif key not in actual:
                problems.append(
                    f"{section}.{key}\n    expected: {literal(value)}\n"
                    "    actual:   (absent)" + _similar(key, actual)
                )
            elif not values_equal(value, actual[key]):
                extra = ""
                if section == "metrics" and not isinstance(value, str):
                    extra = "\n    (metric values are Strings: quote the expected value)"
                problems.append(
                    f"{section}.{key}\n    expected: {literal(value)}\n"
                    f"    actual:   {literal(actual[key])}{extra}"
                )
    if "stdout" in expect:
        wanted = "" if expect["stdout"] is None else str(expect["stdout"])
        if wanted != result.stdout:
            diff = difflib.unified_diff(
                wanted.splitlines(keepends=True),
                result.stdout.splitlines(keepends=True),
                "expected stdout",
                "actual stdout",
                n=2,
            )
            problems.append(
                "stdout differs:\n"
                + _indent(
                    "".join(
                        line if line.endswith("\n") else line + "\\ (no newline at end)\n"
                        for line in diff
                    ).rstrip("\n")
                )
            )
    if "log" in expect:
        wanted_log = [
            f"{str(e.get('level', '')).upper()}: {e.get('message')}"
            if isinstance(e, dict)
            else str(e)
            for e in (expect["log"] or [])
        ]
        actual_log = [f"{str(e.get('level')).upper()}: {e.get('message')}" for e in result.log]
        if wanted_log != actual_log:
            diff = difflib.unified_diff(
                wanted_log, actual_log, "expected log", "actual log", n=2, lineterm=""
            )
            problems.append("log differs:\n" + _indent("\n".join(diff)))
    if "messages" in expect:
        actual_messages = getattr(result, "messages", None)
        if actual_messages is None:
            problems.append("messages: this convoscript engine does not record messages yet")
        elif not values_equal(expect["messages"] or [], actual_messages):
            problems.append(
                f"messages\n    expected: {literal(expect['messages'])}\n"
                f"    actual:   {literal(actual_messages)}"
            )
    problems.extend(_compare_error(expect, result, source))
    return problems


def _similar(key: str, actual: dict) -> str:
    close = difflib.get_close_matches(key, [str(k) for k in actual], n=1)
    return f"\n    (did you mean '{close[0]}'? it is {literal(actual[close[0]])})" if close else ""


def _compare_error(expect: dict, result: RunResult, source: Source) -> list[str]:
    err = result.error
    if "error" not in expect or expect["error"] is None:
        if err is not None:
            head = "error\n    expected: no error\n    actual:\n"
            return [head + _indent(render_error(err, source, color=False), "      ")]
        return []
    wanted = expect["error"]
    if type(wanted).__name__ == "_AnyError":
        return []
    if not isinstance(wanted, dict):
        wanted = {"type": str(wanted)}
    wtype, wmsg = wanted.get("type"), wanted.get("message")
    desc = f"{wtype or 'any error'}" + (
        f" with message containing {literal(str(wmsg))}" if wmsg is not None else ""
    )
    if err is None:
        return [f"error\n    expected: {desc}\n    actual:   no error"]
    message = getattr(err, "groovy_message", None)
    message = err.message if message is None else message
    type_ok = (
        wtype is None
        or wtype == err.type
        or str(wtype).rsplit(".", 1)[-1] == err.type.rsplit(".", 1)[-1]
    )
    msg_ok = wmsg is None or str(wmsg) in (message or "")
    if type_ok and msg_ok:
        return []
    return [
        f"error\n    expected: {desc}\n    actual:\n"
        + _indent(render_error(err, source, color=False), "      ")
    ]


def discover(paths: list[str | os.PathLike]) -> list[Path]:
    """The `*.flowtest.yaml` files among PATHS (directories are searched recursively)."""
    found: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found.extend(sorted(q for q in p.rglob("*" + SUFFIX) if q.is_file()))
        else:
            found.append(p)
    return found


def run_flowtest(path: str | os.PathLike) -> list[CaseResult]:
    ft = load_flowtest(path)
    return [run_case(ft, case) for case in ft.cases]
