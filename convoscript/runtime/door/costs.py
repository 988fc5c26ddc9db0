"""Declared member costs: what a call of a library member costs in steps, and how big its result
can be, as small expressions over the receiver and the arguments.

The library declares them in `convoscript/lib/<package>/costs.txt`, beside the signature lines
they price (`lib/signature_files.py` reads them). One entry a line:

    <member> = steps <expr> [; text <expr> | ; items <expr>] [; copy]

`<member>` is a whole signature line (`method java.lang.String padLeft int`), `<owner> <name>`
for all the overloads of a name (`new` for the constructors), or `<owner> *` for every member
of the owner that no more specific entry prices: a wildcard says the owner's other members are
constant-cost, so it is a declaration like any other and must be true.

`<expr>` is made of integer constants, `self`, `arg0`, `arg1`, ... (an argument's numeric value,
clamped at 0; 0 for a non-number or a missing argument), `len(x)` / `size(x)` (the length of a
string, the size of a collection or map, the length of a range; 0 for anything else), `+`, `*`,
`/` (integer division), parentheses, `max(a, b, ...)` and `int(argN)` (the argument narrowed
as Java's `intValue()` narrows it: a GDK count taking a Number uses that).

`copy` marks a member whose result may be a new copy of its receiver, of a size only the call
knows (`s[1..-1]`, `drop`, `next`, a GString rendered): the door charges that copy's actual
size after the call (a step per 64 characters or 16 items), so holding many copies of a large
value costs what making them did.

`text` bounds the length of a String result, `items` the size of a collection result: the door
refuses the call when the bound passes `max_string_length` / `max_collection_size`, before the
implementation runs (`"x".padLeft(10**9)` allocates nothing), then checks the actual result.

Entries are parsed once, when the library loads, into closures (no text is evaluated at run
time); `Cost.charge` is what the guard (`surface.guard`) calls.
"""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from convoscript.runtime.core.types import StringBuilder
from convoscript.runtime.model.values import GString, IntRange
from convoscript.runtime.numbers.conversions import to_int
from convoscript.runtime.numbers.kinds import wrap32

Expr = Callable[[object, tuple], int]

_TOKEN = re.compile(r"\s*(?:(\d+)|([A-Za-z_][A-Za-z_0-9]*)|(.))")


class CostSyntaxError(ValueError):
    """A costs.txt entry that does not parse."""


def measure(value: object) -> int:
    """`len(x)`: a string's length, a collection's, map's or range's size, else 0."""
    t = type(value)
    if t is str or t is list or t is dict:
        return len(value)  # type: ignore[arg-type]
    if t is StringBuilder:
        return value.length  # type: ignore[attr-defined,no-any-return]
    if t is GString:
        # its literal text only: rendering would run `${-> ...}` closures (a side effect
        # Groovy does not have), and the literal text is a lower bound of the rendered one
        parts: tuple[str, ...] = value.strings  # type: ignore[attr-defined]
        return sum(len(part) for part in parts)
    if isinstance(value, (str, list, dict, IntRange)):
        return len(value)
    length = getattr(value, "length", None)  # a StringBuilder
    if type(length) is int:
        return length
    try:
        return len(value)  # type: ignore[arg-type]  # a Set, an array
    except TypeError:
        return 0


def int_value(value: object) -> int:
    """`int(argN)`: a Number argument narrowed as Java's `intValue()` narrows it
    (`numbers.to_int`), clamped at 0: what a GDK count such as `padLeft(Number)` actually uses,
    so `"ab".padLeft(4294967300L)` (Groovy pads to 4) is priced as Groovy runs it."""
    try:
        n = wrap32(to_int(value))  # wrap32: a host's plain int beyond Integer narrows too
    except (TypeError, ValueError, ArithmeticError):  # not a number (a bool, a String)
        return 0
    return n if n > 0 else 0


def number(value: object) -> int:
    """`argN`: an argument's numeric value, clamped at 0 (0 for a non-number)."""
    if type(value) is int:
        return value if value > 0 else 0  # type: ignore[return-value]
    if isinstance(value, (int, float, Decimal)) and type(value) is not bool:
        try:
            n = int(value)
        except (ValueError, OverflowError, ArithmeticError):  # NaN, infinity
            return 0
        return n if n > 0 else 0
    return 0


class _Parser:
    def __init__(self, text: str):
        self.tokens: list[tuple[str, str]] = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None:  # pragma: no cover - the pattern matches any character
                break
            pos = m.end()
            if m.group(1):
                self.tokens.append(("num", m.group(1)))
            elif m.group(2):
                self.tokens.append(("name", m.group(2)))
            elif m.group(3).strip():
                self.tokens.append(("op", m.group(3)))
        self.at = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self, op: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None or op is not None and tok != ("op", op):
            raise CostSyntaxError(f"expected {op or 'a term'}")
        self.at += 1
        return tok

    # The parser writes each expression out as one Python expression over `s` (the receiver)
    # and `x` (the arguments), compiled once into a single function: a guard evaluates it on
    # every call of its member, and one flat function costs a fraction of a tree of closures.
    def parse(self) -> ast.expr:
        expr = self.sum()
        if self.peek() is not None:
            raise CostSyntaxError(f"unexpected {self.peek()[1]!r}")  # type: ignore[index]
        return expr

    def sum(self) -> ast.expr:
        left = self.product()
        while self.peek() == ("op", "+"):
            self.take("+")
            left = ast.BinOp(left, ast.Add(), self.product())
        return left

    def product(self) -> ast.expr:
        left = self.atom()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            right = self.atom()
            if op == "*":
                left = ast.BinOp(left, ast.Mult(), right)
            else:  # integer division, by at least 1
                divisor = right if _positive_constant(right) else _call("max", right, _num(1))
                left = ast.BinOp(left, ast.FloorDiv(), divisor)
        return left

    def atom(self) -> ast.expr:
        kind, text = self.take()
        if kind == "num":
            return _num(int(text))
        if (kind, text) == ("op", "("):
            inner = self.sum()
            self.take(")")
            return inner
        if kind != "name":
            raise CostSyntaxError(f"unexpected {text!r}")
        if text == "self":
            return _call("number", _S)
        if text.startswith("arg") and text[3:].isdigit():
            return _arg("number", int(text[3:]))
        if text == "int":
            self.take("(")
            kind, name = self.take()
            if not (kind == "name" and name.startswith("arg") and name[3:].isdigit()):
                raise CostSyntaxError("int() takes an argument")
            self.take(")")
            return _arg("int_value", int(name[3:]))
        if text in ("len", "size", "max"):
            self.take("(")
            args = [self.value() if text != "max" else self.sum()]
            while self.peek() == ("op", ","):
                self.take(",")
                args.append(self.sum())
            self.take(")")
            if text == "max":
                return _call("max", *args) if len(args) > 1 else args[0]
            if len(args) != 1:
                raise CostSyntaxError(f"{text}() takes one value")
            return args[0]
        raise CostSyntaxError(f"unknown name {text!r}")

    def value(self) -> ast.expr:
        """The operand of len()/size(): `self` or `argN`, measured."""
        kind, text = self.take()
        if text == "self":
            return _call("measure", _S)
        if kind == "name" and text.startswith("arg") and text[3:].isdigit():
            return _arg("measure", int(text[3:]))
        raise CostSyntaxError("len() and size() take self or an argument")


_S = ast.Name("s", ast.Load())
_X = ast.Name("x", ast.Load())


def _num(n: int) -> ast.expr:
    return ast.Constant(n)


def _positive_constant(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is int and node.value >= 1


def _call(fn: str, *args: ast.expr) -> ast.expr:
    return ast.Call(ast.Name(fn, ast.Load()), list(args), [])


def _arg(fn: str, i: int) -> ast.expr:
    """`fn(x[i]) if i < len(x) else 0`: an argument the call may not have passed."""
    item = ast.Subscript(_X, ast.Constant(i), ast.Load())
    present = ast.Compare(ast.Constant(i), [ast.Lt()], [_call("len", _X)])
    return ast.IfExp(present, _call(fn, item), _num(0))


# what a compiled expression may call: the measures above and two builtins
_NAMESPACE = {
    "__builtins__": {},
    "measure": measure,
    "number": number,
    "int_value": int_value,
    "max": max,
    "len": len,
}


def _function(body: ast.expr) -> Expr:
    params = ast.arguments([], [ast.arg("s"), ast.arg("x")], None, [], [], None, [])
    tree = ast.fix_missing_locations(ast.Expression(ast.Lambda(params, body)))
    # the tree is the parser's own (names from _NAMESPACE only), never text from a script
    fn = eval(compile(tree, "<costs.txt>", "eval"), dict(_NAMESPACE))
    fn.tree = body  # for `combine`, which writes the max of several out as one function
    return fn  # type: ignore[no-any-return]


class _SharedMeasures(ast.NodeTransformer):
    """Computes each distinct measure (`measure(s)`, an argument's `measure(x[i]) if ...`)
    once: its first occurrence, in evaluation order, binds a name that later ones read. Every
    measure of a cost expression is evaluated unconditionally (none sits in a branch), so the
    name is always bound before it is read."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}

    def _share(self, node: ast.expr) -> ast.expr:
        key = ast.dump(node)
        name = self.names.get(key)
        if name is not None:
            return ast.Name(name, ast.Load())
        name = self.names[key] = f"m{len(self.names)}"
        return ast.NamedExpr(ast.Name(name, ast.Store()), node)

    def visit_Call(self, node: ast.Call) -> ast.expr:
        if isinstance(node.func, ast.Name) and node.func.id in ("measure", "number"):
            return self._share(node)
        return self.generic_visit(node)  # type: ignore[return-value]

    def visit_IfExp(self, node: ast.IfExp) -> ast.expr:
        return self._share(node)  # an argument's measure (`_arg`)


def pair_function(steps: Expr, size: Expr) -> Callable[[object, tuple], tuple[int, int]]:
    """`(steps, size)` of a call in one function, each shared measure computed once: what a
    charged guard evaluates on every call of a member with a size bound."""
    both = ast.Tuple([steps.tree, size.tree], ast.Load())  # type: ignore[attr-defined]
    return _function(_SharedMeasures().visit(copy.deepcopy(both)))  # type: ignore[return-value]


def _max_of(parts: tuple[Expr, ...]) -> Expr:
    """The largest of several compiled expressions, as one function."""
    return _function(_call("max", *(p.tree for p in parts)))  # type: ignore[attr-defined]


def _tree(text: str) -> ast.expr:
    return _Parser(text).parse()


def compile_expr(text: str) -> Expr:
    """One cost expression (costs.txt grammar) as a function of (receiver, arguments)."""
    return _function(_tree(text))


@dataclass(frozen=True)
class Cost:
    """One entry's cost: steps, and the bound of a text or collection result (or none)."""

    text: str  # the entry as written, for errors and docs
    steps: Expr
    constant: int | None  # the steps when they do not depend on the call (the hot path)
    size_kind: str | None  # "text", "items" or None
    size: Expr | None
    # `; copy`: the result may be a copy of its receiver whose size only the call knows
    # (`s[1..-1]`, `drop`, `next`, a GString rendered): the door charges its actual size after
    copy: bool = False


def parse_cost(text: str) -> Cost:
    """`steps <expr> [; text <expr> | ; items <expr>] [; copy]` (one Cost per distinct text: most
    entries share a handful, and the library loads at a run's first member call)."""
    cost = _PARSED.get(text)
    if cost is None:
        cost = _PARSED[text] = _parse_cost(text)
    return cost


_PARSED: dict[str, Cost] = {}


def _parse_cost(text: str) -> Cost:
    parts = [p.strip() for p in text.split(";")]
    if not parts[0].startswith("steps "):
        raise CostSyntaxError("a cost starts with `steps <expr>`")
    steps_text = parts[0][len("steps ") :]
    steps = compile_expr(steps_text)
    constant = int(steps_text) if steps_text.strip().isdigit() else None
    size_kind, size = None, None
    copy = False
    for part in parts[1:]:
        if part == "copy" and not copy:
            copy = True
            continue
        word, _, rest = part.partition(" ")
        if word not in ("text", "items") or size is not None:
            raise CostSyntaxError(
                f"expected one `text <expr>`, `items <expr>` or `copy`, got {part!r}"
            )
        size_kind, size = word, compile_expr(rest)
    return Cost(text, steps, constant, size_kind, size, copy)


def combine(costs: list[Cost]) -> Cost:
    """The cost of a guard that stands for several overloads priced apart: the most any of
    them says (the guard does not know which overload the implementation will take)."""
    distinct = list(dict.fromkeys(costs))
    if len(distinct) == 1:
        return distinct[0]
    steps_parts = tuple(c.steps for c in distinct)
    constants = {c.constant for c in distinct}
    constant = constants.pop() if len(constants) == 1 else None
    sized = [c for c in distinct if c.size is not None]
    kinds = {c.size_kind for c in sized}
    size_kind: str | None = None
    size: Expr | None = None
    size_parts: tuple[Expr, ...] = tuple(c.size for c in sized if c.size is not None)
    if size_parts:
        # overloads bounding different kinds of result: only the actual result is checked
        size_kind = kinds.pop() if len(kinds) == 1 else "either"
        size = _max_of(size_parts) if len(size_parts) > 1 else size_parts[0]
    return Cost(
        " | ".join(c.text for c in distinct),
        _max_of(steps_parts) if constant is None else distinct[0].steps,
        constant,
        size_kind,
        size,
        any(c.copy for c in distinct),
    )


@dataclass(frozen=True)
class Entry:
    """One costs.txt line: the member it prices and its cost."""

    key: tuple[str, ...]  # a signature line's words, or (owner, name), or (owner, "*")
    cost: Cost
    where: str


def parse_entry(line: str, where: str) -> Entry:
    member, sep, cost_text = line.partition("=")
    if not sep:
        raise CostSyntaxError(f"{where}: a cost entry reads `<member> = steps <expr> ...`")
    try:
        cost = parse_cost(cost_text.strip())
    except CostSyntaxError as e:
        raise CostSyntaxError(f"{where}: {e}") from None
    return Entry(tuple(member.split()), cost, where)
