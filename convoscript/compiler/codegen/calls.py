"""Calls and construction: method calls, calls of values and of names, `new`, arguments."""

from __future__ import annotations

import ast

from convoscript.compiler.codegen.base import PRIMITIVE_DEFAULTS, is_varargs
from convoscript.compiler.codegen.expressions import ExpressionGen
from convoscript.grammar import nodes as n


class CallGen(ExpressionGen):
    """The `e_<Node>` methods of calls. A call of a script method whose overload is known at
    compile time calls its function directly, with typed arguments checked (`h_param`)."""

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
                name = self.member_name(node.name)
                return self.h("call_name_args", name, argv, node=node)
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

    def typed_null(self, value: ast.expr, arg: n.Node) -> ast.expr:
        """An argument whose type the script states (`null as String`, a `String` local): a
        null there selects the overload of that type, as in Groovy (h_typed)."""
        declared = None
        if isinstance(arg, n.Cast):
            declared = arg.type
        elif isinstance(arg, n.Name) and self.res.refs[arg].var is not None:
            declared = self.res.refs[arg].var.type  # type: ignore[union-attr]
        if (
            declared is None
            or declared in PRIMITIVE_DEFAULTS
            or declared in ("char", "def", "Object")
        ):
            return value
        return self.h("typed", value, ast.Constant(declared))

    def call_by_name(self, node: n.MethodCall, args: list[ast.expr]) -> ast.expr:
        ref = self.res.refs[node]
        name = ast.Constant(ref.name)
        if ref.var is not None:
            return self.h("call_value", self.read_var(ref.var, node), *args, node=node)
        if ref.kind == "method":
            fitting = [m for m in ref.methods if m.min_args <= len(args) <= m.max_args]
            if len(fitting) == 1 and not _typed_varargs(fitting[0].node.params):
                method = fitting[0]
                params = method.node.params
                # a varargs parameter's arguments are checked by its prologue (h_varargs)
                fixed = params[:-1] if is_varargs(params) else params
                if any(p.type is not None for p in fixed[: len(args)]):
                    # typed parameters are checked together: a misfit names all the arguments
                    types = ast.Tuple([ast.Constant(p.type) for p in fixed], ast.Load())
                    return self.h(
                        "call_checked", self.load(method.pyname), name, types, *args, node=node
                    )
                return self.at(ast.Call(self.load(method.pyname), args, []), node)
            typed = [self.typed_null(a, arg) for a, arg in zip(args, node.args)]
            return self.h("call_script", name, *typed, node=node)
        if ref.kind == "builtin":
            return self.h(ref.name, *args, node=node)
        if ref.kind == "self_method":
            return self.h("invoke", self.self_ref(), name, *args, node=node)
        if ref.kind == "member_dyn":
            return self.h("member_dcall", self.self_ref(), name, *args, node=node)
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

    def e_New(self, node: n.New) -> ast.expr:
        if node in self.res.script_news:
            return self.h("new_script", ast.Constant(node.type), *self.args(node.args), node=node)
        type_name = self.res.types[node]
        return self.h("new", ast.Constant(type_name), *self.args(node.args), node=node)

    def e_NewArray(self, node: n.NewArray) -> ast.expr:
        # `new String[2][3]`: the component type, the open `[]` after the sizes, the sizes
        dims = [self.expr(d) for d in node.dims]
        component = ast.Constant(self.res.types[node])
        return self.h("new_array", component, ast.Constant(node.open_dims), *dims, node=node)


def _typed_varargs(params: list[n.Param]) -> bool:
    """A typed varargs parameter (`int... xs`): its arguments are fitted by the dispatcher
    (`h_call_script`), so that a misfit is Groovy's MissingMethodException at the call, naming
    every argument, not one raised inside the method."""
    if not is_varargs(params):
        return False
    component = (params[-1].type or "").removesuffix("...").removesuffix("[]")
    return component not in ("", "def", "Object", "java.lang.Object")
