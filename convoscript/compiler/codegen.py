"""Codegen: resolved Groovy AST to a Python `ast.Module` in which every dynamic operation is a
call to a runtime entry point (`h_*`, see runtime/door/entrypoints.py).

Naming in generated code (never colliding, since Groovy names are prefixed):
`v_*` script locals, `m_*` script methods, `c_*` closure bodies, `t_*` temporaries, `k_*`
constants that are not Python literals (BigDecimal, Long, ...), `h_*` runtime entry points.
Every node carries the Groovy line and column so run-time errors point at the operation.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from decimal import Decimal

from convoscript.compiler.artifact import ClassMeta, CtorMeta, FieldMeta, MemberMeta, MethodMeta
from convoscript.compiler.intlocals import assigns_static_int, is_static_int
from convoscript.compiler.scopes import ClassInfo, MethodInfo, Resolution, VarInfo
from convoscript.errors import FlowSyntaxError
from convoscript.grammar import nodes as n

_BINARY = {
    "+": "plus",
    "-": "minus",
    "*": "multiply",
    "/": "div",
    "%": "mod",
    "**": "power",
    "<<": "left_shift",
    ">>": "right_shift",
    ">>>": "unsigned_right_shift",
    "&": "bit_and",
    "|": "bit_or",
    "^": "bit_xor",
    "==": "eq",
    "!=": "ne",
    "<": "lt",
    "<=": "le",
    ">": "gt",
    ">=": "ge",
    "<=>": "spaceship",
    "=~": "find",
    "==~": "matches",
}
_INT_COMPARE = {
    "==": ast.Eq,
    "!=": ast.NotEq,
    "<": ast.Lt,
    "<=": ast.LtE,
    ">": ast.Gt,
    ">=": ast.GtE,
}
_BOOL_RESULT = {"eq", "ne", "lt", "le", "gt", "ge", "matches"}
_PRIMITIVE_DEFAULTS = {
    "int": 0,
    "long": 0,
    "short": 0,
    "byte": 0,
    "double": 0.0,
    "float": 0.0,
    "boolean": False,
}
_PLAIN_CONSTANTS = (str, bool, type(None))


def _is_big_number(value: object) -> bool:
    """A number literal worth checking against the run's digit limit (about 300+ digits; the
    runtime leaves smaller numbers unchecked too)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length() > 1000
    if isinstance(value, Decimal) and value.is_finite():
        t = value.as_tuple()
        return len(t.digits) + abs(int(t.exponent)) > 300
    return False


@dataclass(frozen=True)
class LoopFlags:
    """An enclosing loop while its body is generated: its label and the flags that carry a
    `break L` / `continue L` out of loops nested in it (all None for an unlabelled loop)."""

    label: str | None = None
    brk: str | None = None
    cont: str | None = None


# a switch whose cases break early is a one-shot `while`: `break` ends it, `continue` cannot
_SWITCH = LoopFlags("<switch>")


@dataclass
class CompiledModule:
    """The generated module and what the runtime needs besides its code (artifact.py)."""

    tree: ast.Module
    constants: dict[str, object]
    methods: list[MethodMeta] = field(default_factory=list)
    classes: list[ClassMeta] = field(default_factory=list)


class Codegen:
    def __init__(self, res: Resolution, budget_checks: bool = True):
        self.res = res
        self.module = module = res.module
        # False only for the budget benchmark: measures what the checks cost
        self.budget_checks = budget_checks
        self.lines = module.source.splitlines()
        self.constants: dict[str, object] = {}
        self.temp = 0
        self.hoisted: list[list[ast.stmt]] = []
        self.function_kind = "main"
        self.return_type: str | None = None
        # enclosing loops of the function being generated: (label, break flag, continue flag)
        self.loops: list[LoopFlags] = []
        # inside a class member: the class name and `this` (None in a static member)
        self.class_name: str | None = None
        # final fields a constructor being generated may assign (Groovy: only constructors)
        self.ctor_final_fields: frozenset[str] = frozenset()
        self.this_name: str | None = None
        # ids of the VarInfos of locals declared `int` (see intlocals.py)
        self.int_locals: set[int] = set()

    # -- small builders -------------------------------------------------------------------
    def error(self, node: n.Node, message: str) -> FlowSyntaxError:
        return FlowSyntaxError.at(
            self.module.filename, self.module.source, node.line or 1, node.col or 1, message
        )

    @staticmethod
    def at(py: ast.AST, node: n.Node) -> ast.AST:
        """Give `py` the Groovy position of `node`. The column is that of the operation's own
        token when it is on the node's line (`foo` in `x.foo()`): a run-time error reports the
        column of the instruction that failed (engine.script_position)."""
        if node.line:
            col = node.op_col if node.op_line == node.line and node.op_col else node.col
            py.lineno = py.end_lineno = node.line  # type: ignore[attr-defined]
            py.col_offset = py.end_col_offset = max(col - 1, 0)  # type: ignore[attr-defined]
        return py

    def h(self, name: str, *args: ast.expr, node: n.Node | None = None) -> ast.Call:
        call = ast.Call(func=ast.Name("h_" + name, ast.Load()), args=list(args), keywords=[])
        if node is not None:
            self.at(call, node)
        return call

    def declare(self, var: VarInfo) -> None:
        """A local declared here (not a parameter or field): note it if it is an `int`."""
        if var.type == "int":
            self.int_locals.add(id(var))

    def cast_for(self, var: VarInfo, value: ast.expr, static_int: bool, node: n.Node) -> ast.expr:
        """`value` cast to the local's declared type; an exact int needs no cast to `int`."""
        if var.type is None or (static_int and var.type == "int"):
            return value
        return self.h("cast", value, ast.Constant(var.type), node=node)

    def new_temp(self) -> str:
        self.temp += 1
        return f"t_{self.temp}"

    def const(self, value: object) -> ast.expr:
        if isinstance(value, _PLAIN_CONSTANTS) or type(value) in (int, float):
            return ast.Constant(value)
        name = f"k_{len(self.constants) + 1}"
        self.constants[name] = value
        return ast.Name(name, ast.Load())

    @staticmethod
    def load(name: str) -> ast.Name:
        return ast.Name(name, ast.Load())

    @staticmethod
    def store(name: str) -> ast.Name:
        return ast.Name(name, ast.Store())

    # -- module ---------------------------------------------------------------------------
    def run(self) -> CompiledModule:
        body: list[ast.stmt] = []
        methods_meta: list[MethodMeta] = []
        for name, infos in self.res.methods.items():
            for info in infos:
                body.append(self.method(info))
                methods_meta.append(
                    MethodMeta(
                        name=name,
                        pyname=info.pyname,
                        min_args=info.min_args,
                        max_args=info.max_args,
                        param_types=_param_types(info.node),
                    )
                )
        classes_meta: list[ClassMeta] = []
        for cls in self.res.classes:
            defs, meta = self.class_def(cls)
            body.extend(defs)
            classes_meta.append(meta)
        self.function_kind = "main"
        main_body = self.function_body(
            [s for s in self.module.body if not isinstance(s, (n.MethodDef, n.Import, n.ClassDef))],
            returns_last=True,
        )
        main = ast.FunctionDef(
            name="s_main",
            args=_args([]),
            body=main_body,
            decorator_list=[],
            returns=None,
            type_params=[],
        )
        main.lineno = 1
        body.append(main)
        tree = ast.Module(body=body, type_ignores=[])
        ast.fix_missing_locations(tree)
        return CompiledModule(tree, self.constants, methods_meta, classes_meta)

    # -- classes ---------------------------------------------------------------------------
    def class_def(self, class_info: ClassInfo) -> tuple[list[ast.stmt], ClassMeta]:
        """Functions for a class's initialisers, methods and constructors, and the metadata the
        runtime builds the (per-run) class from."""
        cls = class_info.node
        saved = (self.class_name, self.this_name)
        self.class_name = cls.name
        defs: list[ast.stmt] = []
        this = class_info.init_this
        self.this_name = this.pyname
        defs.append(self.initializer(cls, class_info.init_pyname, this.pyname, static=False))
        self.this_name = None
        defs.append(self.initializer(cls, class_info.clinit_pyname, None, static=True))
        methods_meta: list[MemberMeta] = []
        for info in class_info.methods:
            defs.append(self.member(info))
            methods_meta.append(
                MemberMeta(
                    name=info.name,
                    pyname=info.pyname,
                    min_args=info.min_args,
                    max_args=info.max_args,
                    param_types=_param_types(info.node),
                    static=info.node.static,
                )
            )
        ctors_meta: list[CtorMeta] = []
        self.ctor_final_fields = frozenset(f.name for f in cls.fields if f.final and not f.static)
        for info in class_info.constructors:
            defs.append(self.member(info))
            ctors_meta.append(
                CtorMeta(
                    name=info.name,
                    pyname=info.pyname,
                    min_args=info.min_args,
                    max_args=info.max_args,
                    param_types=_param_types(info.node),
                    chains=_calls_other_ctor(info.node),
                )
            )
        self.ctor_final_fields = frozenset()
        fields_meta = tuple(FieldMeta(f.name, f.type, f.static, f.final) for f in cls.fields)
        constants = cls.enum_constants
        enum_names = tuple(c.name for c in constants)
        self.this_name = None
        enum_fn = f"{class_info.clinit_pyname}_enum"
        if constants:
            arg_lists = ast.List(
                [ast.List([self.expr(a) for a in c.args], ast.Load()) for c in constants],
                ast.Load(),
            )
            defs.append(
                ast.FunctionDef(
                    name=enum_fn,
                    args=_args([]),
                    body=[ast.Return(arg_lists)],
                    decorator_list=[],
                    returns=None,
                    type_params=[],
                )
            )
        self.class_name, self.this_name = saved
        meta = ClassMeta(
            name=cls.name,
            superclass=cls.superclass,
            kind=cls.kind,
            fields=fields_meta,
            methods=tuple(methods_meta),
            constructors=tuple(ctors_meta),
            init=class_info.init_pyname,
            clinit=class_info.clinit_pyname,
            enum_names=enum_names,
            enum_args=enum_fn if constants else None,
            interfaces=tuple(cls.interfaces),
        )
        return defs, meta

    def member(self, info: MethodInfo) -> ast.FunctionDef:
        """A class member's function: an instance member takes `this` first."""
        self.this_name = info.this.pyname if info.this is not None else None
        return self.method(info, leading=[self.this_name] if self.this_name else [])

    def initializer(
        self, cls: n.ClassDef, pyname: str, this: str | None, static: bool
    ) -> ast.FunctionDef:
        saved = (self.function_kind, self.return_type, self.loops)
        self.function_kind, self.return_type, self.loops = "method", "void", []
        body: list[ast.stmt] = []
        for f in cls.fields:
            if f.static != static:
                continue
            if f.value is None:
                value: ast.expr = ast.Constant(_PRIMITIVE_DEFAULTS.get(f.type or ""))
            else:
                value = self.expr_stmt_hoisting(f.value, body)
            body.append(
                self.at(
                    ast.Expr(
                        self.h("setfield", self.self_ref(), ast.Constant(f.name), value, node=f)
                    ),
                    f,
                )
            )
        fn = ast.FunctionDef(
            name=pyname,
            args=_args([this] if this else []),
            body=body or [ast.Pass()],
            decorator_list=[],
            returns=None,
            type_params=[],
        )
        self.at(fn, cls)
        self.function_kind, self.return_type, self.loops = saved
        return fn

    def expr_stmt_hoisting(self, node: n.Node, out: list[ast.stmt]) -> ast.expr:
        """An expression whose closures are defined into `out` first."""
        self.hoisted.append([])
        value = self.expr(node)
        out.extend(self.hoisted.pop())
        return value

    def self_ref(self) -> ast.expr:
        """`this` in an instance member; the class itself in a static one."""
        if self.this_name is not None:
            return self.load(self.this_name)
        return self.h("script_class", ast.Constant(self.class_name))

    def method(self, info: MethodInfo, leading: list[str] | None = None) -> ast.FunctionDef:
        node = info.node
        saved = (self.function_kind, self.return_type, self.loops)
        self.function_kind, self.return_type, self.loops = "method", node.return_type, []
        params = [self.res.decls[p] for p in node.params]
        # typed parameters are checked at the call site (Groovy selects methods by type)
        prologue = self.param_prologue(node.params, node.name, check_types=False)
        body = prologue + self.function_body(node.body, returns_last=node.return_type != "void")
        guarded: list[ast.stmt] = (
            [
                ast.Expr(self.h("enter", node=node)),
                ast.Try(body=body, handlers=[], orelse=[], finalbody=[ast.Expr(self.h("leave"))]),
            ]
            if self.budget_checks
            else body
        )
        lead = leading or []
        fn = ast.FunctionDef(
            name=info.pyname,
            args=_args(
                lead + [v.pyname for v in params],
                defaults=[False] * len(lead) + [p.default is not None for p in node.params],
                varargs=_is_varargs(node.params),
            ),
            body=guarded,
            decorator_list=[],
            returns=None,
            type_params=[],
        )
        self.at(fn, node)
        self.function_kind, self.return_type, self.loops = saved
        return fn

    def param_prologue(
        self, params: list[n.Param], owner: str, check_types: bool = True
    ) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for index, p in enumerate(params):
            var = self.res.decls[p]
            varargs = index == len(params) - 1 and _is_varargs(params)
            if p.default is not None:
                test = ast.Compare(self.load(var.pyname), [ast.Is()], [self.load("h_MISSING")])

                def default(p=p, var=var, varargs=varargs):
                    value = self.expr(p.default)
                    if p.type is not None and not varargs:
                        value = self.h("cast", value, ast.Constant(p.type), node=p)
                    return [ast.Assign([self.store(var.pyname)], value)]

                assign = self.with_hoisted(default)
                out.append(self.at(ast.If(test, assign, []), p))
            if varargs:
                component = p.type[:-3] if p.type.endswith("...") else p.type[:-2]
                out.append(
                    ast.Assign(
                        [self.store(var.pyname)],
                        self.h(
                            "varargs",
                            self.load(var.pyname),
                            ast.Constant(component),
                            ast.Constant(owner),
                        ),
                    )
                )
            elif p.type is not None and check_types:
                out.append(
                    self.at(
                        ast.Assign(
                            [self.store(var.pyname)],
                            self.h(
                                "param",
                                self.load(var.pyname),
                                ast.Constant(p.type),
                                ast.Constant(owner),
                                node=p,
                            ),
                        ),
                        p,
                    )
                )
            if var.boxed:
                out.append(
                    ast.Assign([self.store(var.pyname)], self.h("box", self.load(var.pyname)))
                )
        return out

    def function_body(self, stmts: list[n.Node], returns_last: bool) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for i, stmt in enumerate(stmts):
            last = returns_last and i == len(stmts) - 1
            out.extend(self.stmt(stmt, returns_value=last))
        if not out:
            out.append(ast.Pass())
        return out

    def with_hoisted(self, make) -> list[ast.stmt]:
        """Run a statement generator, putting closure definitions it needs in front."""
        self.hoisted.append([])
        stmts = make()
        defs = self.hoisted.pop()
        return defs + stmts

    # -- statements -------------------------------------------------------------------------
    def stmt(self, node: n.Node, returns_value: bool = False) -> list[ast.stmt]:
        method = getattr(self, "s_" + type(node).__name__, None)
        if method is None:
            raise self.error(node, f"Unsupported statement: {type(node).__name__}")
        stmts = self.with_hoisted(lambda: method(node, returns_value))
        for s in stmts:
            if not hasattr(s, "lineno") and node.line:
                self.at(s, node)
        return stmts

    def block(self, body: list[n.Node] | None, returns_value: bool = False) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        body = body or []
        for i, s in enumerate(body):
            out.extend(self.stmt(s, returns_value and i == len(body) - 1))
        return out or [ast.Pass()]

    def ret(self, value: ast.expr, node: n.Node) -> ast.stmt:
        if self.function_kind == "method" and self.return_type not in (None, "void"):
            value = self.h("cast", value, ast.Constant(self.return_type), node=node)
        if self.function_kind == "method" and self.return_type == "void":
            return self.at(ast.Return(ast.Constant(None)), node)
        return self.at(ast.Return(value), node)

    def s_ExprStmt(self, node: n.ExprStmt, returns_value: bool) -> list[ast.stmt]:
        expr = node.expr
        if returns_value:
            return [self.ret(self.expr(expr), node)]
        if isinstance(expr, n.Assign):
            return self.assign_stmt(expr)
        var = self.unboxed_local(expr.target) if isinstance(expr, n.IncDec) else None
        if isinstance(expr, n.IncDec) and var is not None:
            fn = "next" if expr.op == "++" else "previous"
            return [
                self.at(
                    ast.Assign(
                        [self.store(var.pyname)], self.h(fn, self.load(var.pyname), node=expr)
                    ),
                    node,
                )
            ]
        return [self.at(ast.Expr(self.expr(expr)), node)]

    def s_VarDecl(self, node: n.VarDecl, returns_value: bool) -> list[ast.stmt]:
        if node in self.res.script_fields:  # @Field: a script field, visible in methods
            value = (
                self.expr(node.value)
                if node.value is not None
                else ast.Constant(_PRIMITIVE_DEFAULTS.get(node.type or ""))
            )
            if node.type is not None:
                value = self.h("cast", value, ast.Constant(node.type), node=node)
            return [
                self.at(ast.Expr(self.h("bset", ast.Constant(node.name), value, node=node)), node)
            ]
        var = self.res.decls[node]
        if node.value is not None:
            value = self.expr(node.value)
            if node.type is not None:
                static_int = node.type == "int" and is_static_int(
                    node.value, self.res, self.int_locals
                )
                if not static_int:
                    value = self.h("cast", value, ast.Constant(node.type), node=node)
        else:
            value = ast.Constant(_PRIMITIVE_DEFAULTS.get(node.type or ""))
        if var.boxed:
            value = self.h("box", value, node=node)
        if node.type == var.type:
            self.declare(var)
        out: list[ast.stmt] = [self.at(ast.Assign([self.store(var.pyname)], value), node)]
        if returns_value:
            out.append(self.ret(self.read_var(var, node), node))
        return out

    def s_MultiDecl(self, node: n.MultiDecl, returns_value: bool) -> list[ast.stmt]:
        tmp = self.new_temp()
        out: list[ast.stmt] = [self.at(ast.Assign([self.store(tmp)], self.expr(node.value)), node)]
        for i, var in enumerate(self.res.multi_decls[node]):
            value: ast.expr = self.h("getat", self.load(tmp), ast.Constant(i), node=node)
            if var.type is not None:
                value = self.h("cast", value, ast.Constant(var.type), node=node)
            if var.boxed:
                value = self.h("box", value)
            self.declare(var)
            out.append(self.at(ast.Assign([self.store(var.pyname)], value), node))
        return out

    def s_Block(self, node: n.Block, returns_value: bool) -> list[ast.stmt]:
        return self.block(node.body, returns_value)

    def s_Labeled(self, node: n.Labeled, returns_value: bool) -> list[ast.stmt]:
        return self.stmt(node.stmt, returns_value)

    def s_Import(self, node: n.Import, returns_value: bool) -> list[ast.stmt]:
        return []

    def truth(self, node: n.Node) -> ast.expr:
        """A Python bool for a Groovy condition (skipping `h_truth` when already a bool)."""
        value = self.expr(node)
        if self.is_bool(node):
            return value
        return self.h("truth", value, node=node)

    def is_bool(self, node: n.Node) -> bool:
        if isinstance(node, n.Binary):
            return _BINARY.get(node.op) in _BOOL_RESULT
        if isinstance(node, (n.Logical, n.InstanceOf, n.In)):
            return True
        if isinstance(node, n.Unary) and node.op == "!":
            return True
        return isinstance(node, n.Literal) and isinstance(node.value, bool)

    def s_If(self, node: n.If, returns_value: bool) -> list[ast.stmt]:
        test = self.truth(node.cond)
        then = self.block(node.then, returns_value)
        orelse = self.block(node.orelse, returns_value) if node.orelse is not None else []
        if returns_value and node.orelse is None:
            orelse = [self.ret(ast.Constant(None), node)]
        return [self.at(ast.If(test, then, orelse), node)]

    def loop_flags(self, node: n.ForIn | n.ForClassic | n.While) -> LoopFlags:
        """A labelled loop's flags for `break L`/`continue L` from loops nested in it."""
        if node.label:
            return LoopFlags(node.label, self.new_temp(), self.new_temp())
        return LoopFlags()

    def loop_body(self, body: list[n.Node], node: n.Node, flags: LoopFlags) -> list[ast.stmt]:
        """Tick, reset a labelled loop's continue flag, then the body (with this loop pushed)."""
        self.loops.append(flags)
        out: list[ast.stmt] = [ast.Expr(self.h("tick", node=node))] if self.budget_checks else []
        if flags.cont:
            out.append(ast.Assign([self.store(flags.cont)], ast.Constant(False)))
        out.extend(self.block(body))
        self.loops.pop()
        return out

    def after_loop(
        self, stmts: list[ast.stmt], node: n.Node, flags: LoopFlags, returns_value: bool
    ) -> list[ast.stmt]:
        """Labelled break/continue: initialise this loop's flags before it; after it, pass a
        pending `break L`/`continue L` on to the enclosing loop."""
        if flags.brk and flags.cont:
            stmts.insert(0, ast.Assign([self.store(flags.brk)], ast.Constant(False)))
            stmts.insert(0, ast.Assign([self.store(flags.cont)], ast.Constant(False)))
        for i, outer in enumerate(self.loops):
            if outer.brk is None or outer.cont is None:
                continue
            innermost = i == len(self.loops) - 1
            stmts.append(ast.If(self.load(outer.brk), [ast.Break()], []))
            stmts.append(
                ast.If(self.load(outer.cont), [ast.Continue() if innermost else ast.Break()], [])
            )
        if returns_value:
            stmts.append(self.ret(ast.Constant(None), node))
        return stmts

    def s_While(self, node: n.While, returns_value: bool) -> list[ast.stmt]:
        # the condition is re-evaluated each time: hoisted closures go inside the loop
        hoisted: list[ast.stmt] = []
        self.hoisted.append(hoisted)
        test = self.truth(node.cond)
        self.hoisted.pop()
        if hoisted:
            body = hoisted + [ast.If(ast.UnaryOp(ast.Not(), test), [ast.Break()], [])]
            flags = self.loop_flags(node)
            loop = ast.While(ast.Constant(True), body + self.loop_body(node.body, node, flags), [])
        else:
            flags = self.loop_flags(node)
            loop = ast.While(test, self.loop_body(node.body, node, flags), [])
        return self.after_loop([self.at(loop, node)], node, flags, returns_value)

    def s_ForIn(self, node: n.ForIn, returns_value: bool) -> list[ast.stmt]:
        var = self.res.decls[node]
        iterable = self.h("iter", self.expr(node.iterable), node=node)
        flags = self.loop_flags(node)
        body = self.loop_body(node.body, node, flags)
        if var.type is not None or var.boxed:
            tmp = self.new_temp()
            value: ast.expr = self.load(tmp)
            if var.type is not None:
                value = self.h("cast", value, ast.Constant(var.type), node=node)
            if var.boxed:
                value = self.h("box", value)
            body.insert(0, self.at(ast.Assign([self.store(var.pyname)], value), node))
            target = self.store(tmp)
            self.declare(var)
        else:
            target = self.store(var.pyname)
        loop = ast.For(target=target, iter=iterable, body=body, orelse=[])
        return self.after_loop([self.at(loop, node)], node, flags, returns_value)

    def s_ForClassic(self, node: n.ForClassic, returns_value: bool) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for s in node.init:
            out.extend(self.stmt(s))
        flag = self.new_temp()
        update: list[ast.stmt] = []
        for s in node.update:
            update.extend(self.stmt(s))
        body: list[ast.stmt] = [
            ast.If(
                self.load(flag),
                [ast.Assign([self.store(flag)], ast.Constant(False))],
                update or [ast.Pass()],
            )
        ]
        if node.cond is not None:
            hoisted: list[ast.stmt] = []
            self.hoisted.append(hoisted)
            test = self.truth(node.cond)
            self.hoisted.pop()
            body.extend(hoisted)
            body.append(ast.If(ast.UnaryOp(ast.Not(), test), [ast.Break()], []))
        flags = self.loop_flags(node)
        body.extend(self.loop_body(node.body, node, flags))
        out.append(ast.Assign([self.store(flag)], ast.Constant(True)))
        out.append(self.at(ast.While(ast.Constant(True), body, []), node))
        return self.after_loop(out, node, flags, returns_value)

    def s_Switch(self, node: n.Switch, returns_value: bool) -> list[ast.stmt]:
        """Groovy's switch: the first case whose isCase matches, then fall through to `break`.

        Bodies that end in `break` (the usual shape) become an if/elif chain, each branch
        holding its body and the bodies it falls into. A `break` nested deeper inside a body
        needs the general form: a one-shot `while` entered at the matching case."""
        value_tmp, start_tmp = self.new_temp(), self.new_temp()
        out: list[ast.stmt] = [
            self.at(ast.Assign([self.store(value_tmp)], self.expr(node.value)), node)
        ]
        groups = node.groups
        if any(self.has_inner_break(g.body) for g in groups):
            return out + self.switch_general(node, value_tmp, start_tmp)

        # Groovy 2.4 moves the `default:` block after every case, wherever it is written: a
        # case without `break` falls into the cases below it and then into the default.
        groups = [g for g in groups if None not in g.labels] + [
            g for g in groups if None in g.labels
        ]
        has_default = bool(groups) and None in groups[-1].labels
        chain: list[ast.stmt] = (
            self.fallthrough_body(groups, len(groups) - 1, returns_value, has_default)
            if has_default
            else []
        )
        for i in reversed(range(len(groups) - (1 if has_default else 0))):
            tests = [
                self.h("is_case", self.expr(label), self.load(value_tmp), node=label)
                for label in groups[i].labels
                if label is not None
            ]
            test = tests[0] if len(tests) == 1 else ast.BoolOp(ast.Or(), tests)
            body = self.fallthrough_body(groups, i, returns_value, has_default)
            chain = [self.at(ast.If(test, body, chain), groups[i])]
        return out + chain

    @staticmethod
    def ends_flow(body: list[n.Node]) -> bool:
        return bool(body) and isinstance(body[-1], (n.Break, n.Return, n.Throw, n.Continue))

    def has_inner_break(self, body: list[n.Node]) -> bool:
        """A `break` (of the switch) anywhere but as a body's last statement."""

        def walk(nodes: list, top: bool) -> bool:
            for i, stmt in enumerate(nodes):
                if (
                    isinstance(stmt, n.Break)
                    and stmt.label is None
                    and not (top and i == len(nodes) - 1)
                ):
                    return True
                for name in ("then", "orelse", "body", "final"):
                    child = getattr(stmt, name, None)
                    if (
                        isinstance(child, list)
                        and not isinstance(stmt, (n.ForIn, n.ForClassic, n.While, n.Switch))
                        and walk(child, False)
                    ):
                        return True
                if isinstance(stmt, n.Try) and any(walk(c.body, False) for c in stmt.catches):
                    return True
            return False

        return walk(body, True)

    def fallthrough_body(
        self,
        groups: list[n.CaseGroup],
        start: int,
        returns_value: bool = False,
        has_default: bool = False,
    ) -> list[ast.stmt]:
        """The statements run from case `start` on: its body and the ones it falls into.

        As the last statement of a closure or method, Groovy 2.4's ReturnAdder returns the
        value of the statement before a case's `break`, and of the default's last statement;
        a case that falls off the end of the switch returns nothing."""
        stmts: list[n.Node] = []
        returns = False
        for group in groups[start:]:
            stmts.extend(group.body)
            if self.ends_flow(group.body):
                returns = isinstance(group.body[-1], n.Break) and group.body[-1].label is None
                break
        else:
            returns = has_default  # the run ended in the default block
        if stmts and isinstance(stmts[-1], n.Break) and stmts[-1].label is None:
            stmts = stmts[:-1]
        if returns_value and returns:
            return (
                self.block(stmts, returns_value=True) if stmts else [ast.Return(ast.Constant(None))]
            )
        return self.block(stmts)

    def switch_general(self, node: n.Switch, value_tmp: str, start_tmp: str) -> list[ast.stmt]:
        groups = [g for g in node.groups if None not in g.labels] + [
            g for g in node.groups if None in g.labels
        ]
        default_index = next((i for i, g in enumerate(groups) if None in g.labels), len(groups))
        select: list[ast.stmt] = [ast.Assign([self.store(start_tmp)], ast.Constant(default_index))]
        for i in reversed(range(min(default_index, len(groups)))):
            tests = [
                self.h("is_case", self.expr(label), self.load(value_tmp), node=label)
                for label in groups[i].labels
                if label is not None
            ]
            test = tests[0] if len(tests) == 1 else ast.BoolOp(ast.Or(), tests)
            select = [ast.If(test, [ast.Assign([self.store(start_tmp)], ast.Constant(i))], select)]
        self.loops.append(_SWITCH)
        body: list[ast.stmt] = []
        for i, group in enumerate(groups):
            test = ast.Compare(self.load(start_tmp), [ast.LtE()], [ast.Constant(i)])
            body.append(ast.If(test, self.block(group.body), []))
        self.loops.pop()
        body.append(ast.Break())
        return select + [self.at(ast.While(ast.Constant(True), body, []), node)]

    def s_Break(self, node: n.Break, returns_value: bool) -> list[ast.stmt]:
        return self.jump(node, node.label, is_break=True)

    def s_Continue(self, node: n.Continue, returns_value: bool) -> list[ast.stmt]:
        return self.jump(node, node.label, is_break=False)

    def jump(self, node: n.Node, label: str | None, is_break: bool) -> list[ast.stmt]:
        innermost = self.loops[-1] if self.loops else None
        if label is None and not is_break and innermost is _SWITCH:
            raise self.error(
                node,
                "'continue' inside a switch whose cases break early is not "
                "supported yet; use an if/else chain",
            )
        if label is None or (innermost is not None and innermost.label == label):
            return [self.at(ast.Break() if is_break else ast.Continue(), node)]
        for entry in reversed(self.loops):
            flag = entry.brk if is_break else entry.cont
            if entry.label == label and flag is not None:
                return [
                    self.at(ast.Assign([self.store(flag)], ast.Constant(True)), node),
                    self.at(ast.Break(), node),
                ]
        raise self.error(node, f"Label '{label}' is not on an enclosing loop")

    def s_Return(self, node: n.Return, returns_value: bool) -> list[ast.stmt]:
        value = self.expr(node.value) if node.value is not None else ast.Constant(None)
        return [self.ret(value, node)]

    def s_Throw(self, node: n.Throw, returns_value: bool) -> list[ast.stmt]:
        return [
            self.at(ast.Raise(self.h("throwable", self.expr(node.value), node=node), None), node)
        ]

    def s_Try(self, node: n.Try, returns_value: bool) -> list[ast.stmt]:
        body = self.block(node.body, returns_value)
        handlers = []
        if node.catches:
            exc = self.new_temp()
            chain: list[ast.stmt] = [ast.Raise(None, None)]
            for c in reversed(node.catches):
                var = self.res.decls[c]
                value: ast.expr = self.h("caught", self.load(exc))
                if var.boxed:
                    value = self.h("box", value)
                bind = self.at(ast.Assign([self.store(var.pyname)], value), c)
                types = ast.Tuple([ast.Constant(t) for t in (c.types or ["Exception"])], ast.Load())
                test = self.h("catches", self.load(exc), types, node=c)
                chain = [
                    self.at(ast.If(test, [bind] + self.block(c.body, returns_value), chain), c)
                ]
            handlers.append(ast.ExceptHandler(type=self.load("h_Throwable"), name=exc, body=chain))
        final = []
        if node.final is not None:
            final = [ast.Expr(self.h("guard", node=node))] + self.block(node.final)
        return [self.at(ast.Try(body=body, handlers=handlers, orelse=[], finalbody=final), node)]

    def s_Assert(self, node: n.Assert, returns_value: bool) -> list[ast.stmt]:
        text = self.assert_text(node)
        message = self.expr(node.message) if node.message is not None else ast.Constant(None)
        fail = ast.Raise(
            self.h("assertion_error", ast.Constant(text), message, self.expr(node.cond), node=node),
            None,
        )
        test = ast.UnaryOp(ast.Not(), self.truth(node.cond))
        return [self.at(ast.If(test, [self.at(fail, node)], []), node)]

    def assert_text(self, node: n.Assert) -> str:
        """The asserted expression as written, for the error message. With a message, Groovy
        shows a binary condition in parentheses: `msg. Expression: (a == b)`."""
        line = self.lines[node.line - 1] if 0 < node.line <= len(self.lines) else ""
        start = max(node.col - 1, 0)
        keyword = line.rfind("assert", 0, start + 1)  # the condition's node may start inside
        if keyword >= 0:  # it (`[1, 2].contains(3)` is positioned at its call)
            start = keyword + len("assert")
        text = _expression_prefix(line[start:])
        if node.message is not None and isinstance(node.cond, (n.Binary, n.Logical)):
            return f"({text})"
        return text

    # -- assignment ------------------------------------------------------------------------
    def read_var(self, var: VarInfo, node: n.Node) -> ast.expr:
        if var.boxed:
            return self.h("unbox", self.load(var.pyname), node=node)
        return self.load(var.pyname)

    def assign_value(self, node: n.Assign) -> ast.expr:
        """The value to store, with compound operators applied (not for property targets)."""
        value = self.expr(node.value)
        if node.op != "=":
            op = _BINARY[node.op[:-1]]
            value = self.h(op, self.expr(node.target), value, node=node)
        return value

    def unboxed_local(self, target: n.Node) -> VarInfo | None:
        """The local a Name stands for, when it is not boxed (Python assigns it directly)."""
        ref = self.res.refs.get(target) if isinstance(target, n.Name) else None
        var = ref.var if ref is not None else None
        return var if var is not None and not var.boxed else None

    def assign_stmt(self, node: n.Assign) -> list[ast.stmt]:
        var = self.unboxed_local(node.target)
        if var is not None:
            static_int = assigns_static_int(node, self.res, self.int_locals)
            value = self.cast_for(var, self.assign_value(node), static_int, node)
            return [self.at(ast.Assign([self.store(var.pyname)], value), node)]
        return [self.at(ast.Expr(self.e_Assign(node)), node)]

    def e_Assign(self, node: n.Assign) -> ast.expr:
        target = node.target
        if isinstance(target, n.Name):
            ref = self.res.refs[target]
            kind, var = ref.kind, ref.var
            value = self.assign_value(node)
            if var is not None:
                static_int = assigns_static_int(node, self.res, self.int_locals)
                value = self.cast_for(var, value, static_int, node)
                if var.boxed:
                    return self.h("rebox", self.load(var.pyname), value, node=node)
                return self.at(ast.NamedExpr(self.store(var.pyname), value), node)
            if kind == "field":
                op = "setfield" if target.id in self.ctor_final_fields else "setprop"
                return self.h(op, self.self_ref(), ast.Constant(target.id), value, node=node)
            if kind == "dyn":
                return self.h("dset", ast.Constant(target.id), value, node=node)
            return self.h("bset", ast.Constant(target.id), value, node=node)
        if isinstance(target, n.Property):
            obj = self.expr(target.obj)
            name = self.member_name(target.name)
            if node.op == "=":
                if isinstance(target.obj, n.This) and target.name in self.ctor_final_fields:
                    # `this.id = id` in a constructor: the one place a final field is set
                    return self.h("setfield", obj, name, self.expr(node.value), node=node)
                return self.h("setprop", obj, name, self.expr(node.value), node=node)
            op = self.load("h_" + _BINARY[node.op[:-1]])
            return self.h("update_prop", obj, name, op, self.expr(node.value), node=node)
        if isinstance(target, n.Index):
            obj = self.expr(target.obj)
            idx = self.expr(target.index)
            if node.op == "=":
                return self.h("putat", obj, idx, self.expr(node.value), node=node)
            op = self.load("h_" + _BINARY[node.op[:-1]])
            return self.h("update_at", obj, idx, op, self.expr(node.value), node=node)
        raise self.error(node, "Invalid assignment target")

    def member_name(self, name: str | n.Node) -> ast.expr:
        if isinstance(name, str):
            return ast.Constant(name)
        return self.h("name_of", self.expr(name), node=name)

    # -- expressions ------------------------------------------------------------------------
    def expr(self, node: n.Node) -> ast.expr:
        method = getattr(self, "e_" + type(node).__name__, None)
        if method is None:
            raise self.error(node, f"Unsupported expression: {type(node).__name__}")
        result = method(node)
        if node.line and not hasattr(result, "lineno"):
            self.at(result, node)
        return result

    def e_Literal(self, node: n.Literal) -> ast.expr:
        return ast.Constant(node.value)

    def e_Number(self, node: n.Number) -> ast.expr:
        value = self.res.numbers[node]
        if _is_big_number(value):
            # a literal is built at compile time, outside any run: the run's digit limit is
            # applied when the literal is used, as for any BigInteger/BigDecimal it computes
            return self.h("sized_number", self.const(value), node=node)
        return self.const(value)

    def e_Name(self, node: n.Name) -> ast.expr:
        ref = self.res.refs[node]
        name = ast.Constant(ref.name)
        if ref.var is not None:
            return self.read_var(ref.var, node)
        if ref.kind == "class":
            return self.h("class", name, node=node)
        if ref.kind == "script_class":
            return self.h("script_class", name, node=node)
        if ref.kind == "field":
            return self.h("getprop", self.self_ref(), name, node=node)
        if ref.kind == "dyn":
            return self.h("dget", name, node=node)
        return self.h("bget", name, node=node)

    def e_This(self, node: n.This) -> ast.expr:
        if self.class_name is not None:
            return self.self_ref()
        return self.h("this", node=node)

    def e_Super(self, node: n.Super) -> ast.expr:
        return self.self_ref()

    def e_GStringExpr(self, node: n.GStringExpr) -> ast.expr:
        strings = ast.Tuple([ast.Constant(s) for s in node.strings], ast.Load())
        values = ast.Tuple([self.expr(v) for v in node.values], ast.Load())
        return self.h("gstring", strings, values, node=node)

    def e_ListExpr(self, node: n.ListExpr) -> ast.expr:
        if any(isinstance(i, n.SpreadArg) for i in node.items):
            return self.h("spread_list", *[self.spread_item(i) for i in node.items], node=node)
        return ast.List([self.expr(i) for i in node.items], ast.Load())

    def spread_item(self, item: n.Node) -> ast.expr:
        if isinstance(item, n.SpreadArg):
            return self.h("spread", self.expr(item.value), node=item)
        return self.expr(item)

    def e_MapExpr(self, node: n.MapExpr) -> ast.expr:
        args: list[ast.expr] = []
        for entry in node.entries:
            if entry.key is None:
                args.extend([self.load("h_SPREAD_MAP"), self.expr(entry.value)])
            else:
                args.extend([self.expr(entry.key), self.expr(entry.value)])
        return self.h("map", *args, node=node)

    def e_RangeExpr(self, node: n.RangeExpr) -> ast.expr:
        return self.h(
            "range",
            self.expr(node.low),
            self.expr(node.high),
            ast.Constant(node.exclusive),
            node=node,
        )

    def e_Binary(self, node: n.Binary) -> ast.expr:
        compare = _INT_COMPARE.get(node.op)
        if (
            compare is not None
            and is_static_int(node.left, self.res, self.int_locals)
            and is_static_int(node.right, self.res, self.int_locals)
        ):
            # two exact ints: what h_lt, h_eq, ... would compute (intlocals.py)
            return self.at(
                ast.Compare(self.expr(node.left), [compare()], [self.expr(node.right)]), node
            )
        return self.h(_BINARY[node.op], self.expr(node.left), self.expr(node.right), node=node)

    def e_Logical(self, node: n.Logical) -> ast.expr:
        op = ast.And() if node.op == "&&" else ast.Or()
        return ast.BoolOp(op, [self.truth(node.left), self.truth(node.right)])

    def e_Unary(self, node: n.Unary) -> ast.expr:
        if node.op == "!":
            return ast.UnaryOp(ast.Not(), self.truth(node.operand))
        fn = {"-": "negate", "+": "positive", "~": "bitwise_negate"}[node.op]
        return self.h(fn, self.expr(node.operand), node=node)

    def e_Ternary(self, node: n.Ternary) -> ast.expr:
        return ast.IfExp(self.truth(node.cond), self.expr(node.then), self.expr(node.orelse))

    def e_Elvis(self, node: n.Elvis) -> ast.expr:
        tmp = self.new_temp()
        test = self.h("truth", ast.NamedExpr(self.store(tmp), self.expr(node.value)))
        return ast.IfExp(test, self.load(tmp), self.expr(node.orelse))

    def e_IncDec(self, node: n.IncDec) -> ast.expr:
        fn = self.load("h_next" if node.op == "++" else "h_previous")
        prefix = ast.Constant(node.prefix)
        target = node.target
        if isinstance(target, n.Name):
            ref = self.res.refs[target]
            var, name = ref.var, ast.Constant(ref.name)
            if var is not None and not var.boxed:
                step = ast.NamedExpr(
                    self.store(var.pyname), ast.Call(fn, [self.load(var.pyname)], [])
                )
                if node.prefix:
                    return step
                return self.h("first", self.load(var.pyname), step, node=node)
            if var is not None:
                return self.h("incdec_box", self.load(var.pyname), fn, prefix, node=node)
            if ref.kind == "field":
                return self.h("incdec_prop", self.self_ref(), name, fn, prefix, node=node)
            if ref.kind == "dyn":
                return self.h("incdec_dyn", name, fn, prefix, node=node)
            return self.h("incdec_binding", name, fn, prefix, node=node)
        if isinstance(target, n.Property):
            return self.h(
                "incdec_prop",
                self.expr(target.obj),
                self.member_name(target.name),
                fn,
                prefix,
                node=node,
            )
        return self.h(
            "incdec_at", self.expr(target.obj), self.expr(target.index), fn, prefix, node=node
        )

    def e_MultiAssign(self, node: n.MultiAssign) -> ast.expr:
        tmp = self.new_temp()
        parts: list[ast.expr] = [ast.NamedExpr(self.store(tmp), self.expr(node.value))]
        for i, target in enumerate(self.res.multi_targets[node]):
            element = self.h("getat", self.load(tmp), ast.Constant(i), node=node)
            assign = n.Assign(target, "=", n.Literal(None), line=node.line, col=node.col)
            parts.append(self.assign_raw(assign, element))
        return self.h("last", *parts, self.load(tmp), node=node)

    def assign_raw(self, node: n.Assign, value: ast.expr) -> ast.expr:
        ref = self.res.refs[node.target]
        var, name = ref.var, ast.Constant(ref.name)
        if var is not None:
            if var.type is not None:
                value = self.h("cast", value, ast.Constant(var.type), node=node)
            if var.boxed:
                return self.h("rebox", self.load(var.pyname), value, node=node)
            return ast.NamedExpr(self.store(var.pyname), value)
        if ref.kind == "field":
            return self.h("setprop", self.self_ref(), name, value, node=node)
        if ref.kind == "dyn":
            return self.h("dset", name, value, node=node)
        return self.h("bset", name, value, node=node)

    def e_Property(self, node: n.Property) -> ast.expr:
        class_ref = self.res.class_refs.get(node)
        if class_ref is not None:
            return self.h("class", ast.Constant(class_ref), node=node)
        obj = self.expr(node.obj)
        name = self.member_name(node.name)
        if node.spread:
            return self.h("spread_prop", obj, name, node=node)
        if node.safe:
            return self.h("getprop_safe", obj, name, node=node)
        return self.h("getprop", obj, name, node=node)

    def e_Index(self, node: n.Index) -> ast.expr:
        return self.h("getat", self.expr(node.obj), self.expr(node.index), node=node)

    def args(self, args: list[n.Node]) -> list[ast.expr]:
        if any(isinstance(a, n.SpreadArg) for a in args):
            raise self.error(args[0], "Spread arguments (*list) are not supported here")
        return [self.expr(a) for a in args]

    @staticmethod
    def has_spread(args: list[n.Node]) -> bool:
        return any(isinstance(a, n.SpreadArg) for a in args)

    def spread_args(self, args: list[n.Node], node: n.Node) -> ast.expr:
        """`f(a, *list, b)`: the argument list, built at run time."""
        return self.h("spread_list", *[self.spread_item(a) for a in args], node=node)

    def e_MethodCall(self, node: n.MethodCall) -> ast.expr:
        if self.has_spread(node.args):
            argv = self.spread_args(node.args, node)
            if node.obj is None:
                return self.h("call_name_args", ast.Constant(node.name), argv, node=node)
            return self.h(
                "invoke_args", self.expr(node.obj), self.member_name(node.name), argv, node=node
            )
        args = self.args(node.args)
        if node.obj is None:
            return self.call_by_name(node, args)
        if isinstance(node.obj, n.Super) and isinstance(node.name, str):
            return self.h(
                "invoke_super",
                self.self_ref(),
                ast.Constant(self.class_name),
                ast.Constant(node.name),
                *args,
                node=node,
            )
        obj = self.expr(node.obj)
        name = self.member_name(node.name)
        if (
            node.name == "remove"
            and len(node.args) == 1
            and isinstance(node.args[0], n.Cast)
            and not node.args[0].explicit
            and node.args[0].type in ("Object", "java.lang.Object")
        ):
            # Java picks remove(Object) for a value cast to Object: remove by value, not index
            name = ast.Constant("removeElement")
        if node.spread:
            return self.h("spread_invoke", obj, name, *args, node=node)
        if node.safe:
            return self.h("invoke_safe", obj, name, *args, node=node)
        return self.h("invoke", obj, name, *args, node=node)

    def call_by_name(self, node: n.MethodCall, args: list[ast.expr]) -> ast.expr:
        ref = self.res.refs[node]
        name = ast.Constant(ref.name)
        if ref.var is not None:
            return self.h("call_value", self.read_var(ref.var, node), *args, node=node)
        if ref.kind == "method":
            fitting = [m for m in ref.methods if m.min_args <= len(args) <= m.max_args]
            if len(fitting) == 1:
                method = fitting[0]
                params = method.node.params
                # a varargs parameter's arguments are checked by its prologue (h_varargs)
                fixed = params[:-1] if _is_varargs(params) else params
                checked = [
                    self.h("param", a, ast.Constant(p.type), ast.Constant(node.name), node=node)
                    if p.type is not None
                    else a
                    for a, p in zip(args, fixed)
                ] + args[len(fixed) :]
                return self.at(ast.Call(self.load(method.pyname), checked, []), node)
            return self.h("call_script", name, *args, node=node)
        if ref.kind == "builtin":
            return self.h(ref.name, *args, node=node)
        if ref.kind == "self_method":
            return self.h("invoke", self.self_ref(), name, *args, node=node)
        if ref.kind == "dyn":
            return self.h("dcall", name, *args, node=node)
        return self.h("call_binding", name, *args, node=node)

    def e_Call(self, node: n.Call) -> ast.expr:
        if isinstance(node.func, (n.This, n.Super)) and self.this_name is not None:
            # `this(...)` / `super(...)` in a constructor: run another constructor on `this`
            fn = "super_ctor" if isinstance(node.func, n.Super) else "this_ctor"
            return self.h(
                fn,
                self.load(self.this_name),
                ast.Constant(self.class_name),
                *self.args(node.args),
                node=node,
            )
        return self.h("call_value", self.expr(node.func), *self.args(node.args), node=node)

    def e_ClosureExpr(self, node: n.ClosureExpr) -> ast.expr:
        saved = (self.function_kind, self.return_type, self.loops)
        self.function_kind, self.return_type, self.loops = "closure", None, []
        info = self.res.closures[node]
        it = info.it
        if it is not None:
            names, defaults = [it.pyname], [True]
            prologue: list[ast.stmt] = [
                ast.If(
                    ast.Compare(self.load(it.pyname), [ast.Is()], [self.load("h_MISSING")]),
                    [ast.Assign([self.store(it.pyname)], ast.Constant(None))],
                    [],
                )
            ]
            if it.boxed:
                prologue.append(
                    ast.Assign([self.store(it.pyname)], self.h("box", self.load(it.pyname)))
                )
            min_params, max_params = 0, 1
        else:
            names = [self.res.decls[p].pyname for p in node.params]
            defaults = [p.default is not None for p in node.params]
            prologue = self.param_prologue(node.params, info.name)
            min_params = sum(1 for d in defaults if not d)
            max_params = len(names)
            if _is_varargs(node.params):
                min_params, max_params = min_params - 1, -1
        body = prologue + self.function_body(node.body, returns_last=True)
        fn = ast.FunctionDef(
            name=info.pyname,
            args=_args(names, defaults=defaults, varargs=_is_varargs(node.params)),
            body=body,
            decorator_list=[],
            returns=None,
            type_params=[],
        )
        self.at(fn, node)
        self.function_kind, self.return_type, self.loops = saved
        self.hoisted[-1].append(fn)
        return self.h(
            "closure",
            self.load(info.pyname),
            ast.Constant(min_params),
            ast.Constant(max_params),
            ast.Constant(node.implicit_it),
            ast.Constant(info.name),
            node=node,
        )

    def e_New(self, node: n.New) -> ast.expr:
        if node in self.res.script_news:
            return self.h("new_script", ast.Constant(node.type), *self.args(node.args), node=node)
        type_name = self.res.types[node]
        return self.h("new", ast.Constant(type_name), *self.args(node.args), node=node)

    def e_MethodPointer(self, node: n.MethodPointer) -> ast.expr:
        return self.h("method_pointer", self.expr(node.obj), self.member_name(node.name), node=node)

    def e_InstanceOf(self, node: n.InstanceOf) -> ast.expr:
        type_name = self.res.types[node]
        return self.h("instanceof", self.expr(node.value), ast.Constant(type_name), node=node)

    def e_Cast(self, node: n.Cast) -> ast.expr:
        fn = "as" if node.explicit else "cast"
        return self.h(fn, self.expr(node.value), ast.Constant(node.type), node=node)

    def e_In(self, node: n.In) -> ast.expr:
        return self.h("in", self.expr(node.item), self.expr(node.container), node=node)

    def e_NamedArg(self, node: n.NamedArg) -> ast.expr:
        raise self.error(node, "Named arguments are only allowed in method calls")

    def e_SpreadArg(self, node: n.SpreadArg) -> ast.expr:
        raise self.error(node, "A spread (*) is only allowed in a list or a method call")


def _args(
    names: list[str], defaults: list[bool] | None = None, varargs: bool = False
) -> ast.arguments:
    """Python parameters; with `varargs` the last name collects the rest (`String... parts`)."""
    if varargs:
        fixed = _args(names[:-1], (defaults or [False] * len(names))[:-1])
        fixed.vararg = ast.arg(names[-1])
        return fixed
    defaults = defaults or [False] * len(names)
    default_values: list[ast.expr] = []
    seen_default = False
    for d in defaults:
        if d:
            seen_default = True
        if seen_default:
            # after the first optional parameter every later one gets the sentinel too, so a
            # call may omit them (Groovy allows defaults anywhere; the prologue fills them)
            default_values.append(ast.Name("h_MISSING", ast.Load()))
    return ast.arguments(
        posonlyargs=[],
        args=[ast.arg(a) for a in names],
        vararg=None,
        kwonlyargs=[],
        kw_defaults=[],
        kwarg=None,
        defaults=default_values,
    )


def _expression_prefix(text: str) -> str:
    """The expression at the start of `text`: up to a `;`, or a `,` / `:` (an assert's
    message) or closing bracket at depth 0, whichever comes first; string literals skipped."""
    depth, quote, i, ternaries = 0, "", 0, 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif text.startswith(quote, i):
                i += len(quote) - 1
                quote = ""
        elif text.startswith(('"""', "'''"), i):
            quote = text[i : i + 3]
            i += 2
        elif c in "\"'":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and c == "?" and text[i + 1 : i + 2] not in (".", ":", "["):
            ternaries += 1  # `a ? b : c`: its `:` is not the message separator
        elif depth == 0 and c == ":" and ternaries:
            ternaries -= 1
        elif depth == 0 and c == "?" and text[i + 1 : i + 2] == ":":
            i += 1  # the Elvis operator `?:`
        elif depth == 0 and c in ";,:":
            break
        i += 1
    return text[:i].strip()


def _param_types(method: n.MethodDef) -> tuple[str | None, ...]:
    return tuple(p.type for p in method.params)


def _calls_other_ctor(method: n.MethodDef) -> bool:
    """A constructor whose first statement is `this(...)` or `super(...)`."""
    if not method.body:
        return False
    first = method.body[0]
    return (
        isinstance(first, n.ExprStmt)
        and isinstance(first.expr, n.Call)
        and isinstance(first.expr.func, (n.This, n.Super))
    )


def _is_varargs(params: list[n.Param]) -> bool:
    """A last parameter of an array type, `T...` or `T[]`, is varargs (as in Groovy)."""
    return bool(params) and (params[-1].type or "").endswith(("...", "[]"))


def generate(res: Resolution, budget_checks: bool = True) -> CompiledModule:
    return Codegen(res, budget_checks).run()
