"""Classes, interfaces and enums defined by scripts, and their instances.

A `ScriptClass` is built for each run from the compiled metadata, so static fields live in the
run (never shared between runs or conversations). Instances keep their fields in a dict.
Property access follows Groovy: a getter/setter the class defines wins over the field; every
field also has implicit `getX()`/`setX()`; a class's own code reads and writes its fields
directly (`getfield`/`setfield`), and `obj.@x` reaches a field from anywhere
(`get_attribute`); `toString`, `equals`, `hashCode` and `compareTo` defined by the class are
used by printing, `==` and sorting. A class may extend a Java
exception class (`class FlowException extends RuntimeException`): its instances are then
throwables that `catch` clauses match by the script class or any Java ancestor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.core.casts import cast
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.compare import truth
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.keys import MAP_TYPES
from convoscript.runtime.core.suggestions import (
    Signature,
    class_methods,
    class_properties,
    property_tail,
)
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import ClassRef, java_class_name
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.dispatch import class_ref, route_invoke
from convoscript.runtime.door.missing import missing_method, missing_property, refuse
from convoscript.runtime.door.objectproperties import properties_map
from convoscript.runtime.door.overloads import nearest
from convoscript.runtime.door.superclasses import superclass_of
from convoscript.runtime.model.exceptions import (
    JAVA_PARENTS,
    GroovyThrowable,
    java_is_a,
    no_such_property,
    qualified_name,
)
from convoscript.runtime.model.runcontext import current as current_context
from convoscript.runtime.model.runcontext import identity_hash
from convoscript.runtime.model.values import Closure, GString

# The compiled class metadata (compiler/artifact.py), read by attribute name: the door sits
# below the compiler and does not import it.
ClassMeta: TypeAlias = Any  # artifact.ClassMeta
MethodMeta: TypeAlias = Any  # artifact.MemberMeta or artifact.CtorMeta
FieldMeta: TypeAlias = Any  # artifact.FieldMeta


class ScriptClass:
    """One script-defined class, for one run. Also the value of the class's name (`Item.x`)."""

    java_class = "java.lang.Class"

    def __init__(
        self,
        frame,
        meta: ClassMeta,
        superclass: ScriptClass | None,
        resolve: Callable[[str], Callable],
    ):
        name, super_name = meta.name, meta.superclass
        self.frame = frame
        self.name = name
        self.kind = meta.kind
        self.superclass = superclass
        # a Java throwable this class (or its script superclass) extends, if any
        self.java_base = (
            superclass.java_base
            if superclass is not None
            else (
                super_name.rsplit(".", 1)[-1]
                if super_name and super_name.rsplit(".", 1)[-1] in JAVA_PARENTS
                else None
            )
        )
        # instance fields: name -> FieldMeta
        self.fields = {f.name: f for f in meta.fields if not f.static}
        self.field_order = tuple(f.name for f in meta.fields)  # as declared (`properties`)
        self.static_fields = {f.name: f for f in meta.fields if f.static}
        # property names with no script-written getter (`getX()`/`isX()`) on this class or a
        # superclass: `obj.x` reads the field at once. Filled by script_getprop; a class's
        # methods are fixed once it is defined, so the answer never changes.
        self.no_user_getter: set[str] = set()
        # the getters and setters Groovy generates for this class's properties
        self.implicit_accessors = frozenset(
            _getter(prefix, f.name)
            for f in meta.fields
            if f.visibility is None
            for prefix in ("get", "set", "is")
            if prefix != "is" or f.type in ("boolean", "Boolean")
        )
        # (class, name) of the fields of superclasses that a field of the same name declared
        # further down hides: an instance keeps those under the pair, the others by name
        self.hidden: frozenset[tuple[str, str]] = frozenset(
            (cls.name, name)
            for i, cls in enumerate(self.chain())
            for name in cls.fields
            if i > 0 and any(name in c.fields for c in self.chain_until(cls))
        )
        self._statics: dict[str, object] = {}
        # 0: not initialised yet, 1: its static initialiser is running, 2: initialised
        self._init_state = 0
        self.methods: dict[str, list[tuple[Callable, MethodMeta]]] = {}
        for m in meta.methods:
            self.methods.setdefault(m.name, []).append((resolve(m.pyname), m))
        self.ctors: list[tuple[Callable, MethodMeta]] = [
            (resolve(c.pyname), c) for c in meta.constructors
        ]
        self.init = resolve(meta.init)
        self.clinit = resolve(meta.clinit)
        self.enum_names: tuple[str, ...] = meta.enum_names
        self.enum_args = resolve(meta.enum_args) if meta.enum_args else None
        self._enum_values: list[ScriptObject] = []
        self.interfaces: tuple[str, ...] = meta.interfaces

    # -- static state, made on the class's first use ----------------------------------------
    @property
    def statics(self) -> dict[str, object]:
        """The class's static fields in this run (reading them is a use of the class)."""
        if self._init_state == 0:
            self.initialise()
        return self._statics

    @property
    def enum_values(self) -> list[ScriptObject]:
        if self._init_state == 0:
            self.initialise()
        return self._enum_values

    def initialise(self) -> None:
        """Static state for this run, on the class's first use as in Java (`new`, a static
        method, a static field; a superclass before its subclass): enum constants first, then
        the static initialisers, inside the run's budget. A use while they run (a cycle) sees
        the statics as far as they got, as in Java."""
        if self._init_state != 0:
            if self._init_state == 3:  # its initialiser failed earlier in this run
                message = f"Could not initialize class {self.name}"
                raise GroovyThrowable("NoClassDefFoundError", message)
            return
        self._init_state = 1
        if self.superclass is not None:
            self.superclass.initialise()
        try:
            if self.enum_args is not None:
                for ordinal, (name, args) in enumerate(zip(self.enum_names, self.enum_args())):
                    obj = self.construct(tuple(args))
                    obj.enum = (name, ordinal)
                    self._statics[name] = obj
                    self._enum_values.append(obj)
            self.clinit()
        except GroovyThrowable as e:
            # Java wraps an exception from a static initialiser (an Error passes as it is); a
            # budget error is no GroovyThrowable and ends the run as always
            self._init_state = 3
            base = e.cls.java_base if isinstance(e, ScriptThrowable) else e.java_class
            if base is not None and java_is_a(base, "Error"):
                raise
            raise GroovyThrowable("ExceptionInInitializerError", None, cause=e) from e
        self._init_state = 2

    # -- lookups along the superclass chain ----------------------------------------------------
    def chain(self):
        cls: ScriptClass | None = self
        while cls is not None:
            yield cls
            cls = cls.superclass

    def chain_until(self, ancestor: ScriptClass):
        """This class and its superclasses below `ancestor`."""
        for cls in self.chain():
            if cls is ancestor:
                return
            yield cls

    def slot(self, owner: str, name: str) -> str | tuple[str, str]:
        """The key under which an instance keeps field `name` declared by class `owner`."""
        return (owner, name) if self.hidden and (owner, name) in self.hidden else name

    def visible_field(self, name: str) -> tuple[ScriptClass, FieldMeta] | None:
        """The field `obj.@name` reaches on this class or an instance of it: its own, or a
        superclass's that is not private (a property's field is private, as in Groovy)."""
        for cls in self.chain():
            meta = cls.fields.get(name) or cls.static_fields.get(name)
            if meta is not None:
                private = meta.visibility in (None, "private")  # a property's field is private
                return (cls, meta) if cls is self or not private else None
        return None

    def field_meta(self, name: str) -> FieldMeta | None:
        for cls in self.chain():
            if name in cls.fields:
                return cls.fields[name]
        return None

    def static_owner(self, name: str) -> ScriptClass | None:
        """The class (or implemented interface: its constants) holding static `name`."""
        for cls in self.chain():
            if name in cls.static_fields or name in cls.statics:
                return cls
        for cls in self.chain():
            for iface in cls.interfaces:
                other = self.frame.classes.get(iface)
                found = other.static_owner(name) if other is not None else None
                if found is not None:
                    return found
        return None

    def find_method(self, name: str, args: tuple, static_only: bool = False):
        """(function, args converted for typed parameters, static?) or None."""
        for cls in self.chain():
            found = cls.own_method(name, args, static_only)
            if found is not None:
                return found
            if name in cls.implicit_accessors:
                return None  # a property's accessor hides its superclasses' methods
        return None

    def own_method(self, name: str, args: tuple, static_only: bool = False):
        fitting = []
        for fn, meta in self.methods.get(name, ()):
            if static_only and not meta.static:
                continue
            fitted = self.frame.fit_args(meta, args)
            if fitted is not None:
                fitting.append((fn, meta, fitted))
        if not fitting:
            return None
        fn, meta, fitted = fitting[nearest([(m, f) for _, m, f in fitting], args, self.name, name)]
        return fn, fitted, meta.static

    def is_subclass_of(self, name: str) -> bool:
        simple = name.rsplit(".", 1)[-1]
        for cls in self.chain():
            if cls.name == simple:
                return True
            for iface in cls.interfaces:
                other = self.frame.classes.get(iface)
                if iface == simple or (other is not None and other.is_subclass_of(simple)):
                    return True
        return self.java_base is not None and java_is_a(self.java_base, simple)

    # -- what "Possible solutions:" ranks ------------------------------------------------------
    def method_candidates(self) -> list[Signature]:
        base = qualified_name(self.java_base) if self.java_base else None
        return class_methods(list(self.chain()), base, allowlist.resolve_class_name)

    def property_candidates(self) -> list[str]:
        return class_properties(list(self.chain()))

    # -- the class as a value -------------------------------------------------------------------
    def script_invoke(self, name: str, args: tuple) -> object:
        self.initialise()  # a static method call is a use of the class
        found = self.find_method(name, args, static_only=True)
        if found is not None:
            fn, fitted, _ = found
            return fn(*fitted)
        if self.kind == "enum":
            if name == "values" and not args:  # an array in Java: `values().length`
                return make_array(self.name, list(self.enum_values))
            if name == "valueOf" and len(args) == 1:
                for value in self.enum_values:
                    if value.enum[0] == args[0]:  # type: ignore[index]
                        return value
                raise GroovyThrowable(
                    "IllegalArgumentException", f"No enum constant {self.name}.{args[0]}"
                )
        if name == "isCase" and len(args) == 1:
            return is_instance_of(args[0], self.name)
        if name in ("getName", "getSimpleName") and not args:
            return self.name
        if name == "getSuperclass" and not args:
            return superclass_of(self.name)
        if name == "getClass" and not args:
            return ClassRef("java.lang.Class")  # `A.getClass()` is `A.class.class`
        if name in ("newInstance", "getDeclaredMethods", "getMethods", "getClassLoader"):
            raise refuse(f"Class.{name}()")
        raise missing_method(self, name, args, owner=f"static {self.name}")

    def script_getprop(self, name: str) -> object:
        if name in _CLASS_FACTS and not self._declares(name):
            return self.name if name != "superclass" else superclass_of(self.name)
        self.initialise()  # `A.name` above is no use of the class (Groovy 2.4), `A.x` is
        for prefix in ("get", "is"):  # a static getter wins over the static field
            found = self.find_method(_getter(prefix, name), (), static_only=True)
            if found is not None:
                return found[0](*found[1])
        owner = self.static_owner(name)
        if owner is not None:
            return owner.statics.get(name)
        if name in ("name", "simpleName"):
            return self.name
        if name == "superclass":
            return superclass_of(self.name)
        raise missing_property(self, name, owner=self.name)

    def _declares(self, name: str) -> bool:
        """Whether the class or a superclass declares static `name` or a getter for it."""
        getters = (_getter("get", name), _getter("is", name))
        return any(
            name in c.static_fields or name in c.enum_names or any(g in c.methods for g in getters)
            for c in self.chain()
        )

    def has_property(self, name: str) -> bool:
        """The class (as a closure's owner in a static member) answers property `name`."""
        return self.static_owner(name) is not None or any(
            self.find_method(_getter(prefix, name), (), static_only=True)
            for prefix in ("get", "is")
        )

    def script_setprop(self, name: str, value: object) -> None:
        self.initialise()
        found = self.find_method(_getter("set", name), (value,), static_only=True)
        if found is not None:
            found[0](*found[1])
            return
        owner = self.static_owner(name)
        if owner is None or name not in owner.static_fields:
            tail = property_tail(name, self.property_candidates)
            raise no_such_property(self.name, name, details=False, suggestions=tail)
        meta = owner.static_fields[name]
        if meta.final:  # also an interface's constant
            raise GroovyThrowable(
                "ReadOnlyPropertyException",
                f"Cannot set readonly property: {name} for class: {self.name}",
            )
        owner.statics[name] = self.frame.cast_field(meta, value)

    def groovy_to_string(self) -> str:
        return f"{'interface' if self.kind == 'interface' else 'class'} {self.name}"

    # -- construction ---------------------------------------------------------------------------
    def construct(self, args: tuple) -> ScriptObject:
        if self.kind == "interface":
            raise GroovyThrowable(
                "GroovyRuntimeException", f"Cannot instantiate interface {self.name}"
            )
        self.initialise()  # `new` is a use of the class
        obj: ScriptObject = ScriptThrowable(self) if self.java_base else ScriptObject(self)
        for cls in reversed(list(self.chain())):
            cls.init(obj)
        if self.run_ctor(obj, args):
            return obj
        if len(args) == 1 and type(args[0]) in MAP_TYPES and self._has_default_ctor():
            self.run_ctor(obj, ())  # Groovy's map constructor: `new Item(name: "a", qty: 2)`

            for key, value in args[0].items():  # type: ignore[union-attr]
                obj.script_setprop(to_string(key), value)
            return obj
        types = ", ".join(java_class_name(a) for a in args)
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"Could not find matching constructor for: {self.name}({types})",
        )

    def run_ctor(self, obj: ScriptObject, args: tuple) -> bool:
        """Run this class's constructor matching `args` on `obj` (False: none matches)."""
        for fn, meta in self.ctors:
            fitted = self.frame.fit_args(meta, args)
            if fitted is not None:
                if not meta.chains:  # no explicit this()/super(): the superclass's no-arg first
                    self.run_super_ctor(obj, ())
                fn(obj, *fitted)
                return True
        if not self.ctors and not args:
            self.run_super_ctor(obj, ())
            return True
        return False

    def run_super_ctor(self, obj: ScriptObject, args: tuple) -> None:
        if self.superclass is not None:
            if not self.superclass.run_ctor(obj, args):
                types = ", ".join(java_class_name(a) for a in args)
                raise GroovyThrowable(
                    "GroovyRuntimeException",
                    f"Could not find matching constructor for: {self.superclass.name}({types})",
                )
        elif self.java_base is not None and args:
            obj.java_super(args)  # type: ignore[attr-defined]

    def _has_default_ctor(self) -> bool:
        # a constructor whose parameters all have defaults is also a no-arg one, as in Groovy
        return not self.ctors or any(meta.min_args == 0 for _, meta in self.ctors)


# what a class reference answers about itself without being initialised (`A.name`)
_CLASS_FACTS = frozenset({"name", "simpleName", "superclass"})
_PRIMITIVES = frozenset({"int", "long", "short", "byte", "char", "boolean", "float", "double"})


def _int32(value: int) -> int:
    """A Java int: what a hashCode() declared `int` returns (a long one is cut the same way)."""
    return (value + 2**31) % 2**32 - 2**31


class ObjectBehaviour:
    """Groovy's object protocol for script-class instances (plain objects and throwables)."""

    cls: ScriptClass
    fields: dict
    enum: tuple[str, int] | None

    def method_candidates(self) -> list[Signature]:
        return self.cls.method_candidates()

    def property_candidates(self) -> list[str]:
        return self.cls.property_candidates()

    def groovy_class_name(self) -> str:
        return self.cls.name

    @staticmethod
    def java_is_a(value: ObjectBehaviour, qualified: str) -> bool:
        return value.cls.is_subclass_of(qualified)

    def _user(self, name: str, args: tuple, start: ScriptClass | None = None):
        cls = start or self.cls
        found = cls.find_method(name, args)
        if found is None:
            return None
        fn, fitted, static = found
        return lambda: fn(*fitted) if static else fn(self, *fitted)

    def script_invoke(self, name: str, args: tuple) -> object:
        call = self._user(name, args)
        if call is not None:
            return call()
        return self.builtin_invoke(name, args)

    def groovy_truth(self) -> bool:
        """Groovy truth of an instance: its class's asBoolean() when it declares one (`if`,
        `!`, `?:`, `as boolean`), else true."""
        call = self._user("asBoolean", ())
        if call is None:
            return True
        result = call()
        return result if type(result) is bool else truth(result)

    def as_type(self, type_name: str) -> object:
        """`obj as T`: the class's own asType(Class) when it declares one, as Groovy calls it
        (it runs in the run's budget like any script method), else the one cast function."""
        target = self._class_value(type_name)
        call = self._user("asType", (target,))
        if call is None:
            return cast(self, type_name, explicit=True)
        result = call()
        # the compiled `as T` checks what asType returned against T, as a Java cast would
        qualified = target.qualified if isinstance(target, ClassRef) else type_name
        unchecked = type_name in _PRIMITIVES or type_name.endswith("]")
        if result is None or unchecked or is_instance(result, qualified):
            return result
        raise GroovyThrowable(
            "ClassCastException",
            f"class {java_class_name(result)} cannot be cast to class {qualified}",
        )

    @staticmethod
    def _class_value(type_name: str) -> object:
        """The class a script names `type_name`, as a script sees it (`c == String`)."""
        own = current_context().script_classes.get(type_name)
        return own if own is not None else class_ref(type_name)

    def groovy_hash_code(self) -> int:
        """Java's hashCode(): the class's own when it declares one (a HashSet's order and the
        hashCode of a list or map holding the instance depend on it), else the identity."""
        call = self._user("hashCode", ())
        result = None if call is None else call()
        return _int32(result) if type(result) is int else identity_hash(self)

    def builtin_invoke(self, name: str, args: tuple) -> object:
        """What an instance can do besides its class's methods."""
        if name == "asType" and len(args) == 1 and isinstance(args[0], (ClassRef, ScriptClass)):
            # `super.asType(c)` in a class's own asType: the default conversion
            target = args[0].qualified if isinstance(args[0], ClassRef) else args[0].name
            return cast(self, target, explicit=True)
        if self.enum is not None:
            if name == "name" and not args:
                return self.enum[0]
            if name == "ordinal" and not args:
                return self.enum[1]
            if name == "compareTo" and len(args) == 1 and isinstance(args[0], ObjectBehaviour):
                return self.enum[1] - args[0].enum[1]  # Java's Enum.compareTo: the distance
            if name in ("next", "previous") and not args:  # Groovy's generated, wrapping
                values = self.cls.enum_values
                return values[(self.enum[1] + (1 if name == "next" else -1)) % len(values)]
            if name in ("values", "valueOf"):  # the enum's statics, called in its own methods
                return self.cls.script_invoke(name, args)
        prop = _accessor(name)
        if prop is not None:
            kind, field = prop
            if kind in ("get", "is") and not args and self.cls.field_meta(field) is not None:
                return self.fields.get(field)
            meta = self.cls.field_meta(field)
            if (
                kind == "set" and len(args) == 1 and meta is not None and not meta.final
            ):  # a final field has no setter
                self.set_field(field, args[0])
                return None
        if name == "equals" and len(args) == 1:
            return self is args[0]  # Java's Object.equals (== may use compareTo instead)
        if name == "hashCode" and not args:
            return identity_hash(self)
        if name == "hasProperty" and len(args) == 1 and isinstance(args[0], str):
            # Groovy returns a MetaProperty or null; scripts test it for truth / null
            known = (
                self.cls.field_meta(args[0]) is not None
                or self.cls.static_owner(args[0]) is not None
            )
            return args[0] if known else None
        if name == "respondsTo" and len(args) >= 1 and isinstance(args[0], str):
            return (
                [m for c in self.cls.chain() for m in c.methods.get(args[0], ())]
                and [args[0]]
                or []
            )
        if name == "getProperties" and not args and isinstance(self, ScriptObject):
            return self.bean_properties()
        if name == "getAt" and len(args) == 1 and isinstance(args[0], (str, GString)):
            return self.script_getprop(to_string(args[0]))  # `obj['name']`, `obj["$name"]`
        if name == "putAt" and len(args) == 2 and isinstance(args[0], (str, GString)):
            self.script_setprop(to_string(args[0]), args[1])
            return None
        value = self.fields.get(name)

        if isinstance(value, Closure):
            return call_closure(value, *args, method="call")
        kinds = ("Throwable", "Object") if isinstance(self, GroovyThrowable) else ("Object",)
        return route_invoke(self, kinds, name, args)

    def invoke_super(self, owner: str, name: str, args: tuple) -> object:
        """`super.name(args)` inside class `owner`: start the lookup at its superclass."""
        start = next(c for c in self.cls.chain() if c.name == owner).superclass
        if start is not None:
            call = self._user(name, args, start)
            if call is not None:
                return call()
        return self.builtin_invoke(name, args)

    def super_getprop(self, owner: str, name: str) -> object:
        """`super.name` in class `owner` (Groovy 2.4): a non-private field the superclass
        declares, else the superclass's getter, else the field."""
        start = next(c for c in self.cls.chain() if c.name == owner).superclass
        if start is not None:
            meta = start.fields.get(name)
            if meta is not None and meta.visibility not in (None, "private"):
                return self.fields.get(self.cls.slot(start.name, name))
            for prefix in ("get", "is"):
                call = self._user(_getter(prefix, name), (), start)
                if call is not None:
                    return call()
            for cls in start.chain():
                if name in cls.fields:
                    return self.fields.get(self.cls.slot(cls.name, name))
        return self.script_getprop(name)

    def super_setprop(self, owner: str, name: str, value: object) -> object:
        """`super.name = value` in class `owner` (Groovy 2.4): a non-private field of the
        superclasses, else the superclass's setter, else the field."""
        start = next(c for c in self.cls.chain() if c.name == owner).superclass
        if start is not None:
            for cls in start.chain():
                meta = cls.fields.get(name)
                if meta is not None and meta.visibility not in (None, "private"):
                    return setfield(self, cls.name, name, value)
            call = self._user(_getter("set", name), (value,), start)
            if call is not None:
                call()
                return value
            for cls in start.chain():
                meta = cls.fields.get(name)
                if meta is not None and not meta.final:
                    return setfield(self, cls.name, name, value)
        self.script_setprop(name, value)
        return value

    def script_getprop(self, name: str) -> object:
        if name not in self.cls.no_user_getter:
            for prefix in ("get", "is"):
                call = self._user(prefix + name[:1].upper() + name[1:], ())
                if call is not None:
                    return call()
            self.cls.no_user_getter.add(name)
        if self.cls.field_meta(name) is not None:
            return self.fields.get(name)
        owner = self.cls.static_owner(name)
        if owner is not None:
            return owner.statics.get(name)
        if name == "class":
            return ClassRef(self.cls.name)
        if self.enum is not None and name in ("name", "ordinal"):
            return self.builtin_invoke(name, ())
        if name == "properties" and isinstance(self, ScriptObject):
            return self.bean_properties()
        if isinstance(self, GroovyThrowable):
            getter = allowlist.PROPERTIES.get("Throwable", {}).get(name)
            if getter is not None:
                return getter(self)
        raise self._no_property(name)

    def _no_property(self, name: str) -> GroovyThrowable:
        tail = property_tail(name, self.cls.property_candidates)
        return no_such_property(self.cls.name, name, suggestions=tail)

    def has_property(self, name: str) -> bool:
        """The object (as a closure's owner) answers property `name`: a field, a static field
        or a getter (without calling the getter)."""
        return (
            self.cls.field_meta(name) is not None
            or self.cls.static_owner(name) is not None
            or any(self.cls.find_method(_getter(p, name), ()) for p in ("get", "is"))
        )

    def script_setprop(self, name: str, value: object) -> None:
        call = self._user("set" + name[:1].upper() + name[1:], (value,))
        if call is not None:
            call()
            return
        meta = self.cls.field_meta(name)
        if meta is not None:
            if meta.final:  # final: set only by its constructor (setfield)
                raise GroovyThrowable(
                    "ReadOnlyPropertyException",
                    f"Cannot set readonly property: {name} for class: {self.cls.name}",
                )
            self.set_field(name, value)
            return
        owner = self.cls.static_owner(name)
        if owner is not None:
            owner.script_setprop(name, value)
            return
        raise self._no_property(name)

    def set_field(self, name: str, value: object) -> None:
        meta = self.cls.field_meta(name)
        self.fields[name] = self.cls.frame.cast_field(meta, value) if meta else value

    # -- used by printing, ==, sorting -----------------------------------------------------------
    def groovy_to_string(self) -> str:
        call = self._user("toString", ())
        if call is not None:
            return to_string(call())
        if self.enum is not None:
            return self.enum[0]
        if isinstance(self, GroovyThrowable):
            return f"{self.cls.name}" + ("" if self.message is None else f": {self.message}")

        return f"{self.cls.name}@{identity_hash(self):x}"

    # As keys of maps and sets (`groupBy`, `unique`, `as Set`, `m[obj]`), instances use the
    # class's own hashCode()/equals() when it declares them, as Java's HashMap does; without
    # them, identity.
    def __hash__(self) -> int:
        call = self._user("hashCode", ())
        if call is None:
            return object.__hash__(self)
        result = call()
        return _int32(result) if type(result) is int else object.__hash__(self)

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        call = self._user("equals", (other,))
        return call is not None and truth(call())

    def groovy_equals(self, other: object) -> bool:

        call = self._user("equals", (other,))
        if call is not None:
            return truth(call())
        compare_to = self._user("compareTo", (other,))
        if compare_to is not None and isinstance(other, ObjectBehaviour) and other.cls is self.cls:
            return compare_to() == 0  # Groovy's == on Comparables is compareTo() == 0
        return self is other

    def groovy_compare_to(self, other: object) -> int:
        if self.enum is not None and isinstance(other, ObjectBehaviour) and other.enum:
            return (self.enum[1] > other.enum[1]) - (self.enum[1] < other.enum[1])
        call = self._user("compareTo", (other,))
        if call is None:
            raise GroovyThrowable(
                "ClassCastException", f"{self.cls.name} cannot be cast to java.lang.Comparable"
            )
        result = call()
        return int(result) if isinstance(result, int) else 0  # type: ignore[arg-type]


class ScriptObject(ObjectBehaviour):
    """An instance of a script-defined class."""

    __slots__ = ("cls", "enum", "fields")

    def __init__(self, cls: ScriptClass):
        self.cls = cls
        self.fields: dict[str, object] = {}
        self.enum = None

    def bean_properties(self) -> dict:
        """`obj.properties`: its bean properties and `class` (an exception's would hold its
        stack trace, an enum constant's Groovy's generated statics: those stay refused)."""
        if self.enum is not None:
            raise refuse(f"{self.cls.name}.getProperties()")
        return properties_map(self)


class ScriptThrowable(ObjectBehaviour, GroovyThrowable):
    """An instance of a script class that extends a Java exception class."""

    def __init__(self, cls: ScriptClass):
        GroovyThrowable.__init__(self, cls.name, None)
        self.cls = cls
        self.fields = {}
        self.enum = None

    def qualified_class(self) -> str:
        return self.cls.name  # a script's classes are in the default package

    def java_super(self, args: tuple) -> None:
        """`super(message)` / `super(message, cause)` reaching the Java exception class."""

        self.message = None if args[0] is None else to_string(args[0])
        if len(args) > 1:
            self.cause = args[1]

    def is_a(self, name: str) -> bool:
        return self.cls.is_subclass_of(name)


def is_instance_of(value: object, name: str) -> bool:
    return isinstance(value, ObjectBehaviour) and value.cls.is_subclass_of(name)


def _getter(prefix: str, name: str) -> str:
    return prefix + name[:1].upper() + name[1:]


def _accessor(name: str) -> tuple[str, str] | None:
    for prefix in ("get", "set", "is"):
        if name.startswith(prefix) and len(name) > len(prefix) and name[len(prefix)].isupper():
            rest = name[len(prefix) :]
            return (prefix, rest[0].lower() + rest[1:])
    return None


# ---- fields, bypassing accessors ------------------------------------------------------------
# `getfield`/`setfield` are what a class's own code compiles to for its own fields (`x`,
# `this.x`, `this.@x`); the compiler passes `this`, or the class for a static field.
# `get_attribute`/`set_attribute` are `obj.@x` on any value: only script classes and their
# instances have fields a script may reach; everything else answers MissingFieldException, as
# Groovy does for the private fields of Java classes (convoscript never reaches a Java field).


def getfield(holder: object, owner: str, name: str) -> object:
    if isinstance(holder, ObjectBehaviour):
        return holder.fields.get(holder.cls.slot(owner, name))
    if isinstance(holder, ScriptClass):
        return holder.statics.get(name)
    raise missing_field(holder, name)


def setfield(holder: object, owner: str, name: str, value: object) -> object:
    if isinstance(holder, ObjectBehaviour):
        cls = holder.cls
        while cls.name != owner and cls.superclass is not None:
            cls = cls.superclass  # the declaring class: its declaration gives the type
        meta = cls.fields.get(name)
        value = cls.frame.cast_field(meta, value) if meta is not None else value
        holder.fields[holder.cls.slot(owner, name)] = value
        return value
    if isinstance(holder, ScriptClass):
        meta = holder.static_fields.get(name)
        value = holder.frame.cast_field(meta, value) if meta is not None else value
        holder.statics[name] = value
        return value
    raise missing_field(holder, name)


def super_getprop(obj: object, owner: str, name: str) -> object:
    return obj.super_getprop(owner, name)  # type: ignore[attr-defined]


def super_setprop(obj: object, owner: str, name: str, value: object) -> object:
    return obj.super_setprop(owner, name, value)  # type: ignore[attr-defined]


def incdec_field(holder: object, owner: str, name: str, fn, prefix: bool) -> object:
    old = getfield(holder, owner, name)
    new = setfield(holder, owner, name, fn(old))
    return new if prefix else old


def _attribute(obj: object, name: str) -> tuple[ScriptClass, FieldMeta, dict, object]:
    """Where `obj.@name` lives: the declaring class, the declaration, the dict holding the
    value and its key there."""
    if isinstance(obj, ObjectBehaviour):
        found = obj.cls.visible_field(name)
        if found is not None:
            owner, meta = found
            if meta.static:
                return owner, meta, owner.statics, name
            return owner, meta, obj.fields, obj.cls.slot(owner.name, name)
    elif isinstance(obj, ScriptClass):
        found = obj.visible_field(name)
        if found is not None and found[1].static:
            return found[0], found[1], found[0].statics, name
    raise missing_field(obj, name)


def get_attribute(obj: object, name: str) -> object:
    """`obj.@name`: the field itself, without its getter."""
    _, _, holder, key = _attribute(obj, name)
    return holder.get(key)


def set_attribute(obj: object, name: str, value: object) -> object:
    """`obj.@name = value`: the field itself, without its setter (cast to its type)."""
    owner, meta, holder, key = _attribute(obj, name)
    if meta.final:
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"Cannot set the property '{name}' because the backing field is final.",
        )
    holder[key] = value = owner.frame.cast_field(meta, value)
    return value


def missing_field(obj: object, name: str) -> GroovyThrowable:
    if obj is None:
        owner = "org.codehaus.groovy.runtime.NullObject"  # Groovy's null answers
    elif isinstance(obj, ScriptClass):
        owner = obj.name
    elif isinstance(obj, ClassRef):
        owner = obj.qualified
    else:
        owner = java_class_name(obj)
    return GroovyThrowable("MissingFieldException", f"No such field: {name} for class: {owner}")
