"""`execution`: the current process instance and its process variables."""

from __future__ import annotations

from ..runtime.types import GSet
from .base import ServiceHandle, script_method
from .state import RunState


class Execution(ServiceHandle):
    handle_type = "Execution"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.Execution"
    binding_name = "execution"

    def __init__(self, state: RunState, process_id: str | None = None):
        self.state = state
        self.process_id = process_id or f"proc-{state.conversation_id}"

    def groovy_to_string(self) -> str:
        return f"execution({self.state.conversation_id})"

    @script_method("String")
    def getVariable(self, name: str) -> object:
        return self.state.variables.get(name)

    @script_method("String", "Object")
    def setVariable(self, name: str, value: object) -> None:
        self.state.variables[name] = value

    @script_method()
    def getVariablesAsMap(self) -> dict:
        return dict(self.state.variables)

    @script_method()
    def getVariableNames(self) -> GSet:
        return GSet(self.state.variables)

    @script_method("String")
    def containsVariable(self, name: str) -> bool:
        return name in self.state.variables

    @script_method("String")
    def removeVariable(self, name: str) -> None:
        self.state.variables.pop(name, None)

    @script_method()
    def conversationId(self) -> str:
        return self.state.conversation_id

    @script_method()
    def getId(self) -> str:
        return self.process_id
