"""`switch`: Groovy's isCase matching, fall-through, and the `default` block's place."""

from __future__ import annotations

import ast

from convoscript.compiler.codegen.base import SWITCH, CodegenBase
from convoscript.grammar import nodes as n


class SwitchGen(CodegenBase):
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

        groups = _default_last(groups)
        has_default = bool(groups) and None in groups[-1].labels
        chain: list[ast.stmt] = (
            self.fallthrough_body(groups, len(groups) - 1, returns_value, has_default)
            if has_default
            else []
        )
        for i in reversed(range(len(groups) - (1 if has_default else 0))):
            test = self.case_test(groups[i], value_tmp)
            body = self.fallthrough_body(groups, i, returns_value, has_default)
            chain = [self.at(ast.If(test, body, chain), groups[i])]
        return out + chain

    def case_test(self, group: n.CaseGroup, value_tmp: str) -> ast.expr:
        """Whether one of the group's case labels matches the switch value (`isCase`)."""
        tests: list[ast.expr] = [
            self.h("is_case", self.expr(label), self.load(value_tmp), node=label)
            for label in group.labels
            if label is not None
        ]
        return tests[0] if len(tests) == 1 else ast.BoolOp(ast.Or(), tests)

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
        groups = _default_last(node.groups)
        default_index = next((i for i, g in enumerate(groups) if None in g.labels), len(groups))
        select: list[ast.stmt] = [ast.Assign([self.store(start_tmp)], ast.Constant(default_index))]
        for i in reversed(range(min(default_index, len(groups)))):
            test = self.case_test(groups[i], value_tmp)
            select = [ast.If(test, [ast.Assign([self.store(start_tmp)], ast.Constant(i))], select)]
        self.loops.append(SWITCH)
        body: list[ast.stmt] = []
        for i, group in enumerate(groups):
            entered = ast.Compare(self.load(start_tmp), [ast.LtE()], [ast.Constant(i)])
            body.append(ast.If(entered, self.block(group.body), []))
        self.loops.pop()
        body.append(ast.Break())
        loop = self.at(ast.While(ast.Constant(True), body, []), node)
        return select + [loop] + self.pending_jumps()


def _default_last(groups: list[n.CaseGroup]) -> list[n.CaseGroup]:
    """Groovy 2.4 moves the `default:` block after every case, wherever it is written: a case
    without `break` falls into the cases below it and then into the default."""
    return [g for g in groups if None not in g.labels] + [g for g in groups if None in g.labels]
