"""`messageService`: integration messages pushed to the UI at once (Amelia 3.6+).

Each message is recorded in the run's outbox and returned as `RunResult.messages` (and the
CLI's `messages`), in the order sent.
"""

from __future__ import annotations

from convoscript.runtime.model import budget
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.dto import require
from convoscript.services.state import RunState


class MessageService(ServiceHandle):
    handle_type = "MessageService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.MessageService"
    binding_name = "messageService"

    def __init__(self, state: RunState):
        self._state = state

    @script_method("String")
    def sendIntegrationMessage(self, payload: str) -> None:
        require(payload, "payload")
        b = budget.current()
        b.charge_log()
        b.charge_output(len(payload))
        self._state.messages.append(payload)
