"""`transientVariableService`: conversation-wide scratch variables shared by every process of
the conversation. Values are live references within a run (as IPsoft's own libraries assume)."""

from __future__ import annotations

from convoscript.runtime.core.text import to_string
from convoscript.runtime.model import budget
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.state import RunState


class TransientVariableService(ServiceHandle):
    handle_type = "TransientVariableService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.BpnTransientVariableService"
    binding_name = "transientVariableService"

    def __init__(self, state: RunState):
        self.state = state

    @script_method("String")
    def hasVariable(self, name: str) -> bool:
        return name in self.state.transient

    @script_method("String", "Object")
    def addVariable(self, name: str, value: object) -> object:
        budget.current().check_transient(
            len(self.state.transient) + (name not in self.state.transient)
        )
        self.state.transient[name] = value
        return value

    @script_method("Map")
    def addVariables(self, values: dict | None) -> None:
        if values:
            for key, value in values.items():
                name = to_string(key)  # GString keys ("k$i") are stored by their text
                budget.current().check_transient(
                    len(self.state.transient) + (name not in self.state.transient)
                )
                self.state.transient[name] = value

    @script_method("String")
    def getVariable(self, name: str) -> object:
        return self.state.transient.get(name)

    @script_method()
    def getVariables(self) -> dict:
        return dict(self.state.transient)

    @script_method()
    def clearVariables(self) -> None:
        self.state.transient.clear()
