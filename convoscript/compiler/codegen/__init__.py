"""Codegen: a resolved Groovy module to a Python `ast.Module` in which every dynamic operation is
a call to a runtime entry point (`h_*`, see runtime/door/entrypoints.py).

Naming in generated code (never colliding, since Groovy names are prefixed):
`v_*` script locals, `m_*` script methods, `c_*` closure bodies, `t_*` temporaries, `k_*`
constants that are not Python literals (BigDecimal, Long, ...), `h_*` runtime entry points.
Every node carries the Groovy line and column so run-time errors point at the operation.

The parts, one idea each: base (state, builders, dispatch), expressions, calls, assignment,
statements, loops, switch, functions (methods, closures), classes; `Codegen` combines them.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from convoscript.compiler.artifact import ClassMeta, MethodMeta
from convoscript.compiler.codegen.base import arguments, function_def, param_types
from convoscript.compiler.codegen.calls import CallGen
from convoscript.compiler.codegen.classes import ClassGen
from convoscript.compiler.codegen.loops import LoopGen
from convoscript.compiler.codegen.statements import StatementGen
from convoscript.compiler.codegen.switch import SwitchGen
from convoscript.compiler.scopes import Resolution
from convoscript.grammar import nodes as n


@dataclass
class CompiledModule:
    """The generated module and what the runtime needs besides its code (artifact.py)."""

    tree: ast.Module
    constants: dict[str, object]
    methods: list[MethodMeta] = field(default_factory=list)
    classes: list[ClassMeta] = field(default_factory=list)


class Codegen(ClassGen, StatementGen, LoopGen, SwitchGen, CallGen):
    """All of codegen, for one module: script methods, classes, then the script body."""

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
                        param_types=param_types(info.node),
                        return_type=info.node.return_type,
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
        main = function_def("s_main", arguments([]), main_body)
        main.lineno = 1
        body.append(main)
        tree = ast.Module(body=body, type_ignores=[])
        ast.fix_missing_locations(tree)
        return CompiledModule(tree, self.constants, methods_meta, classes_meta)


def generate(res: Resolution, budget_checks: bool = True) -> CompiledModule:
    """The Python module for a resolved script. `budget_checks=False` (no ticks, no recursion
    accounting) exists for the budget benchmark only."""
    return Codegen(res, budget_checks).run()
