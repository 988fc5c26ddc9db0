"""The `flow` pytest fixture's machinery: compile scripts, run them on a fresh conversation with
given state, and assert on the result with readable messages."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from convoscript.authoring.cost import format_cost
from convoscript.authoring.diagnostics import render_error
from convoscript.authoring.flowtest import compare
from convoscript.authoring.schema import close_matches
from convoscript.engine import Runtime, Script
from convoscript.runtime.model.budget import Limits
from convoscript.runtime.run.result import RunResult
from convoscript.services.state import CONVERSATION_KEYS


class FlowResult(RunResult):
    """A RunResult with assertion helpers (each raises AssertionError with a Groovy-terms diff)."""

    source: str | dict[str, str] = ""  # the script, or the script and libraries by file name
    limits: Limits | None = None

    @classmethod
    def wrap(
        cls, result: RunResult, source: str | dict[str, str] = "", limits: Limits | None = None
    ) -> FlowResult:
        obj = object.__new__(cls)
        obj.__dict__.update(result.__dict__)
        obj.source = source
        obj.limits = limits
        return obj

    def expect(self, **expect: object) -> FlowResult:
        """Check like a flowtest case: metrics=, variables=, transient=, stdout=, log=, error=.
        Without error=, the run must not have raised."""
        problems = compare(expect, self, self.source)
        if problems:
            raise AssertionError("\n".join(problems))
        return self

    def assert_ok(self) -> FlowResult:
        if self.error is not None:
            raise AssertionError(
                "the script raised:\n" + render_error(self.error, self.source, color=False)
            )
        return self

    def assert_error(self, type: str, message: str | None = None) -> FlowResult:
        problems = compare({"error": {"type": type, "message": message}}, self, self.source)
        if problems:
            raise AssertionError("\n".join(problems))
        return self

    def assert_metrics(self, **metrics: object) -> FlowResult:
        return self.expect(metrics=metrics, error=_ANY)

    def assert_variables(self, **variables: object) -> FlowResult:
        return self.expect(variables=variables, error=_ANY)

    def assert_transient(self, **transient: object) -> FlowResult:
        return self.expect(transient=transient, error=_ANY)

    def assert_stdout(self, text: str) -> FlowResult:
        return self.expect(stdout=text, error=_ANY)

    def assert_log(self, *entries: dict) -> FlowResult:
        return self.expect(log=list(entries), error=_ANY)

    def cost_report(self) -> str:
        return format_cost(self.cost, self.limits)


class _AnyError(dict):
    """expect(error=_ANY): do not check the error."""


_ANY = _AnyError()


# the keywords of FlowRunner.run besides the conversation keys of a state file
_RUN_KEYWORDS = (
    "variables",
    "transient",
    "metrics",
    "libraries",
    "fail",
    "now",
    "zone",
    "seed",
    "limits",
    "conversation_id",
)


class FlowRunner:
    """What the `flow` fixture gives a test: `flow.run(script, transient={...}, fail={...})`.
    Every path it is given (scripts, libraries, CSV tables in `tables=`) is relative to `base`,
    the test file's folder."""

    def __init__(self, base: str | os.PathLike | None = None, limits: Limits | None = None):
        self.base = Path(base) if base is not None else Path.cwd()
        self.limits = limits or Limits()
        self.runtime = Runtime(limits=self.limits)
        self._count = 0
        self.results: list[FlowResult] = []  # every run, for `pytest --flow-cost`

    def compile(
        self,
        script: str | os.PathLike,
        filename: str | None = None,
        libraries: Sequence[str | os.PathLike] = (),
    ) -> Script:
        """A path to a .groovy file (relative to the test's folder) or Groovy source text, with
        the script libraries it uses (paths, in import order: each may use those before it)."""
        source, name = self._source(script, filename)
        return self._compile(source, name, libraries)

    def _compile(self, source: str, name: str, libraries: Sequence[str | os.PathLike]) -> Script:
        names = self._register(libraries)
        return self.runtime.compile(source, name, libraries=names)

    def _register(self, libraries: Sequence[str | os.PathLike]) -> list[str]:
        """Register library files on this runner's runtime, by file stem (as `run --lib`)."""
        if isinstance(libraries, (str, os.PathLike)):
            libraries = [libraries]  # one path, not its characters
        names: list[str] = []
        for library in libraries:
            path = self._path(library, "library")
            self.runtime.register_library(
                path.stem, path.read_text(encoding="utf-8"), filename=_shown(path), imports=names
            )
            names.append(path.stem)
        return names

    def _path(self, named: str | os.PathLike, what: str) -> Path:
        path = self.base / named
        if not path.is_file():
            raise FileNotFoundError(f"no {what} {named} (looked in {self.base}, the test's folder)")
        return path

    def _source(self, script: str | os.PathLike, filename: str | None) -> tuple[str, str]:
        if isinstance(script, os.PathLike) or (
            isinstance(script, str) and "\n" not in script and script.endswith(".groovy")
        ):
            path = self._path(script, "script")
            return path.read_text(encoding="utf-8"), filename or _shown(path)
        return str(script), filename or "snippet.groovy"

    def _sources(self, script: Script, source: str) -> str | dict[str, str]:
        """What errors are shown against: the script, and its libraries by file name."""
        libraries = {library.filename: library.source for library in script.libraries}
        return {script.filename: source, **libraries} if libraries else source

    def run(
        self,
        script: str | os.PathLike | Script,
        *,
        variables: dict | None = None,
        transient: dict | None = None,
        metrics: dict | None = None,
        libraries: Sequence[str | os.PathLike] = (),
        fail: dict | None = None,
        now: str | None = None,
        zone: str | None = None,
        seed: int | None = None,
        limits: Limits | None = None,
        conversation_id: str | None = None,
        **state: object,
    ) -> FlowResult:
        """Run on a fresh conversation with the given state; the other keywords are the
        conversation keys of a state file (`user=`, `entities=`, `tables=`, ...: see
        docs/state.md), anything else is a TypeError. Never raises for script errors (compile
        errors are raised as FlowSyntaxError)."""
        unknown = [key for key in state if key not in CONVERSATION_KEYS]
        if unknown:
            raise TypeError(_unknown_keywords(unknown))
        if isinstance(script, Script):
            if libraries:
                raise TypeError(
                    "flow.run(): give libraries= to flow.compile() for a compiled script"
                )
            compiled, source = script, script.compiled.source
        else:
            source, name = self._source(script, None)
            compiled = self._compile(source, name, libraries)
        self._count += 1
        plain = {
            "variables": variables or {},
            "transient": transient or {},
            "metrics": metrics or {},
            **state,
        }
        conversation = self.runtime.conversation(conversation_id or f"flow-{self._count}")
        conversation.replace_state(plain, base_dir=str(self.base))  # CSV tables beside the test
        result = conversation.run(
            compiled, limits=limits, now=now, zone=zone, seed=seed, faults=fail
        )
        flow_result = FlowResult.wrap(
            result, self._sources(compiled, source), limits or self.limits
        )
        self.results.append(flow_result)
        return flow_result

    __call__ = run


def _unknown_keywords(unknown: list[str]) -> str:
    known = sorted({*_RUN_KEYWORDS, *CONVERSATION_KEYS})
    parts = []
    for key in unknown:
        close = close_matches(key, known)
        parts.append(f"'{key}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
    return (
        f"flow.run() got unknown keyword{'s' if len(parts) > 1 else ''} {', '.join(parts)}; "
        f"it takes {', '.join(known)}"
    )


def _shown(path: Path) -> str:
    """A file's name in diagnostics: relative to the working directory when inside it."""
    rel = os.path.relpath(path)
    return str(path) if rel.startswith("..") else rel
