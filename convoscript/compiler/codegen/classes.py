"""Script classes: their initialisers, members and enum constants, and their ClassMeta."""

from __future__ import annotations

import ast

from convoscript.compiler.artifact import ClassMeta, CtorMeta, FieldMeta, MemberMeta
from convoscript.compiler.codegen.base import (
    PRIMITIVE_DEFAULTS,
    arguments,
    function_def,
    param_types,
)
from convoscript.compiler.codegen.functions import FunctionGen
from convoscript.compiler.scopes import ClassInfo, MethodInfo
from convoscript.grammar import nodes as n


class ClassGen(FunctionGen):
    """A class is functions at module level (its instance and static initialisers, members and
    enum constants' arguments) plus the metadata the runtime builds it from for each run."""

    def class_def(self, info: ClassInfo) -> tuple[list[ast.stmt], ClassMeta]:
        cls = info.node
        saved = (self.class_name, self.this_name)
        self.class_name = cls.name
        self.this_name = info.init_this.pyname
        defs: list[ast.stmt] = [
            self.initializer(cls, info.init_pyname, info.init_this.pyname, static=False)
        ]
        self.this_name = None
        defs.append(self.initializer(cls, info.clinit_pyname, None, static=True))
        defs.extend(self.member(m) for m in info.methods)
        defs.extend(self.member(c) for c in info.constructors)
        self.this_name = None
        enum_fn = f"{info.clinit_pyname}_enum" if cls.enum_constants else None
        if enum_fn is not None:
            defs.append(self.enum_args(cls, enum_fn))
        self.class_name, self.this_name = saved
        return defs, _class_meta(info, enum_fn)

    def member(self, info: MethodInfo) -> ast.FunctionDef:
        """A class member's function: an instance member takes `this` first."""
        self.this_name = info.this.pyname if info.this is not None else None
        return self.method(info, leading=[self.this_name] if self.this_name else [])

    def initializer(
        self, cls: n.ClassDef, pyname: str, this: str | None, static: bool
    ) -> ast.FunctionDef:
        """Sets the instance (or static) fields to their initial values, in declaration order."""
        saved = (self.function_kind, self.return_type, self.loops)
        self.function_kind, self.return_type, self.loops = "method", "void", []
        body: list[ast.stmt] = []
        for f in cls.fields:
            if f.static != static:
                continue
            if f.value is None:
                value: ast.expr = ast.Constant(PRIMITIVE_DEFAULTS.get(f.type or ""))
            else:
                value = self.expr_stmt_hoisting(f.value, body)
            field_args = [self.self_ref(), ast.Constant(cls.name), ast.Constant(f.name)]
            body.append(self.at(ast.Expr(self.h("setfield", *field_args, value, node=f)), f))
        fn = function_def(pyname, arguments([this] if this else []), body or [ast.Pass()])
        self.at(fn, cls)
        self.function_kind, self.return_type, self.loops = saved
        return fn

    def enum_args(self, cls: n.ClassDef, pyname: str) -> ast.FunctionDef:
        """Returns each enum constant's constructor arguments (evaluated when a run starts)."""
        arg_lists = ast.List(
            [ast.List([self.expr(a) for a in c.args], ast.Load()) for c in cls.enum_constants],
            ast.Load(),
        )
        return function_def(pyname, arguments([]), [ast.Return(arg_lists)])


def _class_meta(info: ClassInfo, enum_fn: str | None) -> ClassMeta:
    cls = info.node
    methods = tuple(
        MemberMeta(
            name=m.name,
            pyname=m.pyname,
            min_args=m.min_args,
            max_args=m.max_args,
            param_types=param_types(m.node),
            static=m.node.static,
            return_type=m.node.return_type,
        )
        for m in info.methods
    )
    constructors = tuple(
        CtorMeta(
            name=c.name,
            pyname=c.pyname,
            min_args=c.min_args,
            max_args=c.max_args,
            param_types=param_types(c.node),
            chains=_calls_other_ctor(c.node),
        )
        for c in info.constructors
    )
    return ClassMeta(
        name=cls.name,
        superclass=cls.superclass,
        kind=cls.kind,
        fields=tuple(
            FieldMeta(f.name, f.type, f.static, f.final, f.visibility) for f in cls.fields
        ),
        methods=methods,
        constructors=constructors,
        init=info.init_pyname,
        clinit=info.clinit_pyname,
        enum_names=tuple(c.name for c in cls.enum_constants),
        enum_args=enum_fn,
        interfaces=tuple(cls.interfaces),
    )


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
