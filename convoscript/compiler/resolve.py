"""Name resolution: decides what every name in a script is, with Groovy's scope rules.

A name is a local (`def x`, a parameter, a loop or catch variable), a binding variable (assigned
without `def` at script level, or any unknown name: visible in script methods, as in Groovy), a
class (allowed or denied), a script method, or a builtin script method (`println`). Script-level
`def` locals are invisible inside script methods, so reading one there is a binding lookup that
fails at run time with MissingPropertyException, exactly as Groovy does.

The decisions go into a `Resolution` (scopes.py), tables keyed by node, for codegen; the tree is
left as parsed. Locals that a closure assigns are marked `boxed`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from convoscript.compiler.closurenames import closure_names
from convoscript.compiler.literals import number_values
from convoscript.compiler.scopes import (
    ClassInfo,
    ClosureInfo,
    FunctionInfo,
    MethodInfo,
    OwnField,
    Ref,
    RefKind,
    Resolution,
    VarInfo,
)
from convoscript.compiler.staticimports import apply_static_imports
from convoscript.compiler.traits import expand_traits
from convoscript.compiler.transforms import TransformError, apply_transforms, transform_name
from convoscript.errors import ConvoscriptError, FlowSyntaxError, SecurityViolation
from convoscript.grammar import nodes as n
from convoscript.grammar.budget import tick as compile_tick
from convoscript.grammar.scanner import PRIMITIVE_TYPES
from convoscript.runtime.door import allowlist
from convoscript.runtime.model.exceptions import JAVA_PARENTS

_T = TypeVar("_T")

BUILTIN_SCRIPT_METHODS = {"println", "print", "printf", "sprintf"}
REFUSED_SCRIPT_METHODS = {
    "evaluate": "Script.evaluate",
    "sleep": "Script.sleep",
    "getBinding": "Script.getBinding",
    "setBinding": "Script.setBinding",
    "getMetaClass": "Script.getMetaClass",
    "invokeMethod": "Script.invokeMethod",
    "run": "Script.run",
    "getProperty": "Script.getProperty",
    "setProperty": "Script.setProperty",
}
_PY_SAFE = re.compile(r"[^0-9A-Za-z_]")

# Annotations that change nothing at run time, or that convoscript implements (@Field).
# Every other annotation (AST transforms such as @Grab or @ASTTest) is refused: compiling a
# script never runs code.
HARMLESS_ANNOTATIONS = {
    "Override",
    "CompileStatic",
    "TypeChecked",
    "CompileDynamic",
    "SuppressWarnings",
    "Deprecated",
}
_HARMLESS_PACKAGES = {
    "Override": "java.lang",
    "SuppressWarnings": "java.lang",
    "Deprecated": "java.lang",
    "CompileStatic": "groovy.transform",
    "TypeChecked": "groovy.transform",
    "CompileDynamic": "groovy.transform",
}
FIELD_ANNOTATIONS = {"Field", "groovy.transform.Field"}
# the only annotations that may carry arguments, and only plain string literals
_ANNOTATIONS_WITH_STRING_ARGS = {"SuppressWarnings", "Deprecated"}


def _annotation_allowed(name: str, args: str) -> bool:
    """Accepted: @Field; the inert annotations by short name or their own package; string
    literal arguments for @SuppressWarnings/@Deprecated only (nothing nested, no members)."""
    short = name.rsplit(".", 1)[-1]
    if name in FIELD_ANNOTATIONS:
        return not args
    if transform_name(name) is not None:
        return True  # compiler/transforms.py writes its methods (its arguments are checked there)
    if short not in HARMLESS_ANNOTATIONS:
        return False
    if "." in name and name.rsplit(".", 1)[0] != _HARMLESS_PACKAGES[short]:
        return False  # `@org.evil.CompileStatic` is not groovy.transform's
    if not args:
        return True
    if short not in _ANNOTATIONS_WITH_STRING_ARGS:
        return False
    allowed_tokens = {"(", ")", "[", "]", ","}
    return (
        all(
            tok.split(":", 1)[0] in allowed_tokens or tok.startswith(("STRING:", "GSTRING:"))
            for tok in args.split(" ")
            if tok
        )
        and "$" not in args
    )


@dataclass(eq=False)
class Scope:
    function: FunctionInfo
    parent: Scope | None
    vars: dict[str, VarInfo] = field(default_factory=dict)
    loop: bool = False


class Resolver:
    def __init__(self, module: n.Module, recovered: list[ConvoscriptError] | None = None):
        self.module = module
        # None: the first refusal ends resolution (compiling). A list: each refusal is kept
        # there and resolution goes on with the next statement (`convoscript lint` reports
        # every refusal of a file at once, by the same rules).
        self.recovered = recovered
        self.filename = module.filename
        self.source = module.source
        self.out = Resolution(module, number_values(module))
        self.used_pynames: set[str] = set()
        self.methods = self.out.methods
        self.imports = self.out.imports
        self.scope: Scope | None = None
        self.loop_depth = 0
        self.switch_depth = 0
        self.closure_count = 0
        self.closure_fns: list[tuple[n.ClosureExpr, FunctionInfo]] = []
        self.classes: dict[str, ClassInfo] = {}
        # the script's @Field variables, by name
        self.field_names: set[str] = set()
        # inside a class member: (the class, whether the member is static)
        self.class_ctx: tuple[n.ClassDef, bool] | None = None
        # inside a constructor's own body (not a closure in it): it may set final fields
        self.in_ctor = False

    # -- errors ----------------------------------------------------------------------------
    def syntax_error(self, node: n.Node, message: str) -> FlowSyntaxError:
        return FlowSyntaxError.at(
            self.filename, self.source, node.line or 1, node.col or 1, message
        )

    def refuse(self, node: n.Node, signature: str, message: str | None = None) -> SecurityViolation:
        return SecurityViolation(
            signature,
            message or f"Groovy scripts are not allowed to use {signature}",
            file=self.filename,
            line=node.line or None,
            column=node.col or None,
        )

    def check_name(self, node: n.Node, name: str) -> None:
        if name.startswith("__"):
            raise self.refuse(node, name, f"Names starting with '__' are not allowed: {name}")

    # -- names -------------------------------------------------------------------------------
    def pyname(self, prefix: str, name: str) -> str:
        base = prefix + _PY_SAFE.sub("_S", name)
        candidate = base
        k = 1
        while candidate in self.used_pynames:
            k += 1
            candidate = f"{base}_{k}"
        self.used_pynames.add(candidate)
        return candidate

    def declare(self, node: n.Node, name: str, type_: str | None) -> VarInfo:
        self.check_name(node, name)
        assert self.scope is not None
        if self.lookup_local(name) is not None:
            raise self.syntax_error(
                node, f"The current scope already contains a variable of the name {name}"
            )
        var = VarInfo(name, self.pyname("v_", name), type_, self.scope.function)
        self.scope.vars[name] = var
        return var

    def lookup_local(self, name: str) -> VarInfo | None:
        """The local `name` visible here. A method's scope chain ends at the method (script
        locals are invisible in methods); a closure's continues into its enclosing function."""
        scope = self.scope
        while scope is not None:
            if name in scope.vars:
                return scope.vars[name]
            scope = scope.parent
        return None

    def push(self, function: FunctionInfo | None = None, loop: bool = False) -> None:
        fn = function or (self.scope.function if self.scope else None)
        assert fn is not None
        self.scope = Scope(fn, self.scope, loop=loop)

    def pop(self) -> None:
        assert self.scope is not None
        self.scope = self.scope.parent

    # -- entry ---------------------------------------------------------------------------
    def run(self) -> Resolution:
        module = self.module
        for stmt in module.body:
            if isinstance(stmt, n.Import):
                self.guarded(self.import_, stmt)
        for stmt in module.body:
            if isinstance(stmt, n.MethodDef):
                self.guarded(self.register_method, stmt)
            elif isinstance(stmt, n.ClassDef):
                self.guarded(self.register_class, stmt)
        self.field_names = _script_field_names(module.body)
        main = FunctionInfo("main", None, "run")
        self.scope = Scope(main, None)
        for stmt in module.body:
            if isinstance(stmt, (n.MethodDef, n.ClassDef)):
                continue
            self.stmt(stmt)
        for infos in self.methods.values():
            for info in infos:
                self.guarded(self.method_body, info)
        for cls in self.classes.values():
            self.guarded(self.class_bodies, cls)
        self.out.classes = list(self.classes.values())
        names = closure_names(fn for _, fn in self.closure_fns)
        for node, fn in self.closure_fns:
            self.out.closures[node] = replace(self.out.closures[node], name=names[fn])
        return self.out

    # -- classes ---------------------------------------------------------------------------
    def register_class(self, node: n.ClassDef) -> None:
        self.check_name(node, node.name)
        if node.name in self.classes:
            raise self.syntax_error(
                node, f"Invalid duplicate class definition of class {node.name}"
            )
        if node.name in allowlist.CLASS_NAMES or node.name in allowlist.DENIED_SIMPLE_NAMES:
            raise self.syntax_error(
                node, f"A class may not be named {node.name}: the name belongs to a built-in class"
            )
        self.check_annotations(node)
        for f in node.fields:
            self.check_name(f, f.name)
            self.check_annotations(f)
        # interface/abstract methods have no body
        methods = [self.member(node, m, m.name) for m in node.methods if not m.abstract]
        constructors = [self.member(node, m, "_ctor") for m in node.constructors]
        init_pyname = self.pyname(f"m_{node.name}_", "_init")
        clinit_pyname = self.pyname(f"m_{node.name}_", "_clinit")
        init = FunctionInfo("method", None, f"{node.name}.<init>")
        this = VarInfo("this", self.pyname("v_", "this"), None, init)
        self.classes[node.name] = ClassInfo(
            node, methods, constructors, init_pyname, clinit_pyname, this
        )

    def member(self, cls: n.ClassDef, node: n.MethodDef, tag: str) -> MethodInfo:
        self.check_annotations(node)
        self.check_name(node, node.name)
        return MethodInfo(
            node.name,
            self.pyname(f"m_{cls.name}_", tag),
            node,
            sum(1 for p in node.params if p.default is None),
            len(node.params),
        )

    def class_bodies(self, info: ClassInfo) -> None:
        cls = info.node
        if (
            cls.superclass
            and cls.superclass not in self.classes
            and cls.superclass.rsplit(".", 1)[-1] not in JAVA_PARENTS
        ):
            raise self.syntax_error(cls, f"unable to resolve class {cls.superclass}")
        for constant in cls.enum_constants:
            self.class_ctx = (cls, True)
            for a in constant.args:
                self.expr(a)
            self.class_ctx = None
        saved = (self.scope, self.loop_depth, self.switch_depth, self.class_ctx)
        for static in (False, True):
            fn = (
                FunctionInfo("method", None, f"{cls.name}.<init>")
                if static
                else info.init_this.function
            )
            self.scope = Scope(fn, None)
            self.class_ctx = (cls, static)
            for f in cls.fields:
                if f.static == static and f.value is not None:
                    self.expr(f.value)
        for method in info.methods + info.constructors:
            member = method.node
            fn = FunctionInfo("method", None, f"{cls.name}.{member.name}")
            self.scope = Scope(fn, None)
            self.loop_depth = self.switch_depth = 0
            self.class_ctx = (cls, member.static)
            self.in_ctor = method in info.constructors
            if not member.static:
                method.this = VarInfo("this", self.pyname("v_", "this"), None, fn)
            self.params(member.params)
            self.block(member.body, new_scope=False)
        self.in_ctor = False
        self.scope, self.loop_depth, self.switch_depth, self.class_ctx = saved

    def import_(self, node: n.Import) -> None:
        path = node.path
        if (
            path in FIELD_ANNOTATIONS
            or transform_name(path) is not None
            or path.rsplit(".", 1)[-1] in HARMLESS_ANNOTATIONS
            and path.startswith(("groovy.transform.", "java.lang."))
        ):
            return  # importing an annotation we accept changes nothing
        if node.star and path == "groovy.transform":
            return  # the same for all of them: any other annotation is refused where it is used
        if node.star:
            allowed = {q for q in allowlist.IMPORTABLE.values() if q.rsplit(".", 1)[0] == path}
            if not allowed and path not in ("java.util", "java.lang", "groovy.json"):
                raise self.refuse(node, f"import {path}.*")
            for q in allowed:
                self.imports[q.rsplit(".", 1)[-1]] = q
            return
        qualified = path
        if qualified in allowlist.DENIED_CLASSES or (
            qualified not in allowlist.IMPORTABLE.values()
            and qualified not in allowlist.CLASS_NAMES.values()
        ):
            raise self.refuse(node, f"import {qualified}")
        self.imports[node.alias or qualified.rsplit(".", 1)[-1]] = qualified

    def register_method(self, node: n.MethodDef) -> None:
        self.check_name(node, node.name)
        self.check_annotations(node)
        required = sum(1 for p in node.params if p.default is None)
        most = len(node.params)
        if node.params and (node.params[-1].type or "").endswith(("...", "[]")):
            required, most = required - 1, 10**6  # varargs: `T...` or a last `T[]`
        info = MethodInfo(node.name, self.pyname("m_", node.name), node, required, most)
        for other in self.methods.get(node.name, []):
            if (
                other.max_args == info.max_args
                and other.min_args == info.min_args
                and [p.type for p in other.node.params] == [p.type for p in node.params]
            ):
                raise self.syntax_error(
                    node, f"The method {node.name} is defined twice with the same parameters"
                )
        self.methods.setdefault(node.name, []).append(info)

    def method_body(self, info: MethodInfo) -> None:
        fn = FunctionInfo("method", None, info.name)
        saved, saved_loops = self.scope, (self.loop_depth, self.switch_depth)
        self.scope = Scope(fn, None)
        self.loop_depth = self.switch_depth = 0
        self.params(info.node.params)
        self.block(info.node.body, new_scope=False)
        self.scope, (self.loop_depth, self.switch_depth) = saved, saved_loops

    def params(self, params: list[n.Param]) -> None:
        """Declare parameters in order; a default value sees the parameters before it."""
        for p in params:
            if p.default is not None:
                self.expr(p.default)
            self.out.decls[p] = self.declare(p, p.name, p.type)

    # -- statements ------------------------------------------------------------------------
    def block(self, body: list[n.Node], new_scope: bool = True, loop: bool = False) -> None:
        if new_scope:
            self.push(loop=loop)
        for stmt in body:
            self.stmt(stmt)
        if new_scope:
            self.pop()

    def guarded(self, step: Callable[[_T], None], node: _T) -> None:
        """`step(node)`; when recovering, a refusal is kept and the resolver's position (scope,
        loops, class) is put back as it was before the step, so the next one starts clean."""
        if self.recovered is None:
            step(node)
            return
        saved = (
            self.scope,
            self.loop_depth,
            self.switch_depth,
            self.class_ctx,
            self.in_ctor,
        )
        try:
            step(node)
        except (FlowSyntaxError, SecurityViolation) as exc:
            self.recovered.append(exc)
            (
                self.scope,
                self.loop_depth,
                self.switch_depth,
                self.class_ctx,
                self.in_ctor,
            ) = saved

    def stmt(self, node: n.Node) -> None:
        if self.recovered is not None:  # each statement, nested ones too, on its own
            self.guarded(self.one_stmt, node)
        else:
            self.one_stmt(node)

    def one_stmt(self, node: n.Node) -> None:
        compile_tick(node.line, node.col)
        method = getattr(self, "s_" + type(node).__name__, None)
        if method is None:
            raise self.syntax_error(node, f"Unsupported statement: {type(node).__name__}")
        method(node)

    def s_ExprStmt(self, node: n.ExprStmt) -> None:
        self.expr(node.expr)

    def check_annotations(self, node: n.VarDecl | n.MethodDef | n.ClassDef) -> set[str]:
        names = set()
        for ann in node.annotations:
            if not _annotation_allowed(ann.name, ann.args):
                raise SecurityViolation(
                    f"@{ann.name}",
                    f"Annotation @{ann.name} is not "
                    "allowed: annotations that transform code at compile "
                    "time are refused",
                    file=self.filename,
                    line=ann.line,
                    column=ann.col,
                )
            names.add(ann.name)
        return names

    def s_VarDecl(self, node: n.VarDecl) -> None:
        annotations = self.check_annotations(node)
        if node.value is not None:
            self.expr(node.value)
        if annotations & FIELD_ANNOTATIONS:
            assert self.scope is not None
            if self.scope.function.kind != "main" or self.class_ctx is not None:
                raise self.syntax_error(node, "@Field is only allowed on script variables")
            self.out.script_fields.add(node)  # a script field: the binding
            return
        self.out.decls[node] = self.declare(node, node.name, node.type)

    def s_MultiDecl(self, node: n.MultiDecl) -> None:
        self.expr(node.value)
        self.out.multi_decls[node] = [
            self.declare(node, name, t) for name, t in zip(node.names, node.types)
        ]

    def s_Block(self, node: n.Block) -> None:
        self.block(node.body, new_scope=node.scoped)

    def s_MethodDef(self, node: n.MethodDef) -> None:
        raise self.syntax_error(node, "Methods can only be defined at the top level of a script")

    def s_If(self, node: n.If) -> None:
        self.expr(node.cond)
        self.block(node.then)
        if node.orelse is not None:
            self.block(node.orelse)

    def s_ForIn(self, node: n.ForIn) -> None:
        self.expr(node.iterable)
        self.push(loop=True)
        self.out.decls[node] = self.declare(node, node.var, node.var_type)
        self.loop_depth += 1
        self.block(node.body)
        self.loop_depth -= 1
        self.pop()

    def s_ForClassic(self, node: n.ForClassic) -> None:
        self.push(loop=True)
        for s in node.init:
            self.stmt(s)
        if node.cond is not None:
            self.expr(node.cond)
        self.loop_depth += 1
        self.block(node.body)
        self.loop_depth -= 1
        for s in node.update:
            self.stmt(s)
        self.pop()

    def s_While(self, node: n.While) -> None:
        self.expr(node.cond)
        self.loop_depth += 1
        self.block(node.body)
        self.loop_depth -= 1

    def s_Break(self, node: n.Break) -> None:
        if self.switch_depth and not node.label:
            return
        self._loop_control(node, "break")

    def s_Switch(self, node: n.Switch) -> None:
        self.expr(node.value)
        self.push()
        self.switch_depth += 1
        for group in node.groups:
            for label in group.labels:
                self.expr(label)
            for stmt in group.body:
                self.stmt(stmt)
        self.switch_depth -= 1
        self.pop()

    def s_Continue(self, node: n.Continue) -> None:
        self._loop_control(node, "continue")

    def _loop_control(self, node: n.Node, word: str) -> None:
        if self.loop_depth == 0:
            raise self.syntax_error(node, f"the {word} statement is only allowed inside loops")

    def s_Labeled(self, node: n.Labeled) -> None:
        self.stmt(node.stmt)

    def s_Return(self, node: n.Return) -> None:
        if node.value is not None:
            self.expr(node.value)

    def s_Throw(self, node: n.Throw) -> None:
        self.expr(node.value)

    def s_Try(self, node: n.Try) -> None:
        if not node.catches and node.final is None:
            raise self.syntax_error(
                node, "A try statement must have at least one catch or finally block."
            )
        self.block(node.body)
        for c in node.catches:
            for t in c.types:
                self.check_catch_type(c, t)
            self.push()
            self.out.decls[c] = self.declare(c, c.name, None)
            self.block(c.body, new_scope=False)
            self.pop()
        if node.final is not None:
            self.block(node.final)

    def check_catch_type(self, node: n.Node, type_name: str) -> None:

        simple = type_name.rsplit(".", 1)[-1]
        if simple not in JAVA_PARENTS and simple not in self.classes:
            raise self.syntax_error(node, f"unable to resolve class {type_name}")

    def s_Assert(self, node: n.Assert) -> None:
        self.expr(node.cond)
        if node.message is not None:
            self.expr(node.message)

    def s_Import(self, node: n.Import) -> None:
        pass

    def s_ClassDef(self, node: n.ClassDef) -> None:
        raise self.syntax_error(node, "Classes can only be defined at the top level of a script")

    # -- expressions -----------------------------------------------------------------------
    def expr(self, node: n.Node | None) -> None:
        if node is None:
            return
        compile_tick(node.line, node.col)
        method = getattr(self, "e_" + type(node).__name__, None)
        if method is None:
            for child in n.children(node):
                self.expr(child)
            return
        method(node)

    def binding_kind(self) -> RefKind:
        """Unresolved names: the binding; inside a closure, its delegate may answer first."""
        assert self.scope is not None
        return "dyn" if self.scope.function.kind == "closure" else "binding"

    def e_Name(self, node: n.Name) -> None:
        self.check_name(node, node.id)
        self.out.refs[node] = ref = self.name_ref(node.id)
        if ref.kind == "field":
            self.check_static_scope(node, node.id)

    def name_ref(self, name: str) -> Ref:
        var = self.lookup_local(name)
        if var is not None:
            return Ref("local", name, var)
        if name in self.classes:
            return Ref("script_class", name)
        own = self.own_field(name)
        if own is not None and not self.in_closure():
            return Ref("own_field", name, own=own)
        if name in self.imports:  # an imported class, also inside a class body
            return Ref("class", self.imports[name])
        if self.class_ctx is not None and name not in allowlist.CLASS_NAMES:
            return Ref(self.member_kind(), name)
        if name in allowlist.CLASS_NAMES or name in allowlist.DENIED_SIMPLE_NAMES:
            return Ref("class", name)
        return Ref(self.binding_kind(), name)

    # -- the fields of the class being compiled --------------------------------------------
    def own_field(self, name: str) -> OwnField | None:
        """Field `name` of the class whose member (or initialiser) is being resolved, when it
        declares one usable here (a static member sees only static fields)."""
        if self.class_ctx is None:
            return None
        cls, static = self.class_ctx
        for f in cls.fields:
            if f.name == name and (f.static or not static):
                return OwnField(cls.name, name, f.static, f.final)
        return None

    def in_closure(self) -> bool:
        """Inside a closure a class's code reaches its properties through the closure's owner
        (and delegate): getters and setters, as from outside (Groovy 2.4)."""
        assert self.scope is not None
        return self.scope.function.kind == "closure"

    def check_static_scope(self, node: n.Node, name: str) -> None:
        """A static member naming an instance field (of its class or a superclass) that is
        no static field or static property there: Groovy's compile error."""
        if self.class_ctx is None or not self.class_ctx[1] or self.in_closure():
            return
        chain = []
        cls: n.ClassDef | None = self.class_ctx[0]
        while cls is not None and cls not in chain:
            chain.append(cls)
            info = self.classes.get(cls.superclass or "")
            cls = info.node if info is not None else None
        fields = [f for c in chain for f in c.fields if f.name == name]
        accessors = {"get" + name[:1].upper() + name[1:], "is" + name[:1].upper() + name[1:]}
        if (
            not fields
            or any(f.static for f in fields)
            or any(m.static and m.name in accessors for c in chain for m in c.methods)
        ):
            return
        raise self.syntax_error(
            node,
            f"Apparent variable '{name}' was found in a static scope but doesn't refer to a "
            "local variable, static field or class. Possible causes:\nYou attempted to "
            "reference a variable in the binding or an instance variable from a static "
            "context.\nYou misspelled a classname or statically imported field. Please check "
            f"the spelling.\nYou attempted to use a method '{name}' but left out brackets in a "
            "place not allowed by the grammar.",
        )

    def member_kind(self) -> RefKind:
        """A name in a class member that is no local or own field: a property of `this`;
        inside a closure, the closure's delegate may answer it first."""
        return "member_dyn" if self.in_closure() else "field"

    def this_field(self, node: n.Property | n.FieldAccess) -> OwnField | None:
        """The own field that `this.x` or `this.@x` names, if any."""
        if isinstance(node.obj, n.This) and isinstance(node.name, str) and not node.spread:
            return self.own_field(node.name)
        return None

    def check_final_write(self, node: n.Node, own: OwnField | None) -> None:
        """Groovy refuses at compile time to assign a final field outside its constructor."""
        if own is None or not own.final:
            return
        if own.static:
            raise self.syntax_error(
                node,
                f"cannot modify static final field '{own.name}' outside of static "
                "initialization block.",
            )
        if not self.in_ctor or self.in_closure():
            raise self.syntax_error(
                node, f"cannot modify final field '{own.name}' outside of constructor."
            )

    def e_Assign(self, node: n.Assign) -> None:
        self.expr(node.value)
        self.assign_target(node.target)
        target = node.target
        if isinstance(target, n.Name):
            if self.lookup_local(target.id) is None:
                self.check_final_write(target, self.own_field(target.id))
        elif isinstance(target, (n.Property, n.FieldAccess)):
            self.check_final_write(target, self.this_field(target))

    def assign_target(self, target: n.Node) -> None:
        if isinstance(target, n.Name):
            self.check_name(target, target.id)
            var = self.lookup_local(target.id)
            own = self.own_field(target.id)
            if var is not None:
                self.out.refs[target] = Ref("local", target.id, var)
                assert self.scope is not None
                if var.function is not self.scope.function:
                    var.boxed = True
            elif own is not None and not self.in_closure():
                self.out.refs[target] = Ref("own_field", target.id, own=own)
            elif self.class_ctx is not None:
                self.out.refs[target] = Ref(self.member_kind(), target.id)
                self.check_static_scope(target, target.id)
            else:
                self.out.refs[target] = Ref(self.binding_kind(), target.id)
        else:
            self.expr(target)

    def e_MultiAssign(self, node: n.MultiAssign) -> None:
        self.expr(node.value)
        targets = self.out.multi_targets[node] = []
        for name in node.names:
            target = n.Name(name, line=node.line, col=node.col)
            self.assign_target(target)
            targets.append(target)

    def e_IncDec(self, node: n.IncDec) -> None:
        self.assign_target(node.target)

    def e_Property(self, node: n.Property) -> None:
        dotted = _dotted(node)
        if (
            dotted is not None
            and self.lookup_local(dotted.split(".", 1)[0]) is None
            and (
                dotted in allowlist.DENIED_CLASSES
                or dotted in allowlist.IMPORTABLE.values()
                or dotted in allowlist.CLASS_NAMES.values()
            )
        ):
            self.out.class_refs[node] = dotted  # `java.time.Instant.now()`
            return
        if (
            dotted is not None
            and _JDK_CLASS.match(dotted)
            and self.lookup_local(dotted.split(".", 1)[0]) is None
        ):
            # a JDK class the allow-list does not know, named in full: refused as its import is
            # (not a MissingPropertyException for a variable `java`)
            raise self.refuse(node, dotted)
        self.expr(node.obj)
        if isinstance(node.name, str):
            self.check_name(node, node.name)
        else:
            self.expr(node.name)
        own = self.this_field(node)
        if own is not None and not self.in_closure():
            self.out.own_fields[node] = own

    def e_FieldAccess(self, node: n.FieldAccess) -> None:
        self.expr(node.obj)
        if isinstance(node.name, str):
            self.check_name(node, node.name)
        else:
            self.expr(node.name)
        own = self.this_field(node)
        if own is not None:  # `this.@x` is the class's own field, in a closure too
            self.out.own_fields[node] = own
        elif (
            self.class_ctx is None
            and isinstance(node.obj, n.This)
            and node.name in self.field_names
            and not node.spread
        ):
            self.out.script_field_attrs.add(node)  # `this.@x` of a script's @Field x

    def e_MethodPointer(self, node: n.MethodPointer) -> None:
        self.expr(node.obj)
        if isinstance(node.name, str):
            self.check_name(node, node.name)
        else:
            self.expr(node.name)

    def e_MethodCall(self, node: n.MethodCall) -> None:
        if isinstance(node.name, str):
            self.check_name(node, node.name)
        else:
            self.expr(node.name)
        if node.obj is not None:
            self.expr(node.obj)
        elif isinstance(node.name, str):
            self.out.refs[node] = self.call_target(node, node.name)
        for a in node.args:
            self.expr(a)

    def call_target(self, node: n.MethodCall, name: str) -> Ref:
        var = self.lookup_local(name)
        if var is not None:
            return Ref("local", name, var)
        if self.class_ctx is not None and name not in BUILTIN_SCRIPT_METHODS:
            return Ref("member_dyn" if self.in_closure() else "self_method", name)
        if name in self.methods:
            return Ref("method", name, methods=tuple(self.methods[name]))
        if name in BUILTIN_SCRIPT_METHODS:
            return Ref("builtin", name)
        if name in REFUSED_SCRIPT_METHODS:
            raise self.refuse(node, REFUSED_SCRIPT_METHODS[name] + "()")
        return Ref(self.binding_kind(), name)

    def e_ClosureExpr(self, node: n.ClosureExpr) -> None:
        assert self.scope is not None
        self.closure_count += 1
        fn = FunctionInfo("closure", self.scope.function, f"closure{self.closure_count}")
        pyname = self.pyname("c_", str(self.closure_count))
        saved_loops = (self.loop_depth, self.switch_depth)
        self.loop_depth = self.switch_depth = 0
        self.push(fn)
        it = None
        if node.implicit_it:
            it = VarInfo("it", self.pyname("v_", "it"), None, fn)
            self.scope.vars["it"] = it
        self.out.closures[node] = ClosureInfo(pyname, fn.name, it)
        self.closure_fns.append((node, fn))
        self.params(node.params)
        self.block(node.body, new_scope=False)
        self.pop()
        self.loop_depth, self.switch_depth = saved_loops

    def e_New(self, node: n.New) -> None:
        for a in node.args:
            self.expr(a)
        if node.type in self.classes:
            self.out.script_news.add(node)
        self.out.types[node] = self.imports.get(node.type, node.type)

    def e_NewArray(self, node: n.NewArray) -> None:
        for d in node.dims:
            self.expr(d)
        base = node.type.split("[", 1)[0]
        qualified = self.imports.get(base, allowlist.DENIED_SIMPLE_NAMES.get(base, base))
        if qualified in allowlist.DENIED_CLASSES:
            raise self.refuse(node, f"new {qualified}[]")  # an array of nulls, but refused
        known = (
            base in PRIMITIVE_TYPES
            or base in self.classes
            or base in allowlist.CLASS_NAMES
            or qualified in allowlist.CLASS_NAMES.values()
        )
        if not known:
            raise self.syntax_error(node, f"unable to resolve class {base}")
        self.out.types[node] = qualified + node.type[len(base) :]

    def e_Super(self, node: n.Super) -> None:
        if self.class_ctx is None or self.class_ctx[1]:
            raise self.syntax_error(node, "'super' is only allowed in instance members of a class")

    def e_InstanceOf(self, node: n.InstanceOf) -> None:
        self.expr(node.value)
        self.out.types[node] = self.imports.get(node.type, node.type)

    def e_Cast(self, node: n.Cast) -> None:
        self.expr(node.value)


def _script_field_names(body: list[n.Node]) -> set[str]:
    """The names of the script's @Field variables (script fields: `this.@x` reaches them)."""
    decls = [d for s in body for d in (s.body if isinstance(s, n.Block) else [s])]
    return {
        d.name
        for d in decls
        if isinstance(d, n.VarDecl) and any(a.name in FIELD_ANNOTATIONS for a in d.annotations)
    }


# A class named in full in a Java or Groovy package: `java.time.temporal.IsoFields`.
_JDK_CLASS = re.compile(r"(java|javax|groovy|org\.codehaus\.groovy)(\.[a-z_]\w*)*\.[A-Z]\w*$")


def _dotted(node: n.Node) -> str | None:
    """`a.b.C` written as nested property reads on a bare name, as text; else None."""
    parts: list[str] = []
    while (
        isinstance(node, n.Property)
        and isinstance(node.name, str)
        and not node.safe
        and not node.spread
    ):
        parts.append(node.name)
        node = node.obj
    if not isinstance(node, n.Name) or not parts:
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def resolve(module: n.Module, recovered: list[ConvoscriptError] | None = None) -> Resolution:
    """Mix traits into their classes, read statically imported members as qualified, write the
    methods of @ToString and its kin, give number literals their values, then decide what
    every name in `module` means. With `recovered`, a refusal (FlowSyntaxError,
    SecurityViolation) inside a statement is appended there and resolution goes on (lint); the
    Resolution is then incomplete and must not be compiled."""
    expand_traits(module)
    apply_static_imports(module)
    try:
        apply_transforms(module)
    except TransformError as exc:
        raise FlowSyntaxError.at(
            module.filename, module.source, exc.node.line, exc.node.col, exc.message
        ) from None
    return Resolver(module, recovered).run()
