"""`execution`: the current process instance and its process variables."""

from __future__ import annotations

from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.text import to_string
from convoscript.runtime.model import budget
from convoscript.runtime.run.boundary import from_plain, to_plain
from convoscript.runtime.run.masking import secret_texts
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.dto import Dto
from convoscript.services.state import RunState


class DomainDto(Dto):
    """The conversation's domain: `id()`, `code()`, `name()`."""

    java_class = "net.ipsoft.amelia.bpn.script.service.DomainDto"
    fields = ("id", "code", "name")

    def __init__(self, data: dict):
        self._data = dict(data)

    @script_method()
    def id(self) -> str | None:
        return self._data.get("id")

    @script_method()
    def code(self) -> str | None:
        return self._data.get("code")

    @script_method()
    def name(self) -> str | None:
        return self._data.get("name")


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
        self._store(name, value)

    def _store(self, name: str, value: object) -> None:
        # Every write path goes through here, so the per-conversation quota has no side door.
        budget.current().check_process_variables(
            len(self.state.variables) + (name not in self.state.variables)
        )
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

    # ---- process instance (state key "process") ----
    @script_method()
    def processDefinitionId(self) -> str | None:
        return self.state.process.get("definitionId")

    @script_method()
    def processDefinition(self) -> str | None:
        return self.state.process.get("definitionId")

    @script_method()
    def parentProcessInstanceId(self) -> str | None:
        return self.state.process.get("parentId")

    @script_method()
    def parentProcessDefinitionId(self) -> str | None:
        return self.state.process.get("parentDefinitionId")

    @script_method()
    def currentTaskInstanceId(self) -> str | None:
        return self.state.process.get("taskId")

    @script_method()
    def status(self) -> str:
        return self.state.process.get("status") or "ACTIVE"

    @script_method()
    def modelName(self) -> str | None:
        return self.state.process.get("modelName")

    # ---- more process variables ----
    @script_method()
    def hasVariables(self) -> bool:
        return bool(self.state.variables)

    @script_method("Map")
    def setVariables(self, values: dict | None) -> None:
        for key, value in (values or {}).items():
            # a map literal's keys are often GStrings ("k$i"): store them by their text
            self._store(to_string(key), value)

    @script_method("String", "Object")
    def setSecureVariable(self, name: str, value: object) -> None:
        self._store(name, value)
        # its text as set now: masked in the run's output even if it changes or goes later
        self.state.secrets.extend(secret_texts(value))
        if name not in self.state.secure_variables:
            self.state.secure_variables.append(name)

    @script_method("String")
    def isSecureVariable(self, name: str) -> bool:
        return name in self.state.secure_variables

    @script_method("Set")
    def removeVariables(self, names: object = None) -> None:
        if names is None:
            return
        for name in list(names):  # type: ignore[call-overload]
            self.state.variables.pop(name, None)

    @script_method()
    def _remove_all(self) -> None:  # the no-argument overload of removeVariables
        self.state.variables.clear()

    # ---- domain and user ----
    @script_method()
    def domainId(self) -> str | None:
        return self.state.domain.get("id")

    @script_method()
    def domainCode(self) -> str | None:
        return self.state.domain.get("code")

    @script_method()
    def domainName(self) -> str | None:
        return self.state.domain.get("name")

    @script_method()
    def domain(self) -> DomainDto:
        return DomainDto(self.state.domain)

    @script_method()
    def userId(self) -> str | None:
        return self.state.user.get("userId")

    @script_method()
    def userDisplayName(self) -> str:
        user = self.state.user
        return " ".join(p for p in (user.get("firstName"), user.get("lastName")) if p)

    @script_method()
    def isAnonymous(self) -> bool:
        return bool(self.state.user.get("anonymous", False))

    # ---- analytics ----
    @script_method("String", "Object")
    def addAnalyticOutcome(self, name: str, datum: object) -> None:

        self.state.analytic_outcomes[name] = to_plain(datum)

    # ---- conversation attributes and HTTP headers (state keys "attributes", "httpHeaders") ----
    @script_method("String")
    def getCustomConversationAttribute(self, name: str) -> object:
        return from_plain(self.state.attributes.get(name))

    @script_method("String")
    def containsCustomConversationAttribute(self, name: str) -> bool:
        return name in self.state.attributes

    @script_method()
    def getCustomConversationAttributesAsMap(self) -> dict:
        return from_plain(dict(self.state.attributes))  # type: ignore[return-value]

    def _headers(self, name: str) -> list:
        for key, values in self.state.http_headers.items():
            if key.lower() == name.lower():
                return list(values) if isinstance(values, list) else [values]
        return []

    @script_method("String")
    def getInitialHttpHeader(self, name: str) -> str | None:
        values = self._headers(name)
        return str(values[0]) if values else None

    @script_method("String")
    def getInitialHttpHeaders(self, name: str) -> list:
        return [str(v) for v in self._headers(name)]

    @script_method()
    def getInitialHttpHeadersAsMap(self) -> dict:
        return {
            k: [str(x) for x in (v if isinstance(v, list) else [v])]
            for k, v in self.state.http_headers.items()
        }

    @script_method()
    def getExternalAuthenticationDate(self) -> dict:
        return from_plain(dict(self.state.attributes.get("externalAuthentication") or {}))  # type: ignore


Execution._table["removeVariables"].append(((), Execution._remove_all))
del Execution._table["_remove_all"]
