"""`customMetricService`: conversation-scoped String→String metrics, exported with the
conversation (Amelia 3.5.4+)."""

from __future__ import annotations

from convoscript.runtime.model import budget
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.state import RunState


class CustomMetricService(ServiceHandle):
    handle_type = "CustomMetricService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.CustomMetricService"
    binding_name = "customMetricService"

    def __init__(self, state: RunState):
        self.state = state

    @script_method("String", "String")
    def upsertMetric(self, code: str, value: str) -> None:
        count = len(self.state.metrics) + (code not in self.state.metrics)
        budget.current().check_metrics(count, code, value)
        self.state.metrics[code] = value

    @script_method("String")
    def deleteMetric(self, code: str) -> None:
        self.state.metrics.pop(code, None)

    @script_method("String")
    def getMetric(self, code: str) -> str | None:
        return self.state.metrics.get(code)

    @script_method()
    def getAllMetrics(self) -> dict:
        return dict(self.state.metrics)
