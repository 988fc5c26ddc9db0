"""`userService`: the conversation's user (BpnUser), agents (BpnAgent) and a user directory.

The user comes from the state key `user` (`userId`, `firstName`, `lastName`, `email`,
`anonymous`, `attributes`, ...); other known users (for `userExistsWithName/Email`,
`registerUser`) from `users`; agents from `agents` inside `escalation` (the agent history).
`updateUser` and the `updateConversation*` methods change the state, so they persist.
"""

from __future__ import annotations

from convoscript.runtime.core.text import to_string
from convoscript.runtime.door.fitting import HandleType
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.run.boundary import from_plain, to_plain
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.context import stable_id
from convoscript.services.dto import Dto, require
from convoscript.services.state import RunState

_FIELDS = (
    "userId",
    "firstName",
    "lastName",
    "email",
    "anonymous",
    "attributes",
    "externalUid",
    "locale",
)


class BpnUser(Dto):
    """A user: fluent getters, and fluent setters returning the user (`u.firstName('Ann')`)."""

    handle_type = "BpnUser"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.user.BpnUser"
    fields = ("userId", "firstName", "lastName", "email")

    def __init__(self, data: dict | None = None):
        data = data or {}
        self._data = {k: data.get(k) for k in _FIELDS}
        self._data["anonymous"] = bool(data.get("anonymous", False))
        self._data["attributes"] = dict(data.get("attributes") or {})

    def plain(self) -> dict:
        return {k: to_plain(v) for k, v in self._data.items() if v is not None}

    @script_method()
    def human(self) -> bool:
        return bool(self._data.get("human", True))


def _fluent(name: str, kind: str | None):
    def accessor(self, *args: object) -> object:
        if not args:
            value = self._data.get(name)
            return from_plain(value) if name != "attributes" else from_plain(dict(value))
        self._data[name] = to_plain(args[0]) if name == "attributes" else args[0]
        return self

    accessor.script_overloads = [()] + ([(kind,)] if kind else [])  # type: ignore[attr-defined]
    return accessor


for _name, _kind in (
    ("userId", None),
    ("anonymous", None),
    ("firstName", "String"),
    ("lastName", "String"),
    ("email", "String"),
    ("attributes", "Map"),
    ("externalUid", None),
    ("locale", "String"),
):
    setattr(BpnUser, _name, _fluent(_name, _kind))
    BpnUser._table[_name] = [
        (t, getattr(BpnUser, _name)) for t in getattr(BpnUser, _name).script_overloads
    ]


class BpnAgent(BpnUser):
    java_class = "net.ipsoft.ameliav3.bpn.script.service.user.BpnAgent"

    def __init__(self, data: dict | None = None):
        super().__init__(data)
        self._data["human"] = bool((data or {}).get("human", True))


class UserService(ServiceHandle):
    handle_type = "UserService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.UserService"
    binding_name = "userService"

    def __init__(self, state: RunState):
        self._state = state

    @script_method()
    def getUser(self) -> BpnUser:
        return BpnUser(self._state.user)

    @script_method(HandleType("BpnUser"), "String")
    def registerUser(self, user: BpnUser, group: str) -> BpnUser:
        require(group, "userGroupName")
        data = user.plain()
        if self._exists(lambda u: u.get("email") and u.get("email") == data.get("email")):
            raise _illegal(f"a user with email {data.get('email')} already exists")
        data["userId"] = stable_id(
            self._state.conversation_id, "user", data.get("email"), len(self._state.users)
        )
        data["groups"] = [group]
        self._state.users.append(data)
        return BpnUser(data)

    @script_method(HandleType("BpnUser"))
    def updateUser(self, user: BpnUser) -> BpnUser:
        data = user.plain()
        current = self._state.user
        if data.get("userId") == current.get("userId"):
            self._state.user = {**current, **{k: v for k, v in data.items() if k != "userId"}}
            return BpnUser(self._state.user)
        for i, known in enumerate(self._state.users):
            if known.get("userId") == data.get("userId") and data.get("userId"):
                self._state.users[i] = {**known, **data}
                return BpnUser(self._state.users[i])
        raise _illegal(f"no user with id {data.get('userId')}")

    def _all_users(self) -> list[dict]:
        return ([self._state.user] if self._state.user else []) + list(self._state.users)

    def _exists(self, test) -> bool:
        return any(test(u) for u in self._all_users())

    @script_method("String")
    def userExistsWithName(self, name: str) -> bool:
        wanted = (name or "").strip().lower()
        return self._exists(
            lambda u: (
                wanted
                in {
                    str(u.get("username") or "").lower(),
                    " ".join(p for p in (u.get("firstName"), u.get("lastName")) if p).lower(),
                }
                - {""}
            )
        )

    @script_method("String")
    def userExistsWithEmail(self, email: str) -> bool:
        wanted = (email or "").strip().lower()
        return bool(wanted) and self._exists(lambda u: str(u.get("email") or "").lower() == wanted)

    @script_method("String", "String")
    def updateConversationUserName(self, first: str, last: str) -> None:
        self._state.user["firstName"], self._state.user["lastName"] = first, last

    @script_method("String")
    def updateConversationEmail(self, email: str) -> None:
        self._state.user["email"] = email

    def _agents(self) -> list[dict]:
        return list(self._state.escalation.get("agents") or [])

    @script_method()
    def getAgent(self) -> BpnAgent:
        agents = self._agents()
        return (
            BpnAgent(agents[-1])
            if agents
            else BpnAgent({"firstName": "Amelia", "email": "amelia@ipsoft.com", "human": False})
        )

    @script_method()
    def getAgentHistory(self) -> list:
        return [BpnAgent(a) for a in self._agents()]

    @script_method()
    def getLastHumanAgent(self) -> BpnAgent | None:
        humans = [a for a in self._agents() if a.get("human", True)]
        return BpnAgent(humans[-1]) if humans else None

    @script_method()
    def getUserProfileImage(self) -> str | None:
        image = self._state.user.get("profileImage")
        return None if image is None else to_string(image)


def _illegal(message: str):

    return GroovyThrowable("IllegalArgumentException", message)
