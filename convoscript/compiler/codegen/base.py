"""What every part of codegen shares: its state, the small AST builders, positions, and the
dispatch from a Groovy node to the part that generates it (`s_<Node>` / `e_<Node>` methods)."""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from convoscript.compiler.codegen.intarith import int_binary
from convoscript.compiler.codegen.powerassert import recorded_column
from convoscript.compiler.intlocals import primitive_quotient
from convoscript.compiler.scopes import OwnField, Resolution, VarInfo
from convoscript.errors import FlowSyntaxError
from convoscript.grammar import nodes as n
from convoscript.grammar.budget import tick as compile_tick

# Groovy's binary operators -> the runtime entry point computing them (`h_plus`, ...)
BINARY = {
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


# the entry points that always return a Python bool
_BOOL_RESULT = {"eq", "ne", "lt", "le", "gt", "ge", "matches"}

# the value of a declared but unassigned variable or field of a primitive type
PRIMITIVE_DEFAULTS = {
    "int": 0,
    "long": 0,
    "short": 0,
    "byte": 0,
    "double": 0.0,
    "float": 0.0,
    "boolean": False,
}


@dataclass(frozen=True)
class LoopFlags:
    """An enclosing loop while its body is generated: its label and the flags that carry a
    `break L` / `continue L` out of loops nested in it (all None for an unlabelled loop)."""

    label: str | None = None
    brk: str | None = None
    cont: str | None = None


# a switch whose cases break early is a one-shot `while`: `break` ends it, `continue` cannot
SWITCH = LoopFlags("<switch>")


# a generated statement or expression, positioned by `at`
_Py = TypeVar("_Py", bound=ast.stmt | ast.expr)


class CodegenBase:
    """Codegen's state while it walks one resolved module; the parts (statements.py, ...) are
    mixins of this class, combined in codegen/__init__.py."""

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
        # enclosing loops of the function being generated
        self.loops: list[LoopFlags] = []
        # inside a class member: the class name and `this` (None in a static member)
        self.class_name: str | None = None
        self.this_name: str | None = None
        # ids of the VarInfos of locals declared `int` (see intlocals.py)
        self.int_locals: set[int] = set()
        # inside an asserted condition: the recorder's variable, the `assert`'s line and column
        # (powerassert.py)
        self.recording: tuple[str, int, int] | None = None

    def error(self, node: n.Node, message: str) -> FlowSyntaxError:
        return FlowSyntaxError.at(
            self.module.filename, self.module.source, node.line or 1, node.col or 1, message
        )

    @staticmethod
    def at(py: _Py, node: n.Node) -> _Py:
        """Give `py` the Groovy position of `node`. The column is that of the operation's own
        token when it is on the node's line (`foo` in `x.foo()`): a run-time error reports the
        column of the instruction that failed (runtime/run/traceback.py, script_position)."""
        if node.line:
            col = node.op_col if node.op_line == node.line and node.op_col else node.col
            py.lineno = py.end_lineno = node.line
            py.col_offset = py.end_col_offset = max(col - 1, 0)
        return py

    def h(self, name: str, *args: ast.expr, node: n.Node | None = None) -> ast.Call:
        call = ast.Call(func=ast.Name("h_" + name, ast.Load()), args=list(args), keywords=[])
        if node is not None:
            self.at(call, node)
        return call

    @staticmethod
    def load(name: str) -> ast.Name:
        return ast.Name(name, ast.Load())

    @staticmethod
    def store(name: str) -> ast.Name:
        return ast.Name(name, ast.Store())

    def new_temp(self) -> str:
        self.temp += 1
        return f"t_{self.temp}"

    def const(self, value: object) -> ast.expr:
        """A literal value: a Python constant when it is one exactly (not a subclass such as
        Long), else a `k_*` global holding it (CompiledScript.constants)."""
        if value is None or isinstance(value, (str, bool)):
            return ast.Constant(value)
        if isinstance(value, (int, float)) and type(value) in (int, float):
            return ast.Constant(value)
        name = f"k_{len(self.constants) + 1}"
        self.constants[name] = value
        return ast.Name(name, ast.Load())

    def declare(self, var: VarInfo) -> None:
        """A local declared here (not a parameter or field): note it if it is an `int`."""
        if var.type == "int":
            self.int_locals.add(id(var))

    def primitive_division(self, var_type: str | None, value: n.Node | None) -> ast.expr | None:
        """`double d = 7 / 2`: Groovy 2.4 divides as Java ints (intlocals.primitive_quotient)."""
        if var_type not in ("double", "float"):
            return None
        quotient = primitive_quotient(value, self.res)
        if quotient is None:
            return None
        left, right = self.expr(quotient.left), self.expr(quotient.right)
        return self.h("invoke", left, ast.Constant("intdiv"), right, node=quotient)

    def static_int_binary(
        self, op: str, left: n.Node, right: n.Node, node: n.Node, left_ast: ast.expr | None = None
    ) -> ast.expr | None:
        """`left op right` of two exact ints written out (intarith.py), or None."""
        literal = self.res.numbers[right] if isinstance(right, n.Number) else None
        inline = int_binary(
            op,
            left_ast if left_ast is not None else self.expr(left),
            self.expr(right),
            literal if type(literal) is int else None,
            self.new_temp,
            lambda a, b: self.h("mod", a, b, node=node),
        )
        return None if inline is None else self.at(inline, node)

    def cast_for(self, var: VarInfo, value: ast.expr, static_int: bool, node: n.Node) -> ast.expr:
        """`value` cast to the local's declared type; an exact int needs no cast to `int`."""
        if var.type is None or (static_int and var.type == "int"):
            return value
        return self.h("cast", value, ast.Constant(var.type), node=node)

    def read_var(self, var: VarInfo, node: n.Node) -> ast.expr:
        if var.boxed:
            return self.h("unbox", self.load(var.pyname), node=node)
        return self.load(var.pyname)

    def self_ref(self) -> ast.expr:
        """`this` in an instance member; the class itself in a static one."""
        if self.this_name is not None:
            return self.load(self.this_name)
        return self.h("script_class", ast.Constant(self.class_name))

    def field_args(self, own: OwnField) -> list[ast.expr]:
        """The first arguments of the own-field entry points (`h_getfield`, ...): what holds
        the field (`this`, or the class for a static field), the declaring class, the name."""
        holder = self.h("script_class", ast.Constant(own.owner)) if own.static else self.self_ref()
        return [holder, ast.Constant(own.owner), ast.Constant(own.name)]

    def is_super_property(self, node: n.Property | n.FieldAccess) -> bool:
        """`super.x` (or `super.@x`: Groovy 2.4 compiles it alike) in an instance member:
        the superclass's field or accessor."""
        return (
            isinstance(node.obj, n.Super)
            and isinstance(node.name, str)
            and self.this_name is not None
            and not node.spread
        )

    def member_name(self, name: str | n.Node) -> ast.expr:
        """A member's name: as written, or computed (`obj."$name"`)."""
        if isinstance(name, str):
            return ast.Constant(name)
        return self.h("name_of", self.expr(name), node=name)

    def with_hoisted(self, make: Callable[[], list[ast.stmt]]) -> list[ast.stmt]:
        """Run a statement generator, putting closure definitions it needs in front."""
        self.hoisted.append([])
        stmts = make()
        defs = self.hoisted.pop()
        return defs + stmts

    def expr_stmt_hoisting(self, node: n.Node, out: list[ast.stmt]) -> ast.expr:
        """An expression whose closures are defined into `out` first."""
        self.hoisted.append([])
        value = self.expr(node)
        out.extend(self.hoisted.pop())
        return value

    def expr(self, node: n.Node) -> ast.expr:
        """The Python expression for a Groovy expression (by its `e_<Node>` method)."""
        compile_tick(node.line, node.col)
        method = getattr(self, "e_" + type(node).__name__, None)
        if method is None:
            raise self.error(node, f"Unsupported expression: {type(node).__name__}")
        result: ast.expr = method(node)
        if node.line and not hasattr(result, "lineno"):
            self.at(result, node)
        if self.recording is not None:
            recorder, line, start = self.recording
            column = recorded_column(node, self.res, line, self.lines[line - 1])
            if column is not None:  # the value shown in a failed power assertion
                rec = self.h("rec", self.load(recorder), result, ast.Constant(column - start + 1))
                result = ast.copy_location(rec, result)
        return result

    def truth(self, node: n.Node) -> ast.expr:
        """A Python bool for a Groovy condition (skipping `h_truth` when already a bool)."""
        value = self.expr(node)
        if self.is_bool(node):
            return value
        return self.h("truth", value, node=node)

    def is_bool(self, node: n.Node) -> bool:
        if isinstance(node, n.Binary):
            return BINARY.get(node.op) in _BOOL_RESULT
        if isinstance(node, (n.Logical, n.InstanceOf, n.In)):
            return True
        if isinstance(node, n.Unary) and node.op == "!":
            return True
        return isinstance(node, n.Literal) and isinstance(node.value, bool)

    def stmt(self, node: n.Node, returns_value: bool = False) -> list[ast.stmt]:
        """The Python statements for a Groovy statement (by its `s_<Node>` method), preceded
        by the closures it defines; `returns_value`: it is the last of a function that returns
        its last statement's value."""
        compile_tick(node.line, node.col)
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

    def function_body(self, stmts: list[n.Node], returns_last: bool) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for i, stmt in enumerate(stmts):
            last = returns_last and i == len(stmts) - 1
            out.extend(self.stmt(stmt, returns_value=last))
        if not out:
            out.append(ast.Pass())
        return out

    def pending_jumps(self) -> list[ast.stmt]:
        """After a Python loop nested in labelled loops (a loop, or a switch that is a one-shot
        `while`): pass a pending `break L`/`continue L` on towards loop L."""
        out: list[ast.stmt] = []
        for i, outer in enumerate(self.loops):
            if outer.brk is None or outer.cont is None:
                continue
            innermost = i == len(self.loops) - 1
            out.append(ast.If(self.load(outer.brk), [ast.Break()], []))
            out.append(
                ast.If(self.load(outer.cont), [ast.Continue() if innermost else ast.Break()], [])
            )
        return out

    def ret(self, value: ast.expr, node: n.Node) -> ast.stmt:
        """`return value`, cast to a method's declared return type (nothing for `void`)."""
        if self.function_kind == "method" and self.return_type not in (None, "void"):
            value = self.h("cast", value, ast.Constant(self.return_type), node=node)
        if self.function_kind == "method" and self.return_type == "void":
            return self.at(ast.Return(ast.Constant(None)), node)
        return self.at(ast.Return(value), node)


def function_def(name: str, args: ast.arguments, body: list[ast.stmt]) -> ast.FunctionDef:
    """A plain `def`: no decorators, annotations or type parameters."""
    fn = ast.FunctionDef(name=name, args=args, body=body, decorator_list=[], returns=None)
    if sys.version_info >= (3, 12):
        fn.type_params = []
    return fn


def arguments(
    names: list[str], defaults: list[bool] | None = None, varargs: bool = False
) -> ast.arguments:
    """Python parameters; with `varargs` the last name collects the rest (`String... parts`)."""
    if varargs:
        fixed = arguments(names[:-1], (defaults or [False] * len(names))[:-1])
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


def param_types(method: n.MethodDef) -> tuple[str | None, ...]:
    """A method's declared parameter types (None: untyped), as the runtime checks them."""
    return tuple(p.type for p in method.params)


def is_varargs(params: list[n.Param]) -> bool:
    """A last parameter of an array type, `T...` or `T[]`, is varargs (as in Groovy)."""
    return bool(params) and (params[-1].type or "").endswith(("...", "[]"))
