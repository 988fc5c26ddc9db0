"""The authoring kit: snippet test files (`*.flowtest.yaml`), the pytest plugin and `flow`
fixture, diagnostics, the cost meter and the REPL. See docs/authoring.md.

The names below are loaded when first used (PEP 562 `__getattr__`), not with the package: the
command line imports modules of this package (`inputs`, `terminal`) for `convoscript run`, and a
run must not pay for the snippet tests' YAML or the fixtures (docs/architecture.md, "Lazy
imports")."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from convoscript.authoring.diagnostics import diagnose, render_error
    from convoscript.authoring.fixtures import FlowResult, FlowRunner
    from convoscript.authoring.flowtest import (
        CaseResult,
        FlowTestError,
        load_flowtest,
        run_flowtest,
    )

_HOMES = {
    "CaseResult": "flowtest",
    "FlowResult": "fixtures",
    "FlowRunner": "fixtures",
    "FlowTestError": "flowtest",
    "diagnose": "diagnostics",
    "load_flowtest": "flowtest",
    "render_error": "diagnostics",
    "run_flowtest": "flowtest",
}

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


def __getattr__(name: str) -> Any:
    """`convoscript.authoring.X`: X from its module, imported now."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # the next lookup is a plain global
    return value
