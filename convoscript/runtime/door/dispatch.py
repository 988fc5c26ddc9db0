"""The one door: every method call, property access, index and `new` a script makes.

Generated code never touches a Python object directly; it calls these functions, which consult
the allow-list (`allowlist.py`) and refuse everything else. Refusals of dangerous members raise
`SecurityRefused` (uncatchable by scripts); members that simply do not exist raise Groovy's
`MissingMethodException` / `MissingPropertyException`, as Groovy would.
"""

from __future__ import annotations

import sys

from convoscript.runtime.core import upcalls
from convoscript.runtime.core.arrays import JavaArray
from convoscript.runtime.core.casts import cast
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.keys import ListKey, MapKey, as_key
from convoscript.runtime.core.suggestions import java_properties, property_tail
from convoscript.runtime.core.text import as_java_string, to_string
from convoscript.runtime.core.types import (
    ClassRef,
    MapEntry,
    ScriptSelf,
    dispatch_chain,
    has_fixed_chain,
    java_class_name,
    simple_class_name,
)
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.closureowners import owner_of
from convoscript.runtime.door.missing import missing_method, missing_property, refuse
from convoscript.runtime.door.signatures import NoSignature
from convoscript.runtime.door.superclasses import superclass_of
from convoscript.runtime.door.surface import NullArgument, null_pointer
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable, java_is_a, no_such_property
from convoscript.runtime.model.positions import column_at
from convoscript.runtime.model.runcontext import PerRun, current
from convoscript.runtime.model.values import (
    DELEGATE_FIRST,
    DELEGATE_ONLY,
    OWNER_ONLY,
    Closure,
    GString,
    IntRange,
    MethodClosure,
)


class DeniedClass:
    """A class the sandbox knows and refuses: any use of it is a SecurityRefused."""

    __slots__ = ("qualified", "simple")
    # as a value (printed, interpolated, in a cast error) it is the Class object Java shows
    java_class = "java.lang.Class"

    def __init__(self, qualified: str):
        self.qualified = qualified
        self.simple = qualified.rsplit(".", 1)[-1]

    def groovy_to_string(self) -> str:
        """`println System` prints `class java.lang.System`, as Groovy does; nothing of the
        class is reachable through its name."""
        return f"class {self.qualified}"


def _arg_types(args: tuple) -> str:
    return ", ".join(simple_class_name(a) if a is not None else "null" for a in args)


def check_member_name(name: str, receiver: object, args: tuple | None = None) -> None:
    """Refuse dunder names and the permanently denied members before any lookup."""
    if name.startswith("__") or name in allowlist.DENIED_MEMBERS:
        if name in allowlist.SCRIPT_OBJECT_PROPERTIES and hasattr(receiver, "bean_properties"):
            return  # a script object's own properties: a map of its values (see the receiver)
        if (
            args == ()
            and isinstance(receiver, GroovyThrowable)
            and java_is_a(receiver.java_class, allowlist.EXCEPTION_GETTERS.get(name, ""))
        ):
            return  # `e.getMethod()`: the name the exception carries (see the table)
        if isinstance(receiver, DeniedClass):
            kind = receiver.simple
        elif isinstance(receiver, ClassRef):
            kind = "Class"
        elif isinstance(receiver, ScriptSelf):
            kind = "Script"
        else:
            kind = simple_class_name(receiver)
        params = "" if args is None else _arg_types(args)
        raise refuse(f"{kind}.{allowlist.DENIED_MEMBERS.get(name, name)}({params})")


# ---- method calls ---------------------------------------------------------------------------
# (receiver type, method name) -> the allow-list implementations `invoke` would try, in chain
# order. Filled by `invoke` itself, only for plain value types (their dispatch chain depends on
# the type alone, they have no `script_invoke`) and only after `check_member_name` passed; it
# holds nothing but allow-list entries, so it is a memo of the door, not a second door.
_METHOD_CACHE: dict[tuple[type, str], tuple] = {}


def invoke(receiver: object, name: str, *args: object) -> object:
    """`receiver.name(args)`."""
    fns = _METHOD_CACHE.get((type(receiver), name))
    if fns is not None:  # fast path: the lookups below, done once per type and name
        null_refused = False
        for fn in fns:
            try:
                return fn(receiver, *args)
            except NullArgument:
                null_refused = True
            except NoSignature:
                continue
        return _invoke_fallback(receiver, name, args, null_refused)
    if receiver is None:
        return _invoke_on_null(name, args)
    check_member_name(name, receiver, args)
    handle_invoke = getattr(type(receiver), "script_invoke", None)
    if handle_invoke is not None:  # service handles and script-defined objects
        return handle_invoke(receiver, name, args)
    if isinstance(receiver, ClassRef):
        return _invoke_static(receiver, name, args)
    if isinstance(receiver, DeniedClass):
        raise refuse(f"{receiver.simple}.{name}({_arg_types(args)})")
    if isinstance(receiver, ScriptSelf):
        return receiver.frame.call_script_method(name, args)  # type: ignore[attr-defined]
    found = []
    for kind in dispatch_chain(receiver):
        table = allowlist.METHODS.get(kind)
        fn = None if table is None else table.get(name)
        if fn is not None:
            found.append(fn)
    if found and has_fixed_chain(type(receiver)):
        _METHOD_CACHE[(type(receiver), name)] = tuple(found)
    null_refused = False
    for fn in found:
        try:
            return fn(receiver, *args)
        except NullArgument:
            null_refused = True
        except NoSignature:
            continue
    return _invoke_fallback(receiver, name, args, null_refused)


def _invoke_fallback(
    receiver: object, name: str, args: tuple, null_refused: bool = False
) -> object:
    """No allow-list method fits: a Map's closure value, the embedder's extension, or
    MissingMethodException. When a method fitted but refused a null argument
    (`null_refused`, surface.NullArgument) the method was found and failed: Java's
    NullPointerException."""
    if type(receiver) in (dict, MapKey) and name in receiver:  # type: ignore[operator]
        value = receiver[name]  # type: ignore[index]
        if isinstance(value, Closure):
            return call_closure(value, *args, method="call")
    # Groovy lets an instance call its class's static methods: `"%d".format(...)` is
    # String.format with the receiver ignored (checked on Groovy 2.4)
    static = allowlist.STATIC_METHODS.get(java_class_name(receiver), {}).get(name)
    if static is not None:
        try:
            return static(*args)
        except NullArgument:
            null_refused = True
        except NoSignature:
            pass
    if null_refused:
        raise null_pointer()
    ext = _extension()
    if ext is not None:
        for kind in dispatch_chain(receiver):
            fn = ext.methods.get(kind, {}).get(name)
            if fn is not None:
                try:
                    return fn(receiver, *args)
                except NoSignature:  # its declared parameter types refuse these arguments
                    continue
    if isinstance(receiver, Closure):
        return _invoke_on_closure_owners(receiver, name, args)
    raise missing_method(receiver, name, args)


def _invoke_on_closure_owners(closure: Closure, name: str, args: tuple) -> object:
    """`closure.name(args)` that no Closure method takes: Groovy's ClosureMetaClass sends it on
    to the closure's owner and delegate, in its resolve strategy's order (`c.helper(1)` calls
    the script's `helper`); when neither has the method, the first one's
    MissingMethodException is the error. Both are values the script already holds, reached
    through the door like any receiver."""
    owner = owner_of(closure)
    delegate = closure.delegate
    strategy = closure.resolve_strategy
    targets: list[object]
    if strategy == DELEGATE_ONLY:
        targets = [delegate]
    elif strategy == OWNER_ONLY:
        targets = [owner]
    elif strategy == DELEGATE_FIRST:
        targets = [delegate, owner]
    else:
        targets = [owner, delegate]
    first: GroovyThrowable | None = None
    for target in targets:
        if target is None:
            continue
        try:
            return invoke(target, name, *args)
        except GroovyThrowable as exc:
            if exc.java_class != "MissingMethodException" or exc.details.get("method") != name:
                raise
            first = first or exc
    if first is not None:
        raise first
    raise missing_method(closure, name, args)


def _extension():
    """The embedder's allow-list extension for this run, if any (consulted only on a miss)."""

    return current().extension


_NULL_METHODS = {
    "toString": lambda: "null",
    "hashCode": lambda: 0,
    "asBoolean": lambda: False,
    "inspect": lambda: "null",
}


# Groovy's GDK methods on Object also run on null (its NullObject iterates as empty), so
# `transientVariableService.getVariable("absent").each { }` does nothing rather than fail.
# Checked on Groovy 2.4; each entry takes the call's arguments and needs one closure.
_NULL_ITERATION = {
    "each": lambda c: None,
    "eachWithIndex": lambda c: None,
    "collect": lambda c: [],
    "findAll": lambda c: [],
    "find": lambda c: None,
    "any": lambda c: False,
    "every": lambda c: True,
    "split": lambda c: [[], []],
    "with": lambda c: call_closure(c, None),
}


def _invoke_on_null(name: str, args: tuple) -> object:
    if not args and name in _NULL_METHODS:
        return _NULL_METHODS[name]()
    if name in _NULL_ITERATION and len(args) == 1 and isinstance(args[0], Closure):
        return _NULL_ITERATION[name](args[0])
    if name == "inject" and len(args) == 2 and isinstance(args[1], Closure):
        return args[0]  # nothing to fold: the initial value
    if name == "grep" and len(args) <= 1:
        return []
    if name in ("equals", "is") and len(args) == 1:
        return args[0] is None
    if name == "getClass" and not args:
        return ClassRef("org.codehaus.groovy.runtime.NullObject")  # as Groovy's null answers
    if name == "plus" and len(args) == 1:  # NullObject.plus, as `null + x`
        if isinstance(args[0], (str, GString)):
            return "null" + to_string(args[0])
        raise GroovyThrowable("NullPointerException", f"Cannot execute null+{to_string(args[0])}")
    raise GroovyThrowable("NullPointerException", f"Cannot invoke method {name}() on null object")


# Object's methods a class reference answers as any value does (`c.is(Object)`, `c.equals(d)`;
# `c.getClass()` is answered before these: java.lang.Class, as `c.class` is)
_CLASS_AS_OBJECT = {"is": 1, "equals": 1, "hashCode": 0, "toString": 0, "inspect": 0}


def _invoke_static(cls: ClassRef, name: str, args: tuple) -> object:
    statics = allowlist.STATIC_METHODS.get(cls.qualified, {})
    fn = statics.get(name)
    if fn is None:
        ext = _extension()
        if ext is not None and name in ext.static_methods.get(cls.qualified, {}):
            try:
                return ext.static_methods[cls.qualified][name](*args)
            except NoSignature:
                raise missing_method(cls, name, args) from None
    if fn is not None:
        try:
            return fn(*args)
        except NullArgument:
            raise null_pointer() from None
        except NoSignature:
            pass
    if name in ("getName", "getSimpleName") and not args:
        return cls.qualified if name == "getName" else cls.simple
    if name == "getSuperclass" and not args:
        return superclass_of(cls.qualified)
    if name == "getClass" and not args:
        return class_of(cls)  # `Integer.getClass()` is `Integer.class.class`: the Class class
    if name in _CLASS_AS_OBJECT and len(args) == _CLASS_AS_OBJECT[name]:
        return route_invoke(cls, ("Object",), name, args)  # a class is an object too
    if name in allowlist.CLASS_DENIED_METHODS or fn is None and name.startswith(("get", "for")):
        raise refuse(f"{cls.simple}.{name}({_arg_types(args)})")
    raise missing_method(cls, name, args)


def route_invoke(receiver: object, kinds: tuple, name: str, args: tuple) -> object:
    """`receiver.name(args)` through the given allow-list tables, most specific first: for
    value types that answer some methods themselves and leave the rest to these tables."""
    null_refused = False
    for kind in kinds:
        fn = allowlist.METHODS.get(kind, {}).get(name)
        if fn is None:
            continue
        try:
            return fn(receiver, *args)
        except NullArgument:
            null_refused = True
        except NoSignature:
            continue
    if null_refused:
        raise null_pointer()
    raise missing_method(receiver, name, args)


def route_getprop(receiver: object, kinds: tuple, name: str) -> object:
    """`receiver.name` through the getters of the given allow-list tables (and `class`)."""
    if name == "class":
        return class_of(receiver)
    getter = "get" + _getter_name(name)
    for kind in kinds:
        fn = allowlist.METHODS.get(kind, {}).get(getter)
        if fn is not None:
            try:
                return fn(receiver)
            except NoSignature:
                continue
    raise missing_property(receiver, name)


def call_value(func: object, *args: object) -> object:
    """Calling the value of an expression: `closure(1)`, `this.&m(1)`."""
    if isinstance(func, Closure):
        return call_closure(func, *args, method="call")
    if func is None:
        raise GroovyThrowable("NullPointerException", "Cannot invoke method call() on null object")
    return invoke(func, "call", *args)


def method_pointer(receiver: object, name: str) -> MethodClosure:
    check_member_name(name, receiver)
    if receiver is None:
        raise GroovyThrowable("NullPointerException", "Cannot get method pointer on null object")
    return MethodClosure(receiver, name, invoke)


# ---- properties -----------------------------------------------------------------------------
def getprop(receiver: object, name: str) -> object:
    """`receiver.name`: map key, getter (`getName()`/`isName()`), or a known property."""
    t = type(receiver)
    if t is dict or t is MapKey:
        if name.startswith("__"):
            check_member_name(name, receiver)
        return receiver.get(name)  # type: ignore[union-attr]
    if receiver is None:
        raise GroovyThrowable(
            "NullPointerException", f"Cannot get property '{name}' on null object"
        )
    check_member_name(name, receiver)
    if name == "class":
        return class_of(receiver)
    handle_get = getattr(t, "script_getprop", None)
    if handle_get is not None:
        return handle_get(receiver, name)
    if isinstance(receiver, ClassRef):
        return _static_property(receiver, name)
    if isinstance(receiver, DeniedClass):
        nested = allowlist.NESTED_IN_DENIED.get((receiver.qualified, name))
        if nested is not None:
            return ClassRef(nested)  # `Thread.State`: an inert enum (see the table)
        raise refuse(f"{receiver.simple}.{name}")
    if isinstance(receiver, ScriptSelf):
        return receiver.frame.binding_get(name)  # type: ignore[attr-defined]
    for kind in dispatch_chain(receiver):
        props = allowlist.PROPERTIES.get(kind)
        if props is not None and name in props:
            return props[name](receiver)
    getter = _getter_name(name)
    for prefix in ("get", "is"):
        for kind in dispatch_chain(receiver):
            table = allowlist.METHODS.get(kind)
            if table is None:
                continue
            fn = table.get(prefix + getter)
            if fn is None:
                continue
            try:
                value = fn(receiver)
            except NoSignature:
                continue
            if prefix == "is" and type(value) is not bool:
                continue
            return value
    if t is list or t is ListKey or isinstance(receiver, IntRange):
        # `list.name` collects the property of each element (Groovy's implicit spread, which,
        # unlike `list*.name`, skips null elements)
        items = receiver if isinstance(receiver, list) else receiver.to_range()  # type: ignore[union-attr]
        b = budget.current()
        b.check_collection(len(items))  # the result's size, before a range is walked
        b.tick(len(items))
        return [getprop(item, name) for item in items if item is not None]
    raise missing_property(receiver, name)


def _getter_name(name: str) -> str:
    return name[:1].upper() + name[1:]


def _static_property(cls: ClassRef, name: str) -> object:
    fields = allowlist.STATIC_FIELDS.get(cls.qualified, {})
    if name in fields:
        return _static_value(fields[name])
    ext = _extension()
    if ext is not None and name in ext.static_fields.get(cls.qualified, {}):
        return _static_value(ext.static_fields[cls.qualified][name])
    if name == "name":
        return cls.qualified
    if name == "simpleName":
        return cls.simple
    if name == "superclass":
        return superclass_of(cls.qualified)
    getter = allowlist.STATIC_METHODS.get(cls.qualified, {}).get("get" + _getter_name(name))
    if getter is not None:  # `Calendar.instance` is Calendar.getInstance()
        try:
            return getter()
        except NoSignature:
            pass
    if name in allowlist.CLASS_DENIED_PROPERTIES:
        raise refuse(f"Class.{allowlist.CLASS_DENIED_PROPERTIES[name]}()")
    raise missing_property(cls, name)


def _static_value(value: object) -> object:
    """A static field's value as this run sees it: a mutable one is the run's own copy."""
    return current().static_value(value) if type(value) is PerRun else value


def setprop(receiver: object, name: str, value: object) -> object:
    """`receiver.name = value`; returns value (an assignment is an expression)."""
    if type(receiver) is dict or type(receiver) is MapKey:
        if name.startswith("__"):
            check_member_name(name, receiver)
        receiver[name] = value  # type: ignore[index]
        return value
    if receiver is None:
        raise GroovyThrowable(
            "NullPointerException", f"Cannot set property '{name}' on null object"
        )
    check_member_name(name, receiver)
    handle_set = getattr(type(receiver), "script_setprop", None)
    if handle_set is not None:
        handle_set(receiver, name, value)
        return value
    if isinstance(receiver, ScriptSelf):
        receiver.frame.binding_set(name, value)  # type: ignore[attr-defined]
        return value
    if isinstance(receiver, MapEntry) and name == "value":
        receiver.value = value
        if receiver.owner is not None:
            receiver.owner[receiver.key] = value
        return value
    if isinstance(receiver, (ClassRef, DeniedClass)):
        raise refuse(f"{receiver.simple}.{name} = ...")
    setter = "set" + _getter_name(name)
    for kind in dispatch_chain(receiver):
        table = allowlist.METHODS.get(kind)
        if table is not None and setter in table:
            try:
                table[setter](receiver, value)
                return value
            except NullArgument:  # the setter took null and failed on it, as Java's would
                raise null_pointer() from None
            except NoSignature:
                continue
    if type(receiver) is list or type(receiver) is ListKey:
        for item in receiver:  # type: ignore[union-attr]
            setprop(item, name, value)
        return value
    owner = java_class_name(receiver)
    if _has_getter(receiver, name):
        raise GroovyThrowable(
            "ReadOnlyPropertyException", f"Cannot set readonly property: {name} for class: {owner}"
        )
    tail = property_tail(name, lambda: java_properties(owner))
    raise no_such_property(owner, name, details=False, suggestions=tail)


def _has_getter(receiver: object, name: str) -> bool:
    getter = "get" + _getter_name(name)
    return any(
        getter in allowlist.METHODS.get(k, {}) or name in allowlist.PROPERTIES.get(k, {})
        for k in dispatch_chain(receiver)
    )


def class_of(value: object) -> object:
    if value is None:
        raise GroovyThrowable("NullPointerException", "Cannot get property 'class' on null object")
    if isinstance(value, ClassRef):
        return ClassRef("java.lang.Class")
    return ClassRef(java_class_name(value))


# ---- indexing ----------------------------------------------------------------------------
def getat(receiver: object, index: object) -> object:
    """`receiver[index]` (Groovy's getAt)."""
    if type(receiver) is list and type(index) is int:
        size = len(receiver)  # type: ignore[arg-type]
        if 0 <= index < size:  # type: ignore[operator]
            return receiver[index]  # type: ignore[index]
    if receiver is None:
        raise GroovyThrowable("NullPointerException", "Cannot invoke method getAt() on null object")
    if type(receiver) is dict:
        if type(index) is GString:
            index = as_java_string(index)  # `m["$k"]` finds the String key, as in Groovy
        try:
            return receiver.get(index)  # type: ignore[union-attr]
        except TypeError:  # a List/Map/Set key (keys.py)
            return receiver.get(as_key(index))  # type: ignore[union-attr]
    return invoke(receiver, "getAt", index)


def putat(receiver: object, index: object, value: object) -> object:
    """`receiver[index] = value` (Groovy's putAt); returns value."""
    if receiver is None:
        raise GroovyThrowable("NullPointerException", "Cannot invoke method putAt() on null object")
    if type(receiver) is dict:
        if type(index) is GString:
            index = as_java_string(index)
        try:
            receiver[index] = value  # type: ignore[index]
        except TypeError:  # a List/Map/Set key (keys.py)
            receiver[as_key(index)] = value  # type: ignore[index]
        budget.current().check_collection(len(receiver))  # type: ignore[arg-type]
        return value
    if isinstance(receiver, JavaArray) and type(index) is int:
        value = cast(value, receiver.component())  # `ints[0] = 3.7` stores 3, as Java does
    invoke(receiver, "putAt", index, value)
    return value


# ---- construction ---------------------------------------------------------------------------
def construct(type_name: str, *args: object) -> object:
    """`new Type(args)`: only allow-listed constructors; `type_name` is as resolved."""
    qualified = allowlist.resolve_class_name(type_name)
    ext = _extension()
    if ext is not None and (qualified is None or qualified not in allowlist.CONSTRUCTORS):
        extended = ext.resolve_class(type_name)
        if extended is not None and extended in ext.constructors:
            try:
                return ext.constructors[extended](*args)
            except NoSignature:
                raise GroovyThrowable(
                    "GroovyRuntimeException",
                    f"Could not find matching constructor for: {extended}({_arg_types(args)})",
                ) from None
    if (
        qualified is None
        or qualified in allowlist.DENIED_CLASSES
        or qualified not in allowlist.CONSTRUCTORS
    ):
        shown = qualified or type_name
        raise refuse(f"new {shown}({_arg_types(args)})")
    try:
        made = allowlist.CONSTRUCTORS[qualified](*args)
    except NullArgument:
        raise null_pointer() from None
    except NoSignature:
        types = ", ".join(java_class_name(a) for a in args)  # Groovy names them qualified
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"Could not find matching constructor for: {qualified}({types})",
        ) from None
    if isinstance(made, GroovyThrowable):
        # Java reports a throwable where it was created
        made.groovy_line, made.groovy_column = _script_position()
    return made


def _script_position() -> tuple[int | None, int | None]:
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith("<groovy:"):
            line = frame.f_lineno
            return line, column_at(frame.f_code, frame.f_lasti, line)
        frame = frame.f_back  # type: ignore[assignment]
    return None, None


def class_ref(name: str) -> object:
    """A class named in a script: a ClassRef when allowed, a DeniedClass when refused."""
    qualified = allowlist.resolve_class_name(name) or name
    if qualified in allowlist.DENIED_CLASSES:
        return DeniedClass(qualified)
    return ClassRef(qualified)


upcalls.install(
    route_invoke_fn=route_invoke,
    route_getprop_fn=route_getprop,
    getprop_fn=getprop,
    resolve_type_name_fn=allowlist.resolve_type_name,
)
