"""`escalationQueueService`: agents and chats of escalation queues.

Queues are a back end; the in-memory default reads the state key `queues`: a list of
{"code", "name", "queuedChats", "agents": [{"userId", "firstName", "lastName", "email",
"status": READY|BUSY|AWAY|OFFLINE, "activeChats", "maxChats"}], "stats": {...}}.
An agent is *available* when logged in (READY or BUSY) with fewer active chats than its
maximum; `ready`/`busy` count agents by status; `loggedIn` = ready + busy.
"""

from __future__ import annotations

from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.dto import Dto
from convoscript.services.state import RunState
from convoscript.services.user import BpnAgent


class BpnEscalationQueue(Dto):
    java_class = "net.ipsoft.amelia.bpn.script.service.escalation.BpnEscalationQueue"
    fields = ("code", "name")

    def __init__(self, data: dict):
        self._data = data

    @script_method()
    def code(self) -> str | None:
        return self._data.get("code")

    @script_method()
    def name(self) -> str | None:
        return self._data.get("name")


def _agents(queue: dict) -> list[dict]:
    return [a for a in queue.get("agents") or [] if isinstance(a, dict)]


def _logged_in(agent: dict) -> bool:
    return str(agent.get("status", "OFFLINE")).upper() in ("READY", "BUSY")


def _available(agent: dict) -> bool:
    return _logged_in(agent) and int(agent.get("activeChats", 0)) < int(agent.get("maxChats", 1))


def _status(wanted: str):
    return lambda agent: str(agent.get("status", "OFFLINE")).upper() == wanted


_COUNTS = {
    "AvailableAgents": lambda q: sum(map(_available, _agents(q))),
    "BusyAgents": lambda q: sum(map(_status("BUSY"), _agents(q))),
    "ReadyAgents": lambda q: sum(map(_status("READY"), _agents(q))),
    "LoggedInAgents": lambda q: sum(map(_logged_in, _agents(q))),
    "QueuedChats": lambda q: int(q.get("queuedChats", 0)),
    "ActiveChats": lambda q: sum(int(a.get("activeChats", 0)) for a in _agents(q) if _logged_in(a)),
}


def _queue_counter(metric: str, key: str):
    @script_method("String")
    def count(self, value: str) -> int:
        return _COUNTS[metric](self._queue(key, value))

    return count


def _queue_stat(stat: str):
    @script_method("String")
    @script_method("String", "Object", "Object")
    def get(self, name: str, *period: object) -> object:
        stats = self._queue("name", name).get("stats") or {}
        value = stats.get(stat)
        return None if value is None else float(value)

    return get


class EscalationQueueService(ServiceHandle):
    handle_type = "EscalationQueueService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.EscalationQueueService"
    binding_name = "escalationQueueService"

    def __init__(self, state: RunState):
        self._state = state

    def _queue(self, key: str, value: str) -> dict:
        for queue in self._state.queues:
            if isinstance(queue, dict) and queue.get(key) == value:
                return queue
        raise GroovyThrowable(
            "IllegalArgumentException", f"No escalation queue with {key} '{value}'"
        )

    for _metric in _COUNTS:
        locals()[f"getNumberOf{_metric}ByQueueCode"] = _queue_counter(_metric, "code")
        locals()[f"getNumberOf{_metric}ByQueueName"] = _queue_counter(_metric, "name")
    del _metric

    @script_method("String")
    def getAvailableAgentsByQueueCode(self, code: str) -> list:
        return [BpnAgent(a) for a in _agents(self._queue("code", code)) if _available(a)]

    @script_method("String")
    def getAvailableAgentsByQueueName(self, name: str) -> list:
        return [BpnAgent(a) for a in _agents(self._queue("name", name)) if _available(a)]

    for _stat_name in ("avgAnswerSpeed", "maxAnswerSpeed", "avgHandleTime", "maxHandleTime"):
        locals()[_stat_name] = _queue_stat(_stat_name)
        for _period in ("MonthToDate", "Today", "WeekToDate"):
            locals()[_stat_name + _period] = _queue_stat(_stat_name + _period)
    del _stat_name, _period

    @script_method()
    def lastEscalationQueue(self) -> BpnEscalationQueue | None:
        code = self._state.escalation.get("escalationQueueCode") or self._state.escalation.get(
            "queueCode"
        )
        if not code:
            return None
        for queue in self._state.queues:
            if isinstance(queue, dict) and queue.get("code") == code:
                return BpnEscalationQueue(queue)
        return BpnEscalationQueue({"code": code, "name": code})
