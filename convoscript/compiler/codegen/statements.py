"""Statements other than loops and switch: expression statements, declarations, blocks, if,
return, throw, try/catch/finally and assert."""

from __future__ import annotations

import ast

from convoscript.compiler.codegen.asserttext import NoText, groovy_text, shown_variables
from convoscript.compiler.codegen.assignment import AssignmentGen
from convoscript.compiler.codegen.base import PRIMITIVE_DEFAULTS
from convoscript.compiler.codegen.intarith import int_step
from convoscript.compiler.intlocals import is_static_int
from convoscript.grammar import nodes as n

# Declared types narrower than int: `++`/`--` on them is cast back (it may leave the range).
_NARROW_TYPES = frozenset({"short", "Short", "byte", "Byte"})


class StatementGen(AssignmentGen):
    """The `s_<Node>` methods of plain statements. Each returns Python statements; with
    `returns_value` the statement is its function's last and returns its value (Groovy's
    implicit return)."""

    def s_ExprStmt(self, node: n.ExprStmt, returns_value: bool) -> list[ast.stmt]:
        expr = node.expr
        if returns_value:
            return [self.ret(self.expr(expr), node)]
        if isinstance(expr, n.Assign):
            return self.assign_stmt(expr)
        var = self.unboxed_local(expr.target) if isinstance(expr, n.IncDec) else None
        if isinstance(expr, n.IncDec) and var is not None:
            value: ast.expr
            if var.type == "int" and id(var) in self.int_locals:
                value = self.at(int_step(self.load(var.pyname), expr.op), expr)
            else:
                fn = "next" if expr.op == "++" else "previous"
                value = self.h(fn, self.load(var.pyname), node=expr)
            if var.type in _NARROW_TYPES:  # `short s = 32767; s++` wraps to -32768, as in Java
                value = self.cast_for(var, value, False, expr)
            return [self.at(ast.Assign([self.store(var.pyname)], value), node)]
        return [self.at(ast.Expr(self.expr(expr)), node)]

    def s_VarDecl(self, node: n.VarDecl, returns_value: bool) -> list[ast.stmt]:
        if node in self.res.script_fields:  # @Field: a script field, visible in methods
            value = (
                self.expr(node.value)
                if node.value is not None
                else ast.Constant(PRIMITIVE_DEFAULTS.get(node.type or ""))
            )
            if node.type is not None:
                value = self.h("cast", value, ast.Constant(node.type), node=node)
            return [
                self.at(ast.Expr(self.h("bset", ast.Constant(node.name), value, node=node)), node)
            ]
        var = self.res.decls[node]
        if node.value is not None:
            value = self.primitive_division(node.type, node.value) or self.expr(node.value)
            if node.type is not None:
                static_int = node.type == "int" and is_static_int(
                    node.value, self.res, self.int_locals
                )
                if not static_int:
                    value = self.h("cast", value, ast.Constant(node.type), node=node)
        else:
            value = ast.Constant(PRIMITIVE_DEFAULTS.get(node.type or ""))
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

    def s_If(self, node: n.If, returns_value: bool) -> list[ast.stmt]:
        test = self.truth(node.cond)
        then = self.block(node.then, returns_value)
        orelse = self.block(node.orelse, returns_value) if node.orelse is not None else []
        if returns_value and node.orelse is None:
            orelse = [self.ret(ast.Constant(None), node)]
        return [self.at(ast.If(test, then, orelse), node)]

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
        if node.message is None and self.recording is None:
            return self.power_assert(node)
        text = self.assert_text(node)
        message = self.expr(node.message) if node.message is not None else ast.Constant(None)
        shown: list[ast.expr] = [
            ast.Tuple([ast.Constant(v.id), self.expr(v)], ast.Load())
            for v in shown_variables(node.cond, self.res)
        ]
        fail = ast.Raise(
            self.h(
                "assertion_error",
                ast.Constant(text),
                message,
                self.expr(node.cond),
                ast.Constant(None),
                ast.Tuple(shown, ast.Load()),
                node=node,
            ),
            None,
        )
        test = ast.UnaryOp(ast.Not(), self.truth(node.cond))
        return [self.at(ast.If(test, [self.at(fail, node)], []), node)]

    def power_assert(self, node: n.Assert) -> list[ast.stmt]:
        """`assert cond` without a message: the values of the condition's parts are recorded as
        it is evaluated, for Groovy's power assertion message."""
        line = self.lines[node.line - 1] if 0 < node.line <= len(self.lines) else ""
        keyword = line.rfind("assert", 0, max(node.col, 1))
        if keyword < 0:
            keyword = max(node.col - 1, 0)
        start = keyword + len("assert")
        rest = line[start:]
        expression = _expression_prefix(rest)
        end = start + rest.find(expression) + len(expression) if expression else len(line)
        recorder = self.new_temp()
        self.recording = (recorder, node.line, keyword + 1)
        try:
            test = ast.UnaryOp(ast.Not(), self.truth(node.cond))
        finally:
            self.recording = None
        fail = ast.Raise(
            self.h(
                "assertion_error",
                ast.Constant(line[keyword:end]),
                ast.Constant(None),
                ast.Constant(None),
                self.load(recorder),
                node=node,
            ),
            None,
        )
        make = ast.Assign([self.store(recorder)], self.h("recorder", node=node))
        return [self.at(make, node), self.at(ast.If(test, [self.at(fail, node)], []), node)]

    def assert_text(self, node: n.Assert) -> str:
        """The asserted expression for the error message: with a message, as Groovy's AST
        prints it (asserttext.py: `msg. Expression: (a == b)`), else as written."""
        if node.message is not None:
            try:
                return groovy_text(node.cond, self.res)
            except NoText:
                pass
        line = self.lines[node.line - 1] if 0 < node.line <= len(self.lines) else ""
        start = max(node.col - 1, 0)
        keyword = line.rfind("assert", 0, start + 1)  # the condition's node may start inside
        if keyword >= 0:  # it (`[1, 2].contains(3)` is positioned at its call)
            start = keyword + len("assert")
        text = _expression_prefix(line[start:])
        if node.message is not None and isinstance(node.cond, (n.Binary, n.Logical)):
            return f"({text})"
        return text


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
