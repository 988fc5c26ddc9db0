"""Embedder extensions of the allow-list, in the spirit of Amelia's `whitelist.config`.

An embedder adds classes, constructors, static members and instance methods backed by its own
Python functions; scripts reach them through the same dispatch door, only after the built-in
tables miss. Nothing here can open the permanent deny-list (`allowlist.DENIED_*`) or a name
starting with `__`: such an entry is refused when it is added.

    ext = AllowListExtension()
    ext.static_method("com.acme.Pricing", "discount", lambda amount: amount * 0.9,
                      params=["java.math.BigDecimal"])
    ext.method("String", "shout", lambda s: s.upper() + "!")
    runtime = Runtime(allow=ext)

Parameter types, when given (`params=`, or the types after the name in a whitelist.config
line), are honoured as for the built-in surface: the arguments must fit them by Groovy's rules
(`surface.Overloads`), or the call is Groovy's MissingMethodException. The same member given
twice with different parameter types is two overloads, tried in the order they were added.
Without types, the function receives whatever the script passes.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Sequence

from convoscript.runtime.core.keys import GSet
from convoscript.runtime.door import allowlist, surface
from convoscript.runtime.door.signatures import NoSignature
from convoscript.runtime.model.runcontext import PerRun


def _typed(fn: Callable, params: Sequence[str] | None, has_receiver: bool) -> Callable:
    """fn behind its declared parameter types (unchanged when there are none)."""
    if params is None:
        return fn
    return surface.guard(fn, surface.Overloads([(tuple(params), None)]), has_receiver)


def _overload(existing: Callable | None, added: Callable) -> Callable:
    """Two implementations of one member: the first whose parameter types fit is called."""
    if existing is None:
        return added

    def either(*args: object) -> object:
        try:
            return existing(*args)
        except NoSignature:
            return added(*args)

    return either


class AllowListExtension:
    """Extra allow-list entries for one Runtime."""

    def __init__(self) -> None:
        self.classes: dict[str, str] = {}  # simple name -> qualified name
        self.constructors: dict[str, Callable] = {}
        self.static_methods: dict[str, dict[str, Callable]] = {}
        self.static_fields: dict[str, dict[str, object]] = {}
        self.methods: dict[str, dict[str, Callable]] = {}

    # -- checks --------------------------------------------------------------------------------
    @staticmethod
    def _check_class(qualified: str) -> None:
        if (
            qualified in allowlist.DENIED_CLASSES
            or qualified.rsplit(".", 1)[-1] in allowlist.DENIED_SIMPLE_NAMES
            and allowlist.DENIED_SIMPLE_NAMES[qualified.rsplit(".", 1)[-1]] == qualified
        ):
            raise ValueError(f"{qualified} is permanently denied and cannot be allowed")
        if any(part.startswith("__") for part in qualified.split(".")):
            raise ValueError(f"names starting with '__' cannot be allowed: {qualified}")

    @staticmethod
    def _check_member(name: str) -> None:
        if (
            name.startswith("__")
            or name in allowlist.DENIED_MEMBERS
            or name in allowlist.CLASS_DENIED_METHODS
        ):
            raise ValueError(f"member '{name}' is permanently denied and cannot be allowed")

    def _register_class(self, qualified: str) -> None:
        self._check_class(qualified)
        simple = qualified.rsplit(".", 1)[-1]
        if simple in allowlist.CLASS_NAMES and allowlist.CLASS_NAMES[simple] != qualified:
            raise ValueError(f"{simple} already names {allowlist.CLASS_NAMES[simple]}")
        self.classes[simple] = qualified

    # -- entries (the whitelist.config verbs) ------------------------------------------------
    def constructor(
        self, qualified: str, fn: Callable, params: Sequence[str] | None = None
    ) -> AllowListExtension:
        """`new qualified(...)` calls fn(*args)."""
        self._register_class(qualified)
        typed = _typed(fn, params, False)
        self.constructors[qualified] = _overload(self.constructors.get(qualified), typed)
        return self

    def static_method(
        self, qualified: str, name: str, fn: Callable, params: Sequence[str] | None = None
    ) -> AllowListExtension:
        self._register_class(qualified)
        self._check_member(name)
        table = self.static_methods.setdefault(qualified, {})
        table[name] = _overload(table.get(name), _typed(fn, params, False))
        return self

    def static_field(self, qualified: str, name: str, value: object) -> AllowListExtension:
        """A static field. A list, map or set value is copied now and each run gets its own
        copy of that (one Runtime serves many conversations: a static list every run shared
        would carry what one run put in it into the next)."""
        self._register_class(qualified)
        self._check_member(name)
        if isinstance(value, (list, dict, GSet)):
            value = PerRun(functools.partial(copy.deepcopy, copy.deepcopy(value)))
        self.static_fields.setdefault(qualified, {})[name] = value
        return self

    def method(
        self, receiver_kind: str, name: str, fn: Callable, params: Sequence[str] | None = None
    ) -> AllowListExtension:
        """An instance method on a receiver kind ("String", "List", "Map", "Number", ...);
        fn(receiver, *args)."""
        self._check_member(name)
        table = self.methods.setdefault(receiver_kind, {})
        table[name] = _overload(table.get(name), _typed(fn, params, True))
        return self

    def load_whitelist(self, text: str, implementations: dict[str, object]) -> AllowListExtension:
        """Read `whitelist.config` lines in Jenkins' format (`new C T...`, `staticMethod C m
        T...`, `staticField C f`, `method C m T...`); each entry's implementation is
        `implementations[entry line]`, and the parameter types after the name are honoured."""
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            impl = implementations.get(line)
            if impl is None:
                raise ValueError(f"no implementation given for whitelist entry: {line}")
            try:
                sig = surface.parse(line, f"whitelist line {number}")
            except surface.SurfaceError as e:
                raise ValueError(f"unknown whitelist entry: {line} ({e})") from None
            if sig.form == "new":
                self.constructor(sig.owner, impl, sig.params)  # type: ignore[arg-type]
            elif sig.form == "staticMethod":
                self.static_method(sig.owner, sig.name, impl, sig.params)  # type: ignore[arg-type]
            elif sig.form == "staticField":
                self.static_field(sig.owner, sig.name, impl)
            elif sig.form == "method":
                kind = sig.owner.rsplit(".", 1)[-1]
                self.method(kind, sig.name, impl, sig.params)  # type: ignore[arg-type]
            else:
                raise ValueError(f"unknown whitelist entry: {line}")
        return self

    # -- lookups (used by dispatch when the built-in tables miss) ----------------------------
    def resolve_class(self, name: str) -> str | None:
        if name in self.classes:
            return self.classes[name]
        return name if name in self.classes.values() else None


EMPTY = AllowListExtension()
