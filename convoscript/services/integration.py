"""`integrationService`: runs integration flows synchronously.

Flows are a back end; `IntegrationBackend` is the interface and `FlowTable` the in-memory
default, configured from the state key `integrations`: flow name → {"outputs": {...},
"requires": [input names], "error": "message"}. A run's outcome is its input context with the
outputs laid over it; a missing required input or a configured `error` fails the call with an
IllegalStateException, an unknown flow with an IllegalArgumentException.
"""

from __future__ import annotations

from typing import Protocol

from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.run.boundary import from_plain, to_plain
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.dto import require
from convoscript.services.state import RunState


class IntegrationBackend(Protocol):
    def run(self, flow: str, context: dict) -> dict:
        """Run `flow` on a plain-data context; return the plain-data outcome."""


class FlowTable:
    """In-memory flows described by data."""

    def __init__(self, flows: dict):
        self.flows = flows

    def run(self, flow: str, context: dict) -> dict:
        spec = self.flows.get(flow)
        if not isinstance(spec, dict):
            raise GroovyThrowable("IllegalArgumentException", f"No integration flow named '{flow}'")
        missing = [name for name in spec.get("requires", []) if context.get(name) is None]
        if missing:
            raise GroovyThrowable(
                "IllegalStateException", f"Integration flow '{flow}' needs {', '.join(missing)}"
            )
        if spec.get("error"):
            raise GroovyThrowable("IllegalStateException", str(spec["error"]))
        return {**context, **(spec.get("outputs") or {})}


class IntegrationService(ServiceHandle):
    handle_type = "IntegrationService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.IntegrationService"
    binding_name = "integrationService"

    def __init__(self, state: RunState, backend: IntegrationBackend | None = None):
        self._state = state
        self._backend = backend or FlowTable(state.integrations)

    def _run(self, flow: str, context: dict) -> dict:
        plain = to_plain(context)
        outcome = self._backend.run(flow, plain)  # type: ignore[arg-type]
        return from_plain(outcome)  # type: ignore[return-value]

    @script_method("String")
    def runSynchronously(self, flow: str, context: dict | None = None) -> object:
        require(flow, "flowName")
        outcome = self._run(flow, dict(self._state.variables))
        self._state.variables.clear()
        self._state.variables.update(outcome)
        return None

    @script_method("String", "Map")
    def _run_with_context(self, flow: str, context: dict | None) -> dict:
        require(flow, "flowName")
        return self._run(flow, dict(context or {}))


IntegrationService._table["runSynchronously"] += IntegrationService._table.pop("_run_with_context")
