"""The Groovy AST: plain dataclasses with source positions, built by `builder.py`.

Nodes carry no behaviour and only syntax: what the compiler decides about them (scopes, names,
number values) lives in its own tables (compiler/scopes.py), never on the nodes. `line`/`col` are 1-based Groovy positions.
`op_line`/`op_col` (0 when unknown) are where the operation's own token is: the member name of
a call or property, the operator of a binary or unary expression, the `[` of an index, the `new`
of a constructor. Run-time errors point there (docs/authoring.md, "Diagnostics").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(eq=False)
class Node:
    line: int = field(default=0, kw_only=True)
    col: int = field(default=0, kw_only=True)
    op_line: int = field(default=0, kw_only=True, repr=False)
    op_col: int = field(default=0, kw_only=True, repr=False)


# ---- expressions ---------------------------------------------------------------------------
@dataclass(eq=False)
class Name(Node):
    id: str


@dataclass(eq=False)
class Literal(Node):
    """A String, boolean or null literal: `value` is the plain Python value."""

    value: str | bool | None


@dataclass(eq=False)
class Number(Node):
    """A number literal as written (`42`, `0x1FL`, `2.50G`, `1e3d`). The grammar knows no number
    types: the compiler gives it its value (compiler/literals.py). `negative`: a leading minus
    folded in, as Groovy's parser does (`-2147483648` is one Integer literal)."""

    text: str
    negative: bool = False


@dataclass(eq=False)
class GStringExpr(Node):
    strings: list[str]
    values: list[Node]


@dataclass(eq=False)
class ListExpr(Node):
    items: list[Node]


@dataclass(eq=False)
class MapEntry(Node):
    key: Node | None  # None for a spread entry `*: map`
    value: Node


@dataclass(eq=False)
class MapExpr(Node):
    entries: list[MapEntry]


@dataclass(eq=False)
class RangeExpr(Node):
    low: Node
    high: Node
    exclusive: bool


@dataclass(eq=False)
class Property(Node):
    obj: Node
    name: str | Node  # a Node for `obj."$dynamic"`
    safe: bool = False
    spread: bool = False


@dataclass(eq=False)
class FieldAccess(Node):
    """`obj.@name`: the field itself, never its getter or setter (Groovy's attribute access)."""

    obj: Node
    name: str | Node  # a Node for `obj.@"$dynamic"`
    safe: bool = False
    spread: bool = False


@dataclass(eq=False)
class NamedArg(Node):
    key: Node | None  # None for a spread map `*: map`
    value: Node


@dataclass(eq=False)
class SpreadArg(Node):
    value: Node


@dataclass(eq=False)
class MethodCall(Node):
    """`obj.name(args)`; with obj None, a call of a bare name (`foo(1)`)."""

    obj: Node | None
    name: str | Node
    args: list[Node]
    safe: bool = False
    spread: bool = False


@dataclass(eq=False)
class Call(Node):
    """Calling the value of an expression: `(closure)(1)`, `map.f(1)` is a MethodCall instead."""

    func: Node
    args: list[Node]


@dataclass(eq=False)
class Index(Node):
    obj: Node
    index: Node


@dataclass(eq=False)
class Assign(Node):
    target: Node
    op: str  # "=", "+=", ...
    value: Node


@dataclass(eq=False)
class MultiAssign(Node):
    names: list[str]
    value: Node


@dataclass(eq=False)
class Binary(Node):
    op: str
    left: Node
    right: Node


@dataclass(eq=False)
class Logical(Node):
    op: str  # "&&" or "||"
    left: Node
    right: Node


@dataclass(eq=False)
class Unary(Node):
    op: str  # "-", "+", "!", "~"
    operand: Node


@dataclass(eq=False)
class IncDec(Node):
    op: str  # "++" or "--"
    prefix: bool
    target: Node


@dataclass(eq=False)
class Ternary(Node):
    cond: Node
    then: Node
    orelse: Node


@dataclass(eq=False)
class Elvis(Node):
    value: Node
    orelse: Node


@dataclass(eq=False)
class Param(Node):
    name: str
    type: str | None = None
    default: Node | None = None


@dataclass(eq=False)
class ClosureExpr(Node):
    params: list[Param]
    body: list[Node]
    implicit_it: bool  # no explicit parameter list: `it` is the (optional) parameter


@dataclass(eq=False)
class New(Node):
    type: str
    args: list[Node]


@dataclass(eq=False)
class NewArray(Node):
    """`new int[3]`, `new String[2][3]`, `new int[2][]`: an array of `type` (the component of
    the outermost array) sized by `dims`, with `open_dims` more `[]` left unsized."""

    type: str
    dims: list[Node]
    open_dims: int = 0


@dataclass(eq=False)
class MethodPointer(Node):
    obj: Node
    name: str | Node  # a Node for `obj.&"$dynamic"`


@dataclass(eq=False)
class InstanceOf(Node):
    value: Node
    type: str


@dataclass(eq=False)
class Cast(Node):
    """`value as Type` (explicit: Groovy's asType) or `(Type) value` (a Java cast)."""

    value: Node
    type: str
    explicit: bool = True


@dataclass(eq=False)
class In(Node):
    item: Node
    container: Node


@dataclass(eq=False)
class This(Node):
    pass


@dataclass(eq=False)
class Super(Node):
    """`super` in a class member: `super.method()`, or `super(args)` in a constructor."""


@dataclass(eq=False)
class Annotation(Node):
    """`@Name` or `@Name(args)`; `args` is the argument tokens as "TYPE:value ..." text, vetted
    by the compiler (only a few inert annotations are accepted)."""

    name: str
    args: str = ""


# ---- statements ----------------------------------------------------------------------------
@dataclass(eq=False)
class ExprStmt(Node):
    expr: Node


@dataclass(eq=False)
class VarDecl(Node):
    name: str
    type: str | None  # None for `def`
    value: Node | None
    static: bool = False
    final: bool = False
    annotations: list[Annotation] = field(default_factory=list)
    # `public`, `protected` or `private` as written; None when none is (a class field without
    # one is a property: Groovy makes its field private and gives it a getter and setter)
    visibility: str | None = None


@dataclass(eq=False)
class MultiDecl(Node):
    names: list[str]
    types: list[str | None]
    value: Node


@dataclass(eq=False)
class MethodDef(Node):
    name: str
    params: list[Param]
    body: list[Node]
    return_type: str | None  # None for def, "void" for void
    static: bool = False
    abstract: bool = False  # an interface's or abstract method: no body
    annotations: list[Annotation] = field(default_factory=list)


@dataclass(eq=False)
class EnumConstant(Node):
    """`NAME` or `NAME(args)` in an enum: a constant and its constructor arguments."""

    name: str
    args: list[Node]


@dataclass(eq=False)
class ClassDef(Node):
    name: str
    superclass: str | None
    fields: list[VarDecl]
    methods: list[MethodDef]
    constructors: list[MethodDef]
    kind: str = "class"  # "class", "interface", "enum" or "trait"
    interfaces: list[str] = field(default_factory=list)
    enum_constants: list[EnumConstant] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)


@dataclass(eq=False)
class Block(Node):
    body: list[Node]
    scoped: bool = True  # False for `def a = 1, b = 2`: the names belong to the enclosing scope


@dataclass(eq=False)
class If(Node):
    cond: Node
    then: list[Node]
    orelse: list[Node] | None


@dataclass(eq=False)
class ForIn(Node):
    var: str
    var_type: str | None
    iterable: Node
    body: list[Node]
    label: str | None = None


@dataclass(eq=False)
class ForClassic(Node):
    init: list[Node]
    cond: Node | None
    update: list[Node]
    body: list[Node]
    label: str | None = None


@dataclass(eq=False)
class While(Node):
    cond: Node
    body: list[Node]
    label: str | None = None


@dataclass(eq=False)
class Break(Node):
    label: str | None = None


@dataclass(eq=False)
class Continue(Node):
    label: str | None = None


@dataclass(eq=False)
class CaseGroup(Node):
    labels: list[Node | None]  # None for `default`
    body: list[Node]


@dataclass(eq=False)
class Switch(Node):
    value: Node
    groups: list[CaseGroup]
    label: str | None = None


@dataclass(eq=False)
class Return(Node):
    value: Node | None


@dataclass(eq=False)
class Throw(Node):
    value: Node


@dataclass(eq=False)
class Catch(Node):
    types: list[str]  # empty: catch everything a script may catch (`catch (e)`)
    name: str
    body: list[Node]


@dataclass(eq=False)
class Try(Node):
    body: list[Node]
    catches: list[Catch]
    final: list[Node] | None


@dataclass(eq=False)
class Assert(Node):
    cond: Node
    message: Node | None
    source: str  # the asserted expression's text, for the PowerAssertionError message


@dataclass(eq=False)
class Import(Node):
    path: str
    alias: str | None
    static: bool
    star: bool


@dataclass(eq=False)
class Labeled(Node):
    label: str
    stmt: Node


@dataclass(eq=False)
class Module(Node):
    body: list[Node]
    source: str = ""
    filename: str = ""


def children(node: Node) -> Iterator[Node]:
    """The nodes directly inside `node`, in field order (its Node fields and the Nodes of its
    list fields): the one walk the compiler's resolver and the authoring tools share."""
    for value in vars(node).values():
        if isinstance(value, Node):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Node):
                    yield item
