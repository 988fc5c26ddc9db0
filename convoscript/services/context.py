"""`contextService`: the entities (V3 "slots") and intents of the current context.

Both spellings are bound: V3 `slots()`, `latestSlot(code)`, `hasNewSlotsForCode(code)` ... and
6.x `entities()`, `latestEntity(code)`, `hasNewEntitiesForCode(code)` ... act on the same data.
Entities come from the state key `entities` (see docs/state.md): one object per instance with
`code`, `value`, `text`, `datumType`, `scope`, `latest` (elicited by the last utterance) and
optionally `status` ("new" | "modified"), `previous`, `label`, `id`, `definitionId`.
"""

from __future__ import annotations

import uuid

from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.text import to_string
from convoscript.runtime.door.fitting import HandleType
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.run.boundary import from_plain
from convoscript.services import extraction
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.dto import Dto, require
from convoscript.services.state import RunState

SCOPES = ("CONTEXT", "INTENT", "CONVERSATION")


def stable_id(*parts: object) -> str:
    """A deterministic UUID for data that came without one."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "convoscript:" + "/".join(map(str, parts))))


class PersonName(Dto):
    """A PERSON datum's value: first, middle and last name."""

    java_class = "net.ipsoft.amelia.datum.PersonDatum"
    fields = ("firstName", "middleName", "lastName")

    def __init__(self, data: dict):
        self._data = {k: data.get(k) for k in ("firstName", "middleName", "lastName")}

    def _part(name: str):
        @script_method()
        def get(self) -> str | None:
            return self._data[name]

        @script_method()
        def has(self) -> bool:
            return bool(self._data[name])

        return get, has

    def groovy_to_string(self) -> str:
        return " ".join(str(v) for v in self._data.values() if v)

    firstName, hasFirstName = _part("firstName")
    middleName, hasMiddleName = _part("middleName")
    lastName, hasLastName = _part("lastName")


class DatumDecorator(PersonName):
    """An entity value: `datumType()`, `label()`, `value()` (normalised), `text()` (the words
    the user said); person datums also answer `firstName()` etc. (V3 style)."""

    java_class = "net.ipsoft.amelia.datum.DatumDecorator"
    fields = ("datumType", "value", "text")

    def __init__(self, data: dict):
        value = data.get("value")
        super().__init__(value if isinstance(value, dict) else {})
        self._info = {
            "datumType": str(data.get("datumType") or "TEXT"),
            "label": data.get("label"),
            "text": data.get("text"),
            "value": value,
        }

    @script_method()
    def datum(self) -> DatumDecorator:
        return self

    @script_method()
    def datumType(self) -> str:
        return self._info["datumType"]

    @script_method()
    def label(self) -> str | None:
        label = self._info["label"]
        return None if label is None else str(label)

    @script_method()
    def text(self) -> str | None:
        text = self._info["text"]
        return (
            to_string(self._info["value"])
            if text is None and self._info["value"] is not None
            else text
        )

    @script_method()
    def value(self) -> object:
        value = self._info["value"]
        if self._info["datumType"] == "PERSON" and isinstance(value, dict):
            return PersonName(value)
        return from_plain(value)

    def groovy_to_string(self) -> str:
        return to_string(self.text())


class EntityInstanceDto(Dto):
    """One entity (slot) instance of the context."""

    java_class = "net.ipsoft.amelia.bpn.script.service.context.EntityInstanceDto"
    fields = ("code", "value", "datumType", "entityScope")

    def __init__(self, data: dict, ident: str, definition: str):
        self._data = data
        self._id = str(data.get("id") or ident)
        self._definition = str(data.get("definitionId") or definition)

    @script_method()
    def id(self) -> str:
        return self._id

    @script_method()
    def slotInstanceId(self) -> str:
        return self._id

    @script_method()
    def slotId(self) -> str:
        return self._definition

    @script_method()
    def entityDefinitionId(self) -> str:
        return self._definition

    @script_method()
    def code(self) -> str:
        return str(self._data["code"])

    @script_method()
    def datum(self) -> DatumDecorator:
        return DatumDecorator(self._data)

    @script_method()
    def value(self) -> object:
        return DatumDecorator(self._data).value()

    @script_method()
    def text(self) -> str | None:
        return DatumDecorator(self._data).text()

    @script_method()
    def datumType(self) -> str:
        return str(self._data.get("datumType") or "TEXT")

    @script_method()
    def entityScope(self) -> str:
        return str(self._data.get("scope") or "CONTEXT")


class EntityDefinitionDto(Dto):
    """An entity definition: `id()`, `code()`, `name()`, `datumType()`."""

    java_class = "net.ipsoft.amelia.bpn.script.service.context.EntityDefinitionDto"
    fields = ("code", "datumType")

    def __init__(self, data: dict):
        self._data = data

    @script_method()
    def id(self) -> str:
        return str(self._data.get("id") or stable_id("entity-definition", self._data["code"]))

    @script_method()
    def code(self) -> str:
        return str(self._data["code"])

    @script_method()
    def name(self) -> str:
        return str(self._data.get("name") or self._data["code"])

    @script_method()
    def datumType(self) -> str:
        return str(self._data.get("datumType") or "TEXT")


class IntentDto(Dto):
    """An intent definition: `id()`, `code()`, `name()`, `actionType()`, `actionSystemData()`."""

    java_class = "net.ipsoft.amelia.bpn.script.service.context.IntentDto"
    fields = ("code", "name")

    def __init__(self, data: dict):
        self._data = {
            "id": str(data.get("id") or stable_id("intent", data.get("code"))),
            "code": data.get("code"),
            "name": data.get("name") or data.get("code"),
            "actionType": data.get("actionType") or "EXECUTE_BPN",
            "actionSystemData": data.get("actionSystemData"),
        }

    def _field(name: str):
        @script_method()
        def get(self) -> object:
            value = self._data[name]
            return None if value is None else str(value)

        return get

    id = _field("id")
    code = _field("code")
    name = _field("name")
    actionType = _field("actionType")
    actionSystemData = _field("actionSystemData")


class IntentInstanceDto(Dto):
    """A triggered intent: `id()`, `intent()`, `contextId()`, `executed()`."""

    java_class = "net.ipsoft.amelia.bpn.script.service.context.IntentInstanceDto"
    fields = ("intent",)

    def __init__(self, data: dict, ident: str):
        self._data = data
        self._id = str(data.get("instanceId") or ident)

    @script_method()
    def id(self) -> str:
        return self._id

    @script_method()
    def intent(self) -> IntentDto:
        return IntentDto(self._data)

    @script_method()
    def contextId(self) -> str | None:
        value = self._data.get("contextId")
        return None if value is None else str(value)

    @script_method()
    def executed(self) -> bool:
        return bool(self._data.get("executed", True))


def _scope_names(scopes: object) -> set[str]:
    if scopes is None:
        return set(SCOPES)
    items = list(scopes) if isinstance(scopes, (list, GSet)) else [scopes]
    return {to_string(s) for s in items}


class ContextService(ServiceHandle):
    handle_type = "ContextService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.ContextService"
    binding_name = "contextService"

    def __init__(self, state: RunState):
        self._state = state

    # ---- entity views ----
    def _dto(self, index: int, data: dict) -> EntityInstanceDto:
        conv = self._state.conversation_id
        return EntityInstanceDto(
            data,
            stable_id(conv, "entity", index, data.get("code")),
            stable_id("entity-definition", data.get("code")),
        )

    def _select(self, keep) -> list[EntityInstanceDto]:
        return [self._dto(i, e) for i, e in enumerate(self._state.entities) if keep(e)]

    @staticmethod
    def _is_new(e: dict) -> bool:
        return bool(e.get("latest")) and e.get("status") != "modified"

    @staticmethod
    def _is_modified(e: dict) -> bool:
        return bool(e.get("latest")) and e.get("status") == "modified"

    @script_method()
    def latestEntities(self) -> GSet:
        return GSet(self._select(lambda e: bool(e.get("latest"))))

    @script_method()
    @script_method("String")
    def entities(self, code: str | None = None) -> object:
        if code is None:
            return GSet(self._select(lambda e: True))
        return self._select(lambda e: e["code"] == code)

    @script_method()
    def newEntities(self) -> list:
        return self._select(self._is_new)

    @script_method()
    def modifiedEntities(self) -> list:
        return self._select(self._is_modified)

    @script_method()
    def oldEntities(self) -> list:
        return self._select(lambda e: not e.get("latest"))

    @script_method("String")
    def hasEntity(self, code: str) -> bool:
        return any(e["code"] == code for e in self._state.entities)

    def _of_code(self, code: str) -> list[dict]:
        return [e for e in self._state.entities if e["code"] == code]

    @script_method("String")
    def latestEntity(self, code: str) -> DatumDecorator | None:
        found = self._of_code(code)
        return DatumDecorator(found[-1]) if found else None

    @script_method("String")
    def previousEntity(self, code: str) -> DatumDecorator | None:
        found = self._of_code(code)
        if found and found[-1].get("previous") is not None:
            prev = found[-1]["previous"]
            return DatumDecorator(
                prev
                if isinstance(prev, dict) and "value" in prev
                else {**found[-1], "value": prev, "text": None}
            )
        return DatumDecorator(found[-2]) if len(found) > 1 else None

    def _for_code(kind: str):
        def pick(self, code: str) -> list:
            test = {
                "new": self._is_new,
                "modified": self._is_modified,
                "latest": lambda e: bool(e.get("latest")),
                "old": lambda e: not e.get("latest"),
            }[kind]
            return self._select(lambda e: e["code"] == code and test(e))

        @script_method("String")
        def has(self, code: str) -> bool:
            return bool(pick(self, code))

        @script_method("String")
        def get(self, code: str) -> GSet:
            return GSet(pick(self, code))

        return has, get

    hasNewEntitiesForCode, newEntitiesForCode = _for_code("new")
    hasModifiedEntitiesForCode, modifiedEntitiesForCode = _for_code("modified")
    hasLatestEntitiesForCode, latestEntitiesForCode = _for_code("latest")
    hasOldEntitiesForCode, oldEntitiesForCode = _for_code("old")

    @script_method("String")
    def isEntityValueModified(self, code: str) -> bool:
        return any(self._is_modified(e) for e in self._of_code(code))

    @script_method("String")
    def isEntityAmbiguous(self, code: str) -> bool:
        return sum(1 for e in self._of_code(code) if e.get("latest")) > 1

    @script_method("String", "Object")
    def hasEntityInScope(self, code: str, scope: object) -> bool:
        wanted = to_string(scope)
        return any((e.get("scope") or "CONTEXT") == wanted for e in self._of_code(code))

    # ---- entitiesAsText ----
    @script_method("String")
    @script_method("String", "Map")
    @script_method("String", "String")
    @script_method("String", "Map", "String")
    def entitiesAsText(self, code: str, *rest: object) -> str:
        names = rest[0] if rest and isinstance(rest[0], dict) else None
        conjunction = rest[-1] if rest and isinstance(rest[-1], str) else "and"
        return self._as_text(code, names, ", ", ", ", conjunction, True)

    @script_method("String", "String", "String", "String", "boolean")
    @script_method("String", "Map", "String", "String", "String", "boolean")
    def _entities_as_text_full(self, code: str, *rest: object) -> str:
        names = rest[0] if len(rest) == 5 else None
        delimiter, separator, conjunction, oxford = rest[-4:]
        return self._as_text(code, names, delimiter, separator, conjunction, oxford)

    def _as_text(
        self,
        code: str,
        names: dict | None,
        delimiter: object,
        separator: object,
        conjunction: object,
        oxford: object,
    ) -> str:
        words = []
        for e in self._of_code(code):
            text = (
                to_string(DatumDecorator(e).value())
                if e.get("value") is not None
                else to_string(e.get("text"))
            )
            if names is not None:
                text = to_string(names.get(text, text))
            words.append(text)
        if len(words) < 2:
            return "".join(words)
        if len(words) == 2:
            return f"{words[0]} {conjunction} {words[1]}"
        last_join = (to_string(separator) if oxford else " ") + f"{conjunction} "
        if not oxford:
            last_join = f" {conjunction} "
        return to_string(delimiter).join(words[:-1]) + last_join + words[-1]

    # ---- removal ----
    def _remove(self, keep_out) -> GSet:
        removed, kept = [], []
        for i, e in enumerate(self._state.entities):
            (removed if keep_out(e) else kept).append((i, e))
        self._state.entities[:] = [e for _, e in kept]
        return GSet(self._dto(i, e) for i, e in removed)

    @script_method("String")
    @script_method("String", "Object")
    def removeEntity(self, code: str, scopes: object = None) -> GSet:
        allowed = _scope_names(scopes)
        return self._remove(
            lambda e: e["code"] == code and (e.get("scope") or "CONTEXT") in allowed
        )

    @script_method("Collection")
    @script_method("Collection", "Object")
    def removeEntities(self, codes: object, scopes: object = None) -> GSet:
        require(codes, "codes")
        wanted = {to_string(c) for c in codes}  # type: ignore[union-attr]
        allowed = _scope_names(scopes)
        return self._remove(
            lambda e: e["code"] in wanted and (e.get("scope") or "CONTEXT") in allowed
        )

    @script_method("Object")
    def removeAllEntitiesFromScope(self, scope: object) -> GSet:
        wanted = to_string(scope)
        return self._remove(lambda e: (e.get("scope") or "CONTEXT") == wanted)

    @script_method()
    def removeAllEntities(self) -> GSet:
        return self._remove(lambda e: True)

    # ---- definitions and extraction (see extraction.py) ----
    def _records_dtos(self, records: list[dict]) -> list:
        index = {id(e): i for i, e in enumerate(self._state.entities)}
        return [self._dto(index[id(r)], r) for r in records]

    @script_method()
    def entityDefinitions(self) -> GSet:
        return GSet(EntityDefinitionDto(d) for d in extraction.definitions(self._state))

    @script_method("String")
    def entityDefinition(self, code: str) -> EntityDefinitionDto | None:
        found = extraction.definition(self._state, code)
        return None if found is None else EntityDefinitionDto(found)

    @script_method(HandleType("Dto"))
    def entityDefinitionFromInstance(self, instance: object) -> EntityDefinitionDto | None:
        if not isinstance(instance, EntityInstanceDto):
            raise GroovyThrowable("IllegalArgumentException", "not an entity instance")
        return self.entityDefinition(instance.code())

    def _spec(self, code_or_definition: object) -> dict:
        if isinstance(code_or_definition, EntityDefinitionDto):
            return code_or_definition._data
        require(code_or_definition, "code")
        code = to_string(code_or_definition)
        found = extraction.definition(self._state, code)
        if found is None:
            raise GroovyThrowable("IllegalArgumentException", f"No entity definition '{code}'")
        return found

    @script_method("String", "String")
    @script_method("String", HandleType("Dto"), "String")
    def extractFirstEntity(self, code: str, *rest: object) -> EntityInstanceDto | None:
        spec = self._spec(rest[0] if len(rest) == 2 else code)
        text = rest[-1]
        require(text, "text")
        records = extraction.extract(self._state, spec, to_string(text))
        if records[1:]:  # only the first joins the context
            for extra in records[1:]:
                self._state.entities.remove(extra)
        return self._records_dtos(records[:1])[0] if records else None

    @script_method("String", "String")
    @script_method(HandleType("Dto"), "String")
    @script_method("List", "String")
    @script_method("Map")
    def extractAllEntities(self, what: object, text: object = None) -> dict:
        if isinstance(what, dict):
            jobs = [(self._spec(k), v) for k, v in what.items()]
        elif isinstance(what, list):
            jobs = [(self._spec(c), text) for c in what]
        else:
            jobs = [(self._spec(what), text)]
        out: dict = {}
        for spec, said in jobs:
            require(said, "text")
            records = extraction.extract(self._state, spec, to_string(said))
            out.setdefault(spec["code"], []).extend(self._records_dtos(records))
        return out

    # ---- intents ----
    @script_method()
    def triggeredIntent(self) -> IntentInstanceDto | None:
        intent = self._state.intent
        if not intent or not intent.get("code"):
            return None
        return IntentInstanceDto(
            intent, stable_id(self._state.conversation_id, "intent", intent.get("code"))
        )

    @script_method()
    def processIntents(self) -> list:
        intent = self._state.intent
        return [IntentDto(intent)] if intent and intent.get("code") else []

    @script_method("String")
    def isCurrentProcessTargetedByIntent(self, code: str) -> bool:
        return bool(self._state.intent) and self._state.intent.get("code") == code

    @script_method()
    def intentHistory(self) -> GSet:
        conv = self._state.conversation_id
        return GSet(
            IntentInstanceDto(
                item if isinstance(item, dict) else {"code": item}, stable_id(conv, "history", i)
            )
            for i, item in enumerate(self._state.intent_history)
        )


# V3 "slot" names for the 6.x "entity" methods: the same overloads under both names.
_V3_NAMES = {
    "latestSlots": "latestEntities",
    "slots": "entities",
    "newSlots": "newEntities",
    "modifiedSlots": "modifiedEntities",
    "oldSlots": "oldEntities",
    "hasSlot": "hasEntity",
    "latestSlot": "latestEntity",
    "previousSlot": "previousEntity",
    "hasNewSlotsForCode": "hasNewEntitiesForCode",
    "newSlotsForCode": "newEntitiesForCode",
    "hasModifiedSlotsForCode": "hasModifiedEntitiesForCode",
    "modifiedSlotsForCode": "modifiedEntitiesForCode",
    "hasLatestSlotsForCode": "hasLatestEntitiesForCode",
    "latestSlotsForCode": "latestEntitiesForCode",
    "hasOldSlotsForCode": "hasOldEntitiesForCode",
    "oldSlotsForCode": "oldEntitiesForCode",
}
_table = ContextService._table
_table["entitiesAsText"] += _table.pop("_entities_as_text_full")
for _v3, _v6 in _V3_NAMES.items():
    _table[_v3] = list(_table[_v6])
