"""Functions: script methods and class members, closures, their parameters and prologues."""

from __future__ import annotations

import ast

from convoscript.compiler.codegen.base import CodegenBase, arguments, function_def, is_varargs
from convoscript.compiler.scopes import MethodInfo
from convoscript.grammar import nodes as n


class FunctionGen(CodegenBase):
    """Python functions for methods and closures. A method runs inside `h_enter`/`h_leave`
    (the recursion budget); a closure's function is defined (hoisted) in front of the
    statement that makes it, and `h_closure` wraps it into a Groovy Closure."""

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
        fn = function_def(
            info.pyname,
            arguments(
                lead + [v.pyname for v in params],
                defaults=[False] * len(lead) + [p.default is not None for p in node.params],
                varargs=is_varargs(node.params),
            ),
            guarded,
        )
        self.at(fn, node)
        self.function_kind, self.return_type, self.loops = saved
        return fn

    def param_prologue(
        self, params: list[n.Param], owner: str, check_types: bool = True
    ) -> list[ast.stmt]:
        """Statements that complete the parameters: fill omitted defaults (`h_MISSING`), check
        declared types (`h_param`), collect varargs (`h_varargs`), box what closures assign."""
        out: list[ast.stmt] = []
        for index, p in enumerate(params):
            var = self.res.decls[p]
            varargs = index == len(params) - 1 and is_varargs(params)
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
                declared = p.type or ""  # `T...` or `T[]` (is_varargs)
                component = declared[:-3] if declared.endswith("...") else declared[:-2]
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

    def e_ClosureExpr(self, node: n.ClosureExpr) -> ast.expr:
        saved = (self.function_kind, self.return_type, self.loops)
        self.function_kind, self.return_type, self.loops = "closure", None, []
        recording, self.recording = self.recording, None  # a closure's body is not recorded
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
            if is_varargs(node.params):
                min_params, max_params = min_params - 1, -1
        body = prologue + self.function_body(node.body, returns_last=True)
        fn = function_def(
            info.pyname, arguments(names, defaults=defaults, varargs=is_varargs(node.params)), body
        )
        self.at(fn, node)
        self.function_kind, self.return_type, self.loops = saved
        self.recording = recording
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
