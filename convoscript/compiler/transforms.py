"""The groovy.transform annotations value classes use: `@ToString`, `@EqualsAndHashCode`,
`@TupleConstructor` and `@Canonical` (all three), written out as the methods Groovy 2.4
generates for them.

Nothing runs at compile time: each annotation adds methods built from fixed templates (Groovy
AST nodes) over the class's property names, before resolution, so they compile and run like
methods the author wrote. A method or constructor the class declares itself is kept (Groovy's
@Canonical does the same). The formats are Groovy 2.4's: `Sku(TEE, M)`,
`Line(sku:Sku(a, b), qty:2)` with `includeNames`, `Sub(3, Sku(a, b))` with `includeSuper`;
hashCode is Groovy's HashCodeHelper (127, then `31 * h + value` in int arithmetic, a Boolean
counting 1 or 0).
Options other than the ones below are refused with a syntax error naming them.
"""

from __future__ import annotations

import copy

from convoscript.grammar import nodes as n

_PACKAGE = "groovy.transform."
TRANSFORMS = frozenset({"ToString", "EqualsAndHashCode", "TupleConstructor", "Canonical"})
# The options each transform honours; `includePackage` changes nothing (scripts have no package)
OPTIONS = {
    "ToString": frozenset(
        {"includeNames", "includes", "excludes", "includeSuper", "includeFields", "includePackage"}
    ),
    "EqualsAndHashCode": frozenset({"includes", "excludes"}),
    "TupleConstructor": frozenset({"includes", "excludes"}),
    "Canonical": frozenset({"includes", "excludes"}),
}


class TransformError(Exception):
    """An annotation argument the transforms do not understand (becomes a syntax error)."""

    def __init__(self, message: str, node: n.Node):
        super().__init__(message)
        self.message = message
        self.node = node


def transform_name(name: str) -> str | None:
    """`ToString` for `@ToString` or `@groovy.transform.ToString`, else None."""
    short = name.removeprefix(_PACKAGE)
    return short if short in TRANSFORMS and (short == name or name == _PACKAGE + short) else None


def apply_transforms(module: n.Module) -> None:
    """Add the generated members to every class of `module` annotated with a transform."""
    for cls in module.body:
        if not isinstance(cls, n.ClassDef):
            continue
        for ann in cls.annotations:
            short = transform_name(ann.name)
            if short is None:
                continue
            options = parse_options(ann, short)
            if short in ("ToString", "Canonical"):
                _to_string(cls, ann, options)
            if short in ("EqualsAndHashCode", "Canonical"):
                _equals_and_hash_code(cls, ann, options)
            if short in ("TupleConstructor", "Canonical"):
                _tuple_constructor(cls, ann, options)


# ---- the annotation's arguments -------------------------------------------------------------
def parse_options(ann: n.Annotation, short: str) -> dict[str, object]:
    """`(includeNames = true, excludes = ['a', 'b'])` as {name: True, excludes: [a, b]};
    values are booleans, strings and lists of strings (a string may list names: "a,b")."""
    tokens = [t.split(":", 1) for t in ann.args.split(" ") if t]
    if tokens and tokens[0][0] == "(" and tokens[-1][0] == ")":
        tokens = tokens[1:-1]
    options: dict[str, object] = {}
    i = 0
    while i < len(tokens):
        if i + 2 >= len(tokens) or tokens[i][0] != "NAME" or tokens[i + 1][0] != "=":
            raise TransformError(f"@{short}: expected name = value arguments", ann)
        key, i = tokens[i][1], i + 2
        if key not in OPTIONS[short]:
            raise TransformError(f"@{short}({key}) is not supported", ann)
        value, i = _value(tokens, i, ann, short)
        options[key] = value
        if i < len(tokens):
            if tokens[i][0] != ",":
                raise TransformError(f"@{short}: expected ',' between arguments", ann)
            i += 1
    return options


def _value(tokens: list[list[str]], i: int, ann: n.Annotation, short: str) -> tuple[object, int]:
    kind, text = tokens[i][0], tokens[i][-1]
    if kind in ("true", "false"):
        return kind == "true", i + 1
    if kind in ("STRING", "GSTRING") and "$" not in text:
        return _names(text), i + 1
    if kind == "[":
        names: list[str] = []
        i += 1
        while i < len(tokens) and tokens[i][0] != "]":
            if tokens[i][0] in ("STRING", "GSTRING") and "$" not in tokens[i][-1]:
                names.extend(_names(tokens[i][-1]))
            elif tokens[i][0] != ",":
                raise TransformError(f"@{short}: a list of names is expected", ann)
            i += 1
        return names, i + 1
    raise TransformError(f"@{short}: only true, false, 'name' and ['names'] are supported", ann)


def _names(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


# ---- what the class has ---------------------------------------------------------------------
def _properties(cls: n.ClassDef, options: dict[str, object]) -> list[n.VarDecl]:
    """The instance properties (fields declared without a visibility), filtered by
    `includes`/`excludes`, in declaration order."""
    props = [f for f in cls.fields if f.visibility is None and not f.static]
    return _filtered(props, options)


def _filtered(fields: list[n.VarDecl], options: dict[str, object]) -> list[n.VarDecl]:
    includes = options.get("includes")
    excludes = options.get("excludes") or []
    if isinstance(includes, list):
        fields = [f for f in fields if f.name in includes]
    return [f for f in fields if f.name not in excludes]  # type: ignore[operator]


def _declares(cls: n.ClassDef, name: str, arity: int) -> bool:
    return any(m.name == name and len(m.params) == arity for m in cls.methods)


def _at(node: n.Node, ann: n.Annotation) -> n.Node:
    """Give `node` and every node under it the annotation's position (errors point there)."""
    stack = [node]
    while stack:
        current = stack.pop()
        current.line, current.col = ann.line, ann.col
        for value in vars(current).values():
            if isinstance(value, n.Node):
                stack.append(value)
            elif isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, n.Node))
    return node


def _getter(field: n.VarDecl) -> n.Node:
    """`this.getX()`: the generated methods read properties through their getters, as Groovy's."""
    name = "get" + field.name[:1].upper() + field.name[1:]
    return n.MethodCall(n.This(), name, [])


def _method(name: str, params: list[n.Param], body: list[n.Node], returns: str) -> n.MethodDef:
    return n.MethodDef(name, params, body, returns)


# ---- @ToString ------------------------------------------------------------------------------
def _to_string(cls: n.ClassDef, ann: n.Annotation, options: dict[str, object]) -> None:
    if _declares(cls, "toString", 0):
        return
    parts: list[tuple[str, n.Node]] = []
    for field in _properties(cls, options):
        parts.append((field.name, _getter(field)))
    if options.get("includeFields"):
        fields = [f for f in cls.fields if f.visibility is not None and not f.static]
        parts.extend((f.name, n.Name(f.name)) for f in _filtered(fields, options))
    if options.get("includeSuper"):
        parts.append(("super", n.MethodCall(n.Super(), "toString", [])))
    names = bool(options.get("includeNames"))
    strings, values = [cls.name + "("], []
    for index, (name, value) in enumerate(parts):
        label = name + ":" if names else ""
        if index:
            strings[-1] += ", "
        strings[-1] += label
        values.append(value)
        strings.append("")
    strings[-1] += ")"
    text: n.Node = n.GStringExpr(strings, values) if values else n.Literal(strings[0])
    body = [n.Return(n.MethodCall(text, "toString", []))]
    cls.methods.append(_at(_method("toString", [], body, "String"), ann))  # type: ignore[arg-type]


# ---- @EqualsAndHashCode ---------------------------------------------------------------------
def _equals_and_hash_code(cls: n.ClassDef, ann: n.Annotation, options: dict[str, object]) -> None:
    props = _properties(cls, options)
    if not _declares(cls, "hashCode", 0):
        cls.methods.append(_at(_hash_code(props), ann))  # type: ignore[arg-type]
    if not _declares(cls, "equals", 1):
        cls.methods.append(_at(_equals(cls.name, props), ann))  # type: ignore[arg-type]
        if not _declares(cls, "canEqual", 1):
            other = n.InstanceOf(n.Name("other"), cls.name)
            can = _method("canEqual", [n.Param("other", "Object")], [n.Return(other)], "boolean")
            cls.methods.append(_at(can, ann))  # type: ignore[arg-type]


def _hash_code(props: list[n.VarDecl]) -> n.MethodDef:
    # int h = 127; then per property: h = 31 * h + (its hash), in int arithmetic (it wraps)
    body: list[n.Node] = [n.VarDecl("_h", "int", n.Number("127"))]
    for field in props:
        # HashCodeHelper.updateHash is chosen by the value's class: a Boolean adds 1 or 0 (not
        # its hashCode), null adds 0, any other value its hashCode()
        flag = n.Ternary(_getter(field), n.Number("1"), n.Number("0"))
        is_null = n.Binary("==", _getter(field), n.Literal(None))
        hashed = n.Ternary(is_null, n.Number("0"), n.MethodCall(_getter(field), "hashCode", []))
        term = n.Ternary(n.InstanceOf(_getter(field), "Boolean"), flag, hashed)
        product = n.Binary("*", n.Number("31"), n.Name("_h"))
        body.append(n.ExprStmt(n.Assign(n.Name("_h"), "=", n.Binary("+", product, term))))
    body.append(n.Return(n.Name("_h")))
    return _method("hashCode", [], body, "int")


def _equals(class_name: str, props: list[n.VarDecl]) -> n.MethodDef:
    other = n.Name("other")
    false, true = n.Literal(False), n.Literal(True)
    body: list[n.Node] = [
        n.If(n.Binary("==", other, n.Literal(None)), [n.Return(false)], None),
        n.If(n.MethodCall(n.This(), "is", [other]), [n.Return(true)], None),
        n.If(n.Unary("!", n.InstanceOf(other, class_name)), [n.Return(false)], None),
        n.If(n.Unary("!", n.MethodCall(other, "canEqual", [n.This()])), [n.Return(false)], None),
    ]
    for field in props:
        name = "get" + field.name[:1].upper() + field.name[1:]
        same = n.Binary("==", _getter(field), n.MethodCall(other, name, []))
        body.append(n.If(n.Unary("!", same), [n.Return(false)], None))
    body.append(n.Return(true))
    return _method("equals", [n.Param("other", "Object")], copy.deepcopy(body), "boolean")


# ---- @TupleConstructor ----------------------------------------------------------------------
# The default of a constructor parameter whose property has no initial value.
_ZEROS = {"int": "0", "long": "0L", "short": "0", "byte": "0", "double": "0.0d", "float": "0.0f"}


def _tuple_constructor(cls: n.ClassDef, ann: n.Annotation, options: dict[str, object]) -> None:
    if cls.constructors:
        return  # Groovy adds none to a class that declares a constructor
    params, body = [], []
    for field in _properties(cls, options):
        if field.value is not None:
            default: n.Node = copy.deepcopy(field.value)
        elif field.type in _ZEROS:
            default = n.Number(_ZEROS[field.type])
        elif field.type == "boolean":
            default = n.Literal(False)
        else:
            default = n.Literal(None)
        params.append(n.Param(field.name, field.type, default))
        target = n.Property(n.This(), field.name)
        body.append(n.ExprStmt(n.Assign(target, "=", n.Name(field.name))))
    ctor = _method(cls.name, params, body, None)  # type: ignore[arg-type]
    cls.constructors.append(_at(ctor, ann))  # type: ignore[arg-type]
