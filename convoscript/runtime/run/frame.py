"""One run of one compiled script: fresh globals, the binding (service handles and binding
variables), stdout, and the entry points bound to this run."""

from __future__ import annotations

import sys
from collections.abc import Callable

from convoscript.compiler.artifact import ClassMeta, FieldMeta, MethodMeta
from convoscript.runtime.core.casts import cast
from convoscript.runtime.core.closures import call_closure, executing_closure
from convoscript.runtime.core.keys import LIST_TYPES
from convoscript.runtime.core.suggestions import (
    Signature,
    argument_classes,
    method_tail,
    script_methods,
)
from convoscript.runtime.core.suggestions import overloads as method_overloads
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import ClassRef, ScriptSelf, java_class_name
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.dispatch import getprop, invoke, route_invoke, setprop
from convoscript.runtime.door.entrypoints import STATIC_ENTRY_POINTS, varargs
from convoscript.runtime.door.fitting import check_param, fit
from convoscript.runtime.door.overloads import nearest, untyped
from convoscript.runtime.door.scriptclasses import ObjectBehaviour, ScriptClass
from convoscript.runtime.door.superclasses import script_superclass
from convoscript.runtime.model import budget, runcontext
from convoscript.runtime.model.exceptions import GroovyThrowable, no_signature, no_such_property
from convoscript.runtime.model.values import DELEGATE_ONLY, OWNER_FIRST, OWNER_ONLY, Closure

_CALL_CLOSURE = call_closure.__code__


def _delegate_reaches_caller() -> bool:
    """Whether the innermost closure called with a delegate encloses the generated code that
    asks (a closure body, or a closure nested in it). Walking out from that code, the call of
    the delegated closure comes first; a script or class method's frame (`m_*`) first means
    the method was called from inside the block and its closures do not see the block's
    delegate (their owner chain does not include it). Only walked while a delegate is set."""
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code is _CALL_CLOSURE:
            if frame.f_locals["closure"].delegate is not None:
                return True
        elif code.co_name.startswith("m_") and code.co_filename.startswith("<groovy:"):
            return False
        frame = frame.f_back  # type: ignore[assignment]
    return False


# Properties a closure body reads from the closure itself, before the binding or delegate.
_CLOSURE_OWN = frozenset(
    {"delegate", "owner", "thisObject", "resolveStrategy", "maximumNumberOfParameters"}
)


# MethodMeta.max_args of a method whose last parameter is varargs (compiler/resolve.py)
_VARARGS = 10**6


class Frame:
    def __init__(
        self,
        code,
        constants: tuple[tuple[str, object], ...],
        methods: tuple[MethodMeta, ...],
        binding: dict,
        stdout: list[str],
        run_budget: budget.Budget | None = None,
        classes: tuple[ClassMeta, ...] = (),
        global_names: frozenset[str] | None = None,
    ):
        """`global_names`: the names the code loads (CompiledScript.global_names); only the
        run-bound entry points among them are made (most scripts use two or three of them)."""
        self.budget = run_budget or budget.current()
        self.binding = binding
        self.stdout = stdout
        self.self_ref = ScriptSelf(self)
        g: dict[str, object] = dict(STATIC_ENTRY_POINTS)
        g["__builtins__"] = {}
        g.update(constants)
        if global_names is None:
            g.update(self.entry_points())
        else:
            for name in _RUN_ENTRY_NAMES.intersection(global_names):
                g[name] = _RUN_ENTRY_POINTS[name](self)
        exec(code, g)
        self.globals = g
        # script methods by name: each overload's function (of this run) and its metadata
        self.methods: dict[str, list[tuple[Callable, MethodMeta]]] = {}
        for method in methods:
            fn: Callable = g[method.pyname]  # type: ignore[assignment]
            self.methods.setdefault(method.name, []).append((fn, method))
        self.classes: dict[str, ScriptClass] = {}
        runcontext.current().script_self = self.self_ref
        runcontext.current().script_classes = self.classes
        runcontext.current().script_types = {m.name: (m.kind, m.interfaces) for m in classes}
        names = {m.name for m in classes}
        runcontext.current().script_supers = {
            m.name: script_superclass(m.superclass, m.kind, names) for m in classes
        }
        for meta in classes:
            superclass = self.classes.get(meta.superclass) if meta.superclass else None
            self.classes[meta.name] = ScriptClass(self, meta, superclass, g.__getitem__)
        # a class's enum constants and static initialisers run on its first use, inside the
        # budget (ScriptClass.initialise), not here: Groovy initialises a class when first used

    def run(self) -> object:
        return self.globals["s_main"]()  # type: ignore[operator]

    def close(self) -> None:
        """Break the run's reference cycles (globals <-> script functions, the frame <-> its
        entry points, classes and `this`) once the run is over, so what it made is freed by
        reference counting at once instead of piling up for the cyclic GC, whose collections
        would otherwise pause later runs inside their time budgets. Code of this run called
        afterwards finds no runtime entry point and fails."""
        self.globals.clear()
        self.methods.clear()
        self.classes.clear()
        self.self_ref = None  # type: ignore[assignment]

    # -- binding --------------------------------------------------------------------------
    def binding_get(self, name: str) -> object:
        try:
            return self.binding[name]
        except KeyError:
            ext = runcontext.current().extension
            qualified = ext.resolve_class(name) if ext is not None else None  # type: ignore
            if qualified is not None:  # a class the embedder allowed (by simple name)
                return ClassRef(qualified)
            raise no_such_property("Script1", name) from None

    def binding_set(self, name: str, value: object) -> object:
        self.binding[name] = value
        return value

    # -- names inside closures: the delegate (with, DSLs) may answer ------------------------
    def _delegate(self) -> tuple[object, int] | None:
        delegates = runcontext.current().delegates
        return delegates[-1] if delegates and _delegate_reaches_caller() else None

    @staticmethod
    def _delegate_has(delegate: object, name: str) -> bool:
        if isinstance(delegate, dict):
            return True  # a Map answers every property (an absent key reads as null)
        if isinstance(delegate, (ObjectBehaviour, ScriptClass)):
            return delegate.has_property(name)  # without running a getter twice
        try:
            getprop(delegate, name)
            return True
        except GroovyThrowable:
            return False

    def dget(self, name: str) -> object:
        if name in _CLOSURE_OWN and name not in self.binding:
            own = self._closure_own(name)
            if own is not self:
                return own
        found = self._delegate()
        if found is None:
            return self.binding_get(name)
        delegate, strategy = found
        owner_first = strategy in (OWNER_FIRST, OWNER_ONLY)
        if owner_first and (name in self.binding or strategy == OWNER_ONLY):
            return self.binding_get(name)
        if self._delegate_has(delegate, name):
            return getprop(delegate, name)
        if strategy == DELEGATE_ONLY:
            return getprop(delegate, name)  # raises MissingPropertyException on the delegate
        return self.binding_get(name)

    def _closure_own(self, name: str) -> object:
        """`delegate`, `thisObject`, `resolveStrategy`, `maximumNumberOfParameters` read in a
        closure body are the closure's own properties (Groovy); `self` when not in a closure."""
        closure = executing_closure()
        if closure is None:
            return self
        return getprop(closure, name)  # the owner, thisObject, the delegate (or the owner)

    def dset(self, name: str, value: object) -> object:
        found = self._delegate()
        if found is None:
            return self.binding_set(name, value)
        delegate, strategy = found
        if strategy in (OWNER_FIRST, OWNER_ONLY) and (
            name in self.binding or strategy == OWNER_ONLY
        ):
            return self.binding_set(name, value)
        if strategy == DELEGATE_ONLY or self._delegate_has(delegate, name):
            setprop(delegate, name, value)
            return value
        return self.binding_set(name, value)

    def dcall(self, name: str, *args: object) -> object:
        if name == "call":  # `call(...)` in a closure body calls that closure (Groovy)
            closure = executing_closure()
            if closure is not None:
                return call_closure(closure, *args, method="call")
        found = self._delegate()
        if found is None:
            return self.call_binding(name, *args)
        delegate, strategy = found
        owner_has = (
            name in self.methods
            or isinstance(self.binding.get(name), Closure)
            or name in ("println", "print", "printf", "sprintf")
        )
        if strategy in (OWNER_FIRST, OWNER_ONLY) and (owner_has or strategy == OWNER_ONLY):
            return self.call_binding(name, *args)
        try:
            return invoke(delegate, name, *args)
        except GroovyThrowable as exc:
            if (
                strategy == DELEGATE_ONLY
                or exc.java_class != "MissingMethodException"
                or exc.details.get("method") != name
            ):
                raise
        return self.call_binding(name, *args)

    # -- names in closures inside class members: the delegate may answer, else `this` -------
    def _delegate_answers(self, owner, delegate: object, strategy: int, name: str) -> bool:
        """Whether the delegate, rather than the owner (the instance, or the class in a static
        member), answers property `name` of a closure in a class member."""
        if strategy == DELEGATE_ONLY:
            return True
        if strategy == OWNER_ONLY or (strategy == OWNER_FIRST and owner.has_property(name)):
            return False
        return self._delegate_has(delegate, name)

    def member_dget(self, owner: object, name: str) -> object:
        found = self._delegate()
        if found is not None and self._delegate_answers(owner, found[0], found[1], name):
            return getprop(found[0], name)
        return getprop(owner, name)

    def member_dset(self, owner: object, name: str, value: object) -> object:
        found = self._delegate()
        if found is not None and self._delegate_answers(owner, found[0], found[1], name):
            setprop(found[0], name, value)
        else:
            setprop(owner, name, value)
        return value

    def member_dcall(self, owner: object, name: str, *args: object) -> object:
        found = self._delegate()
        if found is None or found[1] == OWNER_ONLY:
            return invoke(owner, name, *args)
        delegate, strategy = found
        if strategy == DELEGATE_ONLY:
            return invoke(delegate, name, *args)
        first, then = (owner, delegate) if strategy == OWNER_FIRST else (delegate, owner)
        try:
            return invoke(first, name, *args)
        except GroovyThrowable as exc:
            if exc.java_class != "MissingMethodException" or exc.details.get("method") != name:
                raise
        return invoke(then, name, *args)

    def incdec_member_dyn(self, owner: object, name: str, fn, prefix: bool) -> object:
        old = self.member_dget(owner, name)
        new = fn(old)
        self.member_dset(owner, name, new)
        return new if prefix else old

    def incdec_dyn(self, name: str, fn, prefix: bool) -> object:
        old = self.dget(name)
        new = fn(old)
        self.dset(name, new)
        return new if prefix else old

    def incdec_binding(self, name: str, fn, prefix: bool) -> object:
        old = self.binding_get(name)
        new = fn(old)
        self.binding[name] = new
        return new if prefix else old

    # -- script methods -------------------------------------------------------------------
    def call_checked(self, fn: Callable, name: str, types: tuple, *args: object) -> object:
        """A call of the one overload of script method `name` that takes this many arguments,
        its typed parameters checked (and converted) first: a misfit is Groovy's
        MissingMethodException for the whole call."""
        fitted = list(args)
        for i, type_name in enumerate(types[: len(args)]):
            if type_name is None:
                continue
            try:
                fitted[i] = check_param(args[i], type_name, name)
            except GroovyThrowable as exc:
                if exc.java_class == "MissingMethodException":
                    raise self._no_method(name, args) from None
                raise
        return fn(*fitted)

    def varargs(self, values: tuple, component: str = "Object", owner: str = "closure") -> object:
        """A varargs parameter's array, in the prologue of script method `owner` (or closure):
        a misfit is Groovy's MissingMethodException for the whole call, at the call's line."""
        try:
            return varargs(values, component, owner)
        except GroovyThrowable as exc:
            if owner not in self.methods or exc.java_class != "MissingMethodException":
                raise
            method = sys._getframe(1)  # the method's function, running its prologue
            code = method.f_code
            fixed = tuple(method.f_locals[v] for v in code.co_varnames[: code.co_argcount])
            error = self._no_method(owner, fixed + values)
            caller = method.f_back
            while caller is not None and caller.f_code.co_filename != code.co_filename:
                caller = caller.f_back
            if caller is not None:  # Groovy never entered the method: the call's line
                error.groovy_line = caller.f_lineno
            raise error from None

    def call_script_method(self, name: str, args: tuple) -> object:
        typed = args
        args = untyped(args)
        fitting = []
        for fn, meta in self.methods.get(name, ()):
            if len(args) <= meta.max_args:
                fitted = fit(meta.param_types, args, name, meta.min_args)
                if fitted is not None:
                    fitting.append((fn, meta, fitted))
        if fitting:  # several overloads fit: Groovy calls the nearest
            chosen = nearest([(m, f) for _, m, f in fitting], typed, "Script1", name)
            fn, _, fitted = fitting[chosen]
            return fn(*fitted)
        output = _OUTPUT_METHODS.get(name)
        if output is not None:
            return output(self, *args)
        if name in _SCRIPT_GDK_METHODS:  # GDK methods of Object a script calls on itself
            return route_invoke(self.self_ref, ("Object",), name, args)
        if len(args) == 1 and type(args[0]) in LIST_TYPES and name in self.methods:
            # Groovy spreads a lone List argument over the parameters when nothing else fits
            for fn, meta in self.methods[name]:
                if meta.max_args >= _VARARGS and meta.min_args == 0:
                    # a varargs method takes the List as its one element (and casts it)
                    return fn(*args)
                spread = tuple(args[0])  # type: ignore[arg-type]
                if len(spread) <= meta.max_args:
                    fitted = fit(meta.param_types, spread, name, meta.min_args)
                    if fitted is not None:
                        return fn(*fitted)
        raise self._no_method(name, args)

    def fit_args(self, meta: MethodMeta, args: tuple) -> tuple | None:
        """Arguments for a class method/constructor overload, or None when they do not fit."""
        if len(args) > meta.max_args:
            return None
        return fit(meta.param_types, args, meta.name, meta.min_args)

    @staticmethod
    def cast_field(meta: FieldMeta, value: object) -> object:
        return cast(value, meta.type) if meta.type is not None else value

    def script_class(self, name: str) -> ScriptClass:
        return self.classes[name]

    def new_script(self, name: str, *args: object) -> object:
        return self.classes[name].construct(args)

    def this_ctor(self, obj: object, owner: str, *args: object) -> None:
        """`this(args)` in a constructor of class `owner`."""
        if not self.classes[owner].run_ctor(obj, args):  # type: ignore[arg-type]
            raise self._no_method(owner, args)

    def super_ctor(self, obj: object, owner: str, *args: object) -> None:
        """`super(args)` in a constructor of class `owner`."""
        self.classes[owner].run_super_ctor(obj, args)  # type: ignore[arg-type]

    @staticmethod
    def invoke_super(obj: object, owner: str, name: str, *args: object) -> object:
        return obj.invoke_super(owner, name, args)  # type: ignore[attr-defined]

    def call_name_args(self, name: str, argv: list) -> object:
        """`name(*list)`: a script method, builtin or binding closure, with spread arguments."""
        return self.call_binding(name, *argv)

    def call_binding(self, name: str, *args: object) -> object:
        value = self.binding.get(name)
        if isinstance(value, Closure):
            return call_closure(value, *args, method="call")
        return self.call_script_method(name, args)

    def _no_method(self, name: str, args: tuple) -> GroovyThrowable:
        types = ", ".join(java_class_name(a) for a in args)
        values = ", ".join(to_string(a) for a in args)
        tail = method_tail(name, argument_classes(args), self._method_candidates)
        return no_signature("Script1", name, types, values, args, tail)

    def _method_candidates(self) -> list[Signature]:
        """What "Possible solutions:" ranks for the script class (`Script1`)."""
        declared = [
            entry
            for overloads in self.methods.values()
            for _, meta in overloads
            for entry in method_overloads(meta, allowlist.resolve_class_name)
        ]
        return script_methods(declared)

    # -- output ---------------------------------------------------------------------------
    def write(self, text: str) -> None:
        budget.current().charge_output(len(text.encode("utf-8", "surrogatepass")))
        self.stdout.append(text)

    def println(self, *args: object) -> None:
        if len(args) > 1:
            raise self._no_method("println", args)
        self.write((to_string(args[0]) if args else "") + "\n")

    def print_(self, *args: object) -> None:
        if len(args) != 1:
            raise self._no_method("print", args)
        self.write(to_string(args[0]))

    def sprintf(self, fmt: object, *args: object) -> str:
        # the GDK's Object.sprintf, which ignores its receiver
        return route_invoke(None, ("Object",), "sprintf", (fmt, *args))  # type: ignore[return-value]

    def printf(self, fmt: object, *args: object) -> None:
        self.write(self.sprintf(fmt, *args))

    def entry_points(self) -> dict[str, object]:
        """Every run-bound entry point (a frame makes only those its code uses)."""
        return {name: make(self) for name, make in _RUN_ENTRY_POINTS.items()}


# The entry points bound to one run, each made from its frame when the code uses it. The hot
# ones are bound to the run's budget: no context lookup per step.
_RUN_ENTRY_POINTS: dict[str, Callable[[Frame], object]] = {
    "h_tick": lambda f: f.budget.tick,
    "h_enter": lambda f: f.budget.enter,
    "h_guard": lambda f: f.budget.guard,
    "h_script_class": lambda f: f.script_class,
    "h_new_script": lambda f: f.new_script,
    "h_call_name_args": lambda f: f.call_name_args,
    "h_this_ctor": lambda f: f.this_ctor,
    "h_super_ctor": lambda f: f.super_ctor,
    "h_invoke_super": lambda f: f.invoke_super,
    "h_dget": lambda f: f.dget,
    "h_dset": lambda f: f.dset,
    "h_dcall": lambda f: f.dcall,
    "h_incdec_dyn": lambda f: f.incdec_dyn,
    "h_member_dget": lambda f: f.member_dget,
    "h_member_dset": lambda f: f.member_dset,
    "h_member_dcall": lambda f: f.member_dcall,
    "h_incdec_member_dyn": lambda f: f.incdec_member_dyn,
    "h_bget": lambda f: f.binding_get,
    "h_bset": lambda f: f.binding_set,
    "h_incdec_binding": lambda f: f.incdec_binding,
    "h_this": lambda f: lambda: f.self_ref,
    "h_call_script": lambda f: lambda name, *args: f.call_script_method(name, args),
    "h_call_binding": lambda f: f.call_binding,
    "h_call_checked": lambda f: f.call_checked,
    "h_varargs": lambda f: f.varargs,
    "h_println": lambda f: f.println,
    "h_print": lambda f: f.print_,
    "h_printf": lambda f: f.printf,
    "h_sprintf": lambda f: f.sprintf,
}
_RUN_ENTRY_NAMES = frozenset(_RUN_ENTRY_POINTS)

# `use(Category) { ... }`: the GDK's Object.use, which the library answers (only for the
# categories it allows); called by name, it is the script's own
_SCRIPT_GDK_METHODS = frozenset({"use"})

# Groovy's output methods, which a script may call by name without an entry point
_OUTPUT_METHODS: dict[str, Callable[..., object]] = {
    "println": Frame.println,
    "print": Frame.print_,
    "printf": Frame.printf,
    "sprintf": Frame.sprintf,
}
