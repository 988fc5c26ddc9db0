"""The authoring kit: snippet test files (`*.flowtest.yaml`), the pytest plugin and `flow`
fixture, diagnostics, the cost meter and the REPL. See docs/authoring.md."""

from convoscript.authoring.diagnostics import diagnose, render_error
from convoscript.authoring.fixtures import FlowResult, FlowRunner
from convoscript.authoring.flowtest import CaseResult, FlowTestError, load_flowtest, run_flowtest

__all__ = [
    "CaseResult",
    "FlowResult",
    "FlowRunner",
    "FlowTestError",
    "diagnose",
    "load_flowtest",
    "render_error",
    "run_flowtest",
]
