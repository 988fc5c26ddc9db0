"""The `flow` pytest fixture's machinery: compile scripts, run them on a fresh conversation with
given state, and assert on the result with readable messages."""

from __future__ import annotations

import os
from pathlib import Path

from convoscript.authoring.cost import format_cost
from convoscript.authoring.diagnostics import render_error
from convoscript.authoring.flowtest import compare
from convoscript.engine import Runtime, Script
from convoscript.runtime.model.budget import Limits
from convoscript.runtime.run.result import RunResult


class FlowResult(RunResult):
    """A RunResult with assertion helpers (each raises AssertionError with a Groovy-terms diff)."""

    source: str = ""
    limits: Limits | None = None

    @classmethod
    def wrap(cls, result: RunResult, source: str = "", limits: Limits | None = None) -> FlowResult:
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


class FlowRunner:
    """What the `flow` fixture gives a test: `flow.run(script, transient={...}, fail={...})`."""

    def __init__(self, base: str | os.PathLike | None = None, limits: Limits | None = None):
        self.base = Path(base) if base is not None else Path.cwd()
        self.limits = limits or Limits()
        self.runtime = Runtime(limits=self.limits)
        self._count = 0

    def compile(self, script: str | os.PathLike, filename: str | None = None) -> Script:
        """A path to a .groovy file (relative to the test's directory, then the working
        directory), or Groovy source text."""
        source, name = self._source(script, filename)
        return self.runtime.compile(source, name)

    def _source(self, script: str | os.PathLike, filename: str | None) -> tuple[str, str]:
        if isinstance(script, Path) or (
            isinstance(script, str) and "\n" not in script and script.endswith(".groovy")
        ):
            for base in (self.base, Path.cwd()):
                path = base / script
                if path.is_file():
                    return path.read_text(encoding="utf-8"), filename or os.path.relpath(path)
            raise FileNotFoundError(f"no script {script} (looked in {self.base} and {Path.cwd()})")
        return str(script), filename or "snippet.groovy"

    def run(
        self,
        script: str | os.PathLike | Script,
        *,
        variables: dict | None = None,
        transient: dict | None = None,
        metrics: dict | None = None,
        fail: dict | None = None,
        now: str | None = None,
        zone: str | None = None,
        seed: int | None = None,
        limits: Limits | None = None,
        conversation_id: str | None = None,
        **state: object,
    ) -> FlowResult:
        """Run on a fresh conversation with the given state; never raises for script errors
        (compile errors are raised as FlowSyntaxError)."""
        if isinstance(script, Script):
            compiled, source = script, script.compiled.source
        else:
            source, name = self._source(script, None)
            compiled = self.runtime.compile(source, name)
        self._count += 1
        plain = {
            "variables": variables or {},
            "transient": transient or {},
            "metrics": metrics or {},
            **state,
        }
        conversation = self.runtime.conversation(conversation_id or f"flow-{self._count}", plain)
        result = conversation.run(
            compiled, limits=limits, now=now, zone=zone, seed=seed, faults=fail
        )
        return FlowResult.wrap(result, source, limits or self.limits)

    __call__ = run
