"""What resolution decides, as declared data: the resolver (resolve.py) fills a `Resolution`,
codegen reads it. The syntax tree stays as the parser built it; every decision about a node is
in a table keyed by that node (nodes compare and hash by identity)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from convoscript.grammar import nodes as n


@dataclass(eq=False)
class FunctionInfo:
    """A function of the generated code: the script body, a method or a closure."""

    kind: Literal["main", "method", "closure"]
    parent: FunctionInfo | None
    name: str = ""


@dataclass(eq=False)
class VarInfo:
    """A local variable (or parameter) and its Python name. `boxed`: a closure assigns it, so
    it lives in a box (Python closures cannot rebind an enclosing variable without `nonlocal`,
    which the policy compiler refuses)."""

    name: str
    pyname: str
    type: str | None
    function: FunctionInfo
    boxed: bool = False


@dataclass(eq=False)
class MethodInfo:
    """A script method, or a method or constructor of a script class. `this`: the receiver
    parameter of a class's instance member (None for script methods and static members)."""

    name: str
    pyname: str
    node: n.MethodDef
    min_args: int
    max_args: int
    this: VarInfo | None = None


@dataclass(eq=False)
class ClassInfo:
    """A script class: its member functions (abstract methods dropped), the Python names of its
    instance and static initialisers, and the `this` parameter of the instance initialiser."""

    node: n.ClassDef
    methods: list[MethodInfo]
    constructors: list[MethodInfo]
    init_pyname: str
    clinit_pyname: str
    init_this: VarInfo


RefKind = Literal[
    "local",  # a local variable or parameter: `var`
    "class",  # an allowed (or denied) Java class: `name` is as written or imported, qualified
    "script_class",  # a class the script defines
    "field",  # a property of `this` inside a class member (its getter/setter, if any)
    "own_field",  # a field the class declares, used by its own code: the field itself
    "binding",  # a binding variable (script level, script methods)
    "dyn",  # inside a closure: the delegate may answer first, then the binding
    "member_dyn",  # inside a closure in a class member: the delegate may answer, then `this`
    "method",  # a call of script methods: `methods`, the overloads
    "builtin",  # println, print, printf, sprintf
    "self_method",  # a call inside a class member: a method of `this` (or the class)
]


@dataclass(frozen=True, slots=True)
class OwnField:
    """A field of the class whose code uses it (`x`, `this.x` outside closures, `this.@x`):
    Groovy reads and writes the field itself there, never its getter or setter. `owner`: the
    declaring class (a subclass may declare a field of the same name: another field)."""

    owner: str
    name: str
    static: bool
    final: bool


@dataclass(frozen=True, slots=True)
class Ref:
    """What a bare name means where it is used (a `Name`, or the name of a call `foo(1)`)."""

    kind: RefKind
    name: str
    var: VarInfo | None = None
    methods: tuple[MethodInfo, ...] = ()
    own: OwnField | None = None  # for "own_field"


@dataclass(frozen=True, slots=True)
class ClosureInfo:
    """A closure literal: its generated function's name, its Groovy name (`closure3`) and the
    implicit parameter `it` (None when it declares its parameters)."""

    pyname: str
    name: str
    it: VarInfo | None


@dataclass(eq=False)
class Resolution:
    """The resolved script: the module and, per node, what the resolver decided about it."""

    module: n.Module
    # number literal -> its runtime value (literals.py)
    numbers: dict[n.Number, object]
    # script methods by name, each name's overloads in source order
    methods: dict[str, list[MethodInfo]] = field(default_factory=dict)
    classes: list[ClassInfo] = field(default_factory=list)
    # simple (or alias) name -> qualified name of an imported class
    imports: dict[str, str] = field(default_factory=dict)
    # a Name, or a MethodCall without receiver -> what its name means
    refs: dict[n.Node, Ref] = field(default_factory=dict)
    # a VarDecl, Param, Catch or ForIn -> the local it declares
    decls: dict[n.Node, VarInfo] = field(default_factory=dict)
    # a MultiDecl -> the locals it declares
    multi_decls: dict[n.MultiDecl, list[VarInfo]] = field(default_factory=dict)
    # a MultiAssign -> a Name per target (each has its ref)
    multi_targets: dict[n.MultiAssign, list[n.Name]] = field(default_factory=dict)
    closures: dict[n.ClosureExpr, ClosureInfo] = field(default_factory=dict)
    # script-level declarations annotated @Field: binding variables, visible in methods
    script_fields: set[n.VarDecl] = field(default_factory=set)
    # `this.@x` outside classes, x a script field: that binding variable
    script_field_attrs: set[n.FieldAccess] = field(default_factory=set)
    # `this.x` (outside closures) and `this.@x` in the class declaring field x -> that field
    own_fields: dict[n.Property | n.FieldAccess, OwnField] = field(default_factory=dict)
    # a qualified class name written as property reads (`java.time.Instant`) -> the name
    class_refs: dict[n.Property, str] = field(default_factory=dict)
    # a New or InstanceOf -> its type, an import's alias replaced by the qualified name
    types: dict[n.Node, str] = field(default_factory=dict)
    # `new C(...)` of a class the script defines
    script_news: set[n.New] = field(default_factory=set)
