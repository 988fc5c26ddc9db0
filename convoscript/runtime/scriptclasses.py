"""Classes defined by scripts, and their instances.

A `ScriptClass` is built for each run from the compiled metadata, so static fields live in the
run (never shared between runs or conversations). Instances keep their fields in a dict.
Property access follows Groovy: a getter/setter the class defines wins over the field; every
field also has implicit `getX()`/`setX()`; `toString`, `equals`, `hashCode` and `compareTo`
defined by the class are used by printing, `==` and sorting.
"""

from __future__ import annotations

from typing import Callable

from .exceptions import GroovyThrowable
from .types import java_class_name

# (name, pyname, min args, max args, parameter types, static, constructor)
MethodMeta = tuple[str, str, int, int, tuple, bool, bool]


class ScriptClass:
    """One script-defined class, for one run. Also the value of the class's name (`Item.x`)."""

    java_class = "java.lang.Class"

    def __init__(self, frame, name: str, superclass: "ScriptClass | None",
                 fields: tuple, methods: tuple, init: Callable, clinit: Callable,
                 resolve: Callable[[str], Callable]):
        self.frame = frame
        self.name = name
        self.superclass = superclass
        self.fields = {f[0]: f for f in fields if not f[2]}  # instance fields: name -> meta
        self.static_fields = {f[0]: f for f in fields if f[2]}
        self.statics: dict[str, object] = {}
        self.methods: dict[str, list[tuple[Callable, MethodMeta]]] = {}
        self.ctors: list[tuple[Callable, MethodMeta]] = []
        for meta in methods:
            entry = (resolve(meta[1]), meta)
            if meta[6]:
                self.ctors.append(entry)
            else:
                self.methods.setdefault(meta[0], []).append(entry)
        self.init = init
        self.clinit = clinit

    # -- lookups along the superclass chain ----------------------------------------------------
    def chain(self):
        cls: ScriptClass | None = self
        while cls is not None:
            yield cls
            cls = cls.superclass

    def field_meta(self, name: str) -> tuple | None:
        for cls in self.chain():
            if name in cls.fields:
                return cls.fields[name]
        return None

    def static_owner(self, name: str) -> "ScriptClass | None":
        for cls in self.chain():
            if name in cls.static_fields:
                return cls
        return None

    def find_method(self, name: str, args: tuple, static_only: bool = False):
        """(function, args converted for typed parameters, static?) or None."""
        for cls in self.chain():
            for fn, meta in cls.methods.get(name, ()):
                if static_only and not meta[5]:
                    continue
                fitted = self.frame.fit_args(meta, args)
                if fitted is not None:
                    return fn, fitted, meta[5]
        return None

    def is_subclass_of(self, name: str) -> bool:
        return any(cls.name == name for cls in self.chain())

    # -- the class as a value -------------------------------------------------------------------
    def script_invoke(self, name: str, args: tuple) -> object:
        found = self.find_method(name, args, static_only=True)
        if found is not None:
            fn, fitted, _ = found
            return fn(*fitted)
        if name == "isCase" and len(args) == 1:
            return isinstance(args[0], ScriptObject) and args[0].cls.is_subclass_of(self.name)
        if name in ("getName", "getSimpleName") and not args:
            return self.name
        from .dispatch import missing_method, refuse

        if name in ("newInstance", "getDeclaredMethods", "getMethods", "getClassLoader"):
            raise refuse(f"Class.{name}()")
        raise missing_method(self, name, args)

    def script_getprop(self, name: str) -> object:
        owner = self.static_owner(name)
        if owner is not None:
            return owner.statics.get(name)
        if name in ("name", "simpleName"):
            return self.name
        from .dispatch import missing_property

        raise missing_property(self, name)

    def script_setprop(self, name: str, value: object) -> None:
        owner = self.static_owner(name)
        if owner is None:
            raise GroovyThrowable("MissingPropertyException",
                                  f"No such property: {name} for class: {self.name}")
        owner.statics[name] = self.frame.cast_field(owner.static_fields[name], value)

    def groovy_to_string(self) -> str:
        return f"class {self.name}"

    # -- construction ---------------------------------------------------------------------------
    def construct(self, args: tuple) -> "ScriptObject":
        obj = ScriptObject(self)
        for cls in reversed(list(self.chain())):
            cls.init(obj)
        for fn, meta in self.ctors:
            fitted = self.frame.fit_args(meta, args)
            if fitted is not None:
                fn(obj, *fitted)
                return obj
        if not args or (len(args) == 1 and type(args[0]) is dict and self._has_default_ctor()):
            if args:  # Groovy's map constructor: `new Item(name: "a", qty: 2)`
                for fn, meta in self.ctors:
                    if meta[3] == 0:
                        fn(obj)
                for key, value in args[0].items():  # type: ignore[union-attr]
                    from .text import to_string

                    obj.script_setprop(to_string(key), value)
            return obj
        types = ", ".join(java_class_name(a) for a in args)
        raise GroovyThrowable("GroovyRuntimeException",
                              f"Could not find matching constructor for: {self.name}({types})")

    def _has_default_ctor(self) -> bool:
        return not self.ctors or any(meta[3] == 0 for _, meta in self.ctors)


class ScriptObject:
    """An instance of a script-defined class."""

    __slots__ = ("cls", "fields")

    def __init__(self, cls: ScriptClass):
        self.cls = cls
        self.fields: dict[str, object] = {}

    def groovy_class_name(self) -> str:
        return self.cls.name

    @staticmethod
    def java_is_a(value: "ScriptObject", qualified: str) -> bool:
        return value.cls.is_subclass_of(qualified)

    def _user(self, name: str, args: tuple):
        found = self.cls.find_method(name, args)
        if found is None:
            return None
        fn, fitted, static = found
        return lambda: fn(*fitted) if static else fn(self, *fitted)

    def script_invoke(self, name: str, args: tuple) -> object:
        call = self._user(name, args)
        if call is not None:
            return call()
        prop = _accessor(name)
        if prop is not None:
            kind, field = prop
            if kind == "get" and not args and self.cls.field_meta(field) is not None:
                return self.fields.get(field)
            if kind == "set" and len(args) == 1 and self.cls.field_meta(field) is not None:
                self.set_field(field, args[0])
                return None
        value = self.fields.get(name)
        from .closures import Closure, call_closure

        if isinstance(value, Closure):
            return call_closure(value, *args)
        from . import allowlist
        from .gdkbase import NoSignature

        fn = allowlist.METHODS["Object"].get(name)
        if fn is not None:
            try:
                return fn(self, *args)
            except NoSignature:
                pass
        from .dispatch import missing_method

        raise missing_method(self, name, args)

    def script_getprop(self, name: str) -> object:
        getter = "get" + name[:1].upper() + name[1:]
        call = self._user(getter, ())
        if call is not None:
            return call()
        if self.cls.field_meta(name) is not None:
            return self.fields.get(name)
        owner = self.cls.static_owner(name)
        if owner is not None:
            return owner.statics.get(name)
        if name == "class":
            from .types import ClassRef

            return ClassRef(self.cls.name)
        raise GroovyThrowable("MissingPropertyException",
                              f"No such property: {name} for class: {self.cls.name}")

    def script_setprop(self, name: str, value: object) -> None:
        setter = "set" + name[:1].upper() + name[1:]
        call = self._user(setter, (value,))
        if call is not None:
            call()
            return
        if self.cls.field_meta(name) is not None:
            self.set_field(name, value)
            return
        owner = self.cls.static_owner(name)
        if owner is not None:
            owner.script_setprop(name, value)
            return
        raise GroovyThrowable("MissingPropertyException",
                              f"No such property: {name} for class: {self.cls.name}")

    def set_field(self, name: str, value: object) -> None:
        meta = self.cls.field_meta(name)
        self.fields[name] = self.cls.frame.cast_field(meta, value) if meta else value

    # -- used by printing, ==, sorting -----------------------------------------------------------
    def groovy_to_string(self) -> str:
        call = self._user("toString", ())
        if call is not None:
            from .text import to_string

            return to_string(call())
        return f"{self.cls.name}@{id(self) & 0xFFFFFFF:x}"

    def groovy_equals(self, other: object) -> bool:
        call = self._user("equals", (other,))
        if call is not None:
            from .compare import truth

            return truth(call())
        return self is other

    def groovy_compare_to(self, other: object) -> int:
        call = self._user("compareTo", (other,))
        if call is None:
            raise GroovyThrowable("ClassCastException",
                                  f"{self.cls.name} cannot be cast to java.lang.Comparable")
        result = call()
        return int(result) if isinstance(result, int) else 0  # type: ignore[arg-type]


def _accessor(name: str) -> tuple[str, str] | None:
    for prefix in ("get", "set", "is"):
        if name.startswith(prefix) and len(name) > len(prefix) and name[len(prefix)].isupper():
            rest = name[len(prefix):]
            return ("get" if prefix == "is" else prefix, rest[0].lower() + rest[1:])
    return None
