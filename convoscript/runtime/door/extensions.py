"""Embedder extensions of the allow-list, in the spirit of Amelia's `whitelist.config`.

An embedder adds classes, constructors, static members and instance methods backed by its own
Python functions; scripts reach them through the same dispatch door, only after the built-in
tables miss. Nothing here can open the permanent deny-list (`allowlist.DENIED_*`) or a name
starting with `__`: such an entry is refused when it is added.

    ext = AllowListExtension()
    ext.static_method("com.acme.Pricing", "discount", lambda amount: amount * 0.9)
    ext.method("String", "shout", lambda s: s.upper() + "!")
    runtime = Runtime(allow=ext)
"""

from __future__ import annotations

from collections.abc import Callable

from convoscript.runtime.door import allowlist


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
    def constructor(self, qualified: str, fn: Callable) -> AllowListExtension:
        """`new qualified(...)` calls fn(*args)."""
        self._register_class(qualified)
        self.constructors[qualified] = fn
        return self

    def static_method(self, qualified: str, name: str, fn: Callable) -> AllowListExtension:
        self._register_class(qualified)
        self._check_member(name)
        self.static_methods.setdefault(qualified, {})[name] = fn
        return self

    def static_field(self, qualified: str, name: str, value: object) -> AllowListExtension:
        self._register_class(qualified)
        self._check_member(name)
        self.static_fields.setdefault(qualified, {})[name] = value
        return self

    def method(self, receiver_kind: str, name: str, fn: Callable) -> AllowListExtension:
        """An instance method on a receiver kind ("String", "List", "Map", "Number", ...);
        fn(receiver, *args)."""
        self._check_member(name)
        self.methods.setdefault(receiver_kind, {})[name] = fn
        return self

    def load_whitelist(self, text: str, implementations: dict[str, object]) -> AllowListExtension:
        """Read `whitelist.config` lines (`new C`, `staticMethod C m`, `staticField C f`,
        `method Kind m`); each entry's implementation is `implementations[entry line]`."""
        for raw in text.splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            verb, *rest = line.split()
            impl = implementations.get(line)
            if impl is None:
                raise ValueError(f"no implementation given for whitelist entry: {line}")
            if verb == "new" and len(rest) >= 1:
                self.constructor(rest[0], impl)  # type: ignore[arg-type]
            elif verb == "staticMethod" and len(rest) >= 2:
                self.static_method(rest[0], rest[1], impl)  # type: ignore[arg-type]
            elif verb == "staticField" and len(rest) == 2:
                self.static_field(rest[0], rest[1], impl)
            elif verb == "method" and len(rest) >= 2:
                self.method(rest[0].rsplit(".", 1)[-1], rest[1], impl)  # type: ignore
            else:
                raise ValueError(f"unknown whitelist entry: {line}")
        return self

    # -- lookups (used by dispatch when the built-in tables miss) ----------------------------
    def resolve_class(self, name: str) -> str | None:
        if name in self.classes:
            return self.classes[name]
        return name if name in self.classes.values() else None


EMPTY = AllowListExtension()
