"""Loops (`while`, `for (x in ...)`, classic `for`) and `break`/`continue`, labelled or not.

Python has no labelled loops: a labelled loop gets two flags; `break L` from a loop nested in it
sets L's break flag and breaks, and after each nested loop the flags of the enclosing labelled
loops are checked to carry the jump outwards.
"""

from __future__ import annotations

import ast

from convoscript.compiler.codegen.base import SWITCH, CodegenBase, LoopFlags
from convoscript.grammar import nodes as n


class LoopGen(CodegenBase):
    """The `s_<Node>` methods of loops and jumps; every loop iteration ticks the budget."""

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
        stmts.extend(self.pending_jumps())
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

    def s_Break(self, node: n.Break, returns_value: bool) -> list[ast.stmt]:
        return self.jump(node, node.label, is_break=True)

    def s_Continue(self, node: n.Continue, returns_value: bool) -> list[ast.stmt]:
        return self.jump(node, node.label, is_break=False)

    def jump(self, node: n.Node, label: str | None, is_break: bool) -> list[ast.stmt]:
        innermost = self.loops[-1] if self.loops else None
        if label is None and not is_break and innermost is SWITCH:
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
