"""`conversationService`: the transcript, the escalation info and conversation-level facts.

The transcript comes from the state key `transcript` (a list of utterances with `sequenceId`,
`userType` AMELIA|USER, `text`, `dateTime`, `userId`, `username`, ...); `escalationInfo()`
from the state key `escalation` (null when absent).
"""

from __future__ import annotations

from convoscript.runtime.run.boundary import from_plain, to_plain
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.dto import Dto
from convoscript.services.state import RunState

AMELIA_NAME = "Amelia"


def _utterance_field(name: str):
    @script_method()
    def get(self) -> object:
        return from_plain(self._data[name])

    return get


class TranscriptUtterance(Dto):
    """One line of the transcript, read as `tu.utterance()` or `tu.utterance`."""

    java_class = "net.ipsoft.ameliav3.bpn.script.service.conversation.TranscriptUtterance"
    fields = ("sequenceId", "username", "utterance")

    def __init__(self, data: dict, position: int, conversation_id: str):
        amelia = str(data.get("userType", "USER")).upper() == "AMELIA"
        first = data.get("firstName", AMELIA_NAME if amelia else None)
        last = data.get("lastName")
        username = data.get("username") or " ".join(p for p in (first, last) if p) or None
        self._data = {
            "sequenceId": data.get("sequenceId", position),
            "utterance": data.get("text", data.get("utterance")),
            "sessionId": data.get("sessionId")
            or f"{conversation_id}-{'amelia' if amelia else 'user'}",
            "dateTime": data.get("dateTime"),
            "sessionMode": data.get("sessionMode") or ("AGENT" if amelia else "USER"),
            "userId": data.get("userId"),
            "username": username,
            "userFirstName": first,
            "userLastName": last,
            "locale": data.get("locale", "en_US"),
            "toxicity": data.get("toxicity"),
        }

    sequenceId = _utterance_field("sequenceId")
    utterance = _utterance_field("utterance")
    sessionId = _utterance_field("sessionId")
    dateTime = _utterance_field("dateTime")
    sessionMode = _utterance_field("sessionMode")
    userId = _utterance_field("userId")
    username = _utterance_field("username")
    userFirstName = _utterance_field("userFirstName")
    userLastName = _utterance_field("userLastName")
    locale = _utterance_field("locale")
    toxicity = _utterance_field("toxicity")


def _escalation_field(name: str, default: object = None, *aliases: str):
    @script_method()
    def get(self) -> object:
        for key in (name, *aliases):
            if self._data.get(key) is not None:
                return from_plain(self._data[key])
        return default

    return get


class BpnEscalationDto(Dto):
    """Why and where the conversation escalated (`conversationService.escalationInfo()`)."""

    java_class = "net.ipsoft.ameliav3.bpn.script.service.conversation.BpnEscalationDto"
    fields = ("escalationQueueCode", "reason", "escalationSourceType", "responder")

    def __init__(self, data: dict):
        self._data = dict(data)

    escalationQueueCode = _escalation_field("escalationQueueCode", None, "queueCode")
    reason = _escalation_field("reason")
    escalationSourceType = _escalation_field("escalationSourceType", "EXPLICIT", "sourceType")
    responder = _escalation_field("responder")
    message = _escalation_field("message")
    sourceElement = _escalation_field("sourceElement")
    exceptionClass = _escalation_field("exceptionClass")
    exceptionMessage = _escalation_field("exceptionMessage")
    errorType = _escalation_field("errorType", "NO_ERROR")


class ToxicityDto(Dto):
    java_class = "net.ipsoft.amelia.bpn.script.service.conversation.ToxicityDto"
    fields = ("score", "type")

    def __init__(self, data: dict):
        self._data = data

    @script_method()
    def score(self) -> float:
        return float(self._data.get("score") or 0.0)

    @script_method()
    def type(self) -> str:
        return str(self._data.get("type") or "NONE")


class ConversationService(ServiceHandle):
    handle_type = "ConversationService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.ConversationService"
    binding_name = "conversationService"

    def __init__(self, state: RunState):
        self._state = state

    def _utterances(self, anonymize: bool = False) -> list:
        out = []
        for i, item in enumerate(self._state.transcript):
            if anonymize and str(item.get("userType", "USER")).upper() != "AMELIA":
                item = {
                    **item,
                    "username": "Anonymous User",
                    "firstName": "Anonymous",
                    "lastName": "User",
                    "userId": None,
                }
            out.append(TranscriptUtterance(item, i + 1, self._state.conversation_id))
        return out

    @script_method()
    @script_method("boolean")
    @script_method("boolean", "boolean", "boolean")
    def getTranscriptUtterances(
        self, in_user_language: bool = False, anonymize: bool = False, masking: bool = False
    ) -> list:
        return self._utterances(anonymize)

    @script_method()
    @script_method("boolean")
    @script_method("boolean", "boolean", "boolean")
    def getTranscript(
        self, in_user_language: bool = False, anonymize: bool = False, masking: bool = False
    ) -> str:
        """One line per utterance: `<username>: <text>`."""
        return "\n".join(
            f"{u._data['username'] or ''}: {u._data['utterance'] or ''}"
            for u in self._utterances(anonymize)
        )

    @script_method()
    def getEmotionalSatisfactionScore(self) -> float:
        return float(self._state.attributes.get("emotionalSatisfactionScore", 0.0))

    @script_method()
    def toxicity(self) -> ToxicityDto:
        return ToxicityDto(self._state.attributes.get("toxicity") or {})

    @script_method()
    def escalationInfo(self) -> BpnEscalationDto | None:
        return BpnEscalationDto(self._state.escalation) if self._state.escalation else None

    @script_method()
    def initialUserChannel(self) -> str | None:
        return self._state.attributes.get("initialChannel")

    @script_method()
    def currentUserLanguage(self) -> str:
        return str(self._state.user.get("locale") or "en_US")

    @script_method()
    def customUserInfo(self) -> dict:
        return from_plain(dict(self._state.attributes.get("customUserInfo") or {}))  # type: ignore

    @script_method("Map")
    def _set_custom_user_info(self, info: dict | None) -> None:

        self._state.attributes["customUserInfo"] = to_plain(info or {})

    @script_method()
    def userTransactionHistory(self) -> list:
        return from_plain(list(self._state.attributes.get("transactionHistory") or []))  # type: ignore

    @script_method("String")
    def _add_transaction(self, entry: str) -> bool:
        self._state.attributes.setdefault("transactionHistory", []).append(entry)
        return True

    @script_method("String")
    def setSubject(self, subject: str) -> bool:
        self._state.attributes["subject"] = subject
        return True

    @script_method()
    def getSubject(self) -> str | None:
        return self._state.attributes.get("subject")

    @script_method()
    def getResolutionCodes(self) -> list:
        return from_plain(list(self._state.attributes.get("resolutionCodes") or []))  # type: ignore


_t = ConversationService._table
_t["customUserInfo"] += _t.pop("_set_custom_user_info")
_t["userTransactionHistory"] += _t.pop("_add_transaction")
