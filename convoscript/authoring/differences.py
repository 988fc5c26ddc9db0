"""The deliberate differences from Groovy 2.4 (docs/dialect.md, "Deliberate differences") that a
script's text shows: each finding names the row it comes from. A construct that runs but may
behave differently is `info`; one that certainly fails here is an `error`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from convoscript.authoring.rules import Rule, walk
from convoscript.compiler.scopes import Resolution
from convoscript.grammar import nodes as n

DOC = "docs/dialect.md, Deliberate differences from Groovy 2.4"
_CATEGORIES = frozenset(("TimeCategory", "groovy.time.TimeCategory"))


def difference_rules(resolution: Resolution, lines: range) -> Iterator[Rule]:
    """The differences in the nodes on `lines`."""
    for node in walk(resolution.module):
        if node.line and node.line not in lines:
            continue
        check = _CHECKS.get(type(node))
        if check is not None:
            yield from check(node, resolution)


def _at(node: n.Node, code: str, message: str, severity: str = "info", width: int = 0) -> Rule:
    line, col = (node.op_line, node.op_col) if node.op_line else (node.line, node.col)
    return Rule(
        line or 1, col or 1, "difference", code, f"{message} ({DOC})", severity, width=width
    )


def _literal(node: n.Literal, resolution: Resolution) -> Iterator[Rule]:
    if isinstance(node.value, str) and _astral(node.value):
        yield _code_points(node)


def _gstring(node: n.GStringExpr, resolution: Resolution) -> Iterator[Rule]:
    if any(_astral(s) for s in node.strings):
        yield _code_points(node)


def _astral(text: str) -> bool:
    return any(ord(c) > 0xFFFF for c in text)


def _code_points(node: n.Node) -> Rule:
    return _at(
        node,
        "string-code-points",
        "This string holds characters outside the Basic Multilingual Plane (emoji, ...): "
        "size(), indexes and substrings count them as one character here, as two (UTF-16 "
        "units) in Groovy",
    )


def _method_call(node: n.MethodCall, resolution: Resolution) -> Iterator[Rule]:
    name = node.name
    if name in ("hasProperty", "respondsTo") and node.obj is not None:
        yield _at(
            node,
            "meta-answer",
            f"{name}() answers the name (or a list of it) and null/empty here, not a "
            "MetaProperty/MetaMethod: use it for truth and null checks only",
        )
    if name == "use" and node.obj is None and node.args:
        categories = node.args[:-1] if isinstance(node.args[-1], n.ClosureExpr) else node.args
        for arg in categories:
            items = arg.items if isinstance(arg, n.ListExpr) else [arg]
            for item in items:
                written = _class_name(item, resolution)
                if written is not None and written not in _CATEGORIES:
                    yield _at(
                        item,
                        "category",
                        f"use({written}): only groovy.time.TimeCategory can be a category "
                        "here; any other class is a MissingMethodException",
                        "error",
                    )


def _class_name(node: n.Node, resolution: Resolution) -> str | None:
    if isinstance(node, n.Name):
        ref = resolution.refs.get(node)
        if ref is not None and ref.kind in ("class", "script_class"):
            return ref.name
    if isinstance(node, n.Property) and node in resolution.class_refs:
        return resolution.class_refs[node]
    return None


def _field_access(node: n.FieldAccess, resolution: Resolution) -> Iterator[Rule]:
    """`.@` reaches only the fields of script-defined classes: on a Java class or a literal it
    is a MissingFieldException here."""
    if not isinstance(node.name, str):
        return
    written = _class_name(node.obj, resolution)
    ref = resolution.refs.get(node.obj)
    if ref is not None and ref.kind == "script_class":
        return
    if written is None and not isinstance(node.obj, _LITERALS):
        return  # a value of unknown type: it may be a script object
    shown = f"{written}.@{node.name}" if written else f".@{node.name}"
    yield _at(
        node,
        "field-access",
        f"{shown}: `.@` reaches only the fields of classes the script defines here "
        f"(MissingFieldException); use the property ({written or 'value'}.{node.name})",
        "error",
    )


_LITERALS = (n.Literal, n.Number, n.GStringExpr, n.ListExpr, n.MapExpr)


def _class_def(node: n.ClassDef, resolution: Resolution) -> Iterator[Rule]:
    for method in node.methods:
        if method.name in ("methodMissing", "propertyMissing"):
            yield _at(
                method,
                "missing-hooks",
                f"{node.name}.{method.name} is not honoured here: a missing member is a "
                "MissingMethodException/MissingPropertyException",
                "warning",
            )


def _method_def(node: n.MethodDef, resolution: Resolution) -> Iterator[Rule]:
    """A parameter default that reads an earlier parameter which itself has a default:
    Groovy reads a binding variable there when the caller omitted that parameter."""
    defaulted: set[str] = set()
    for param in node.params:
        if param.default is not None:
            used = {x.id for x in walk(param.default) if isinstance(x, n.Name)}
            earlier = sorted(used & defaulted)
            if earlier:
                yield _at(
                    param,
                    "default-sees-defaults",
                    f"the default of {param.name} reads {', '.join(earlier)}, itself "
                    "defaulted: here it always sees the parameter; Groovy 2.4 reads a binding "
                    "variable when the caller omitted it",
                )
            defaulted.add(param.name)


_CHECKS: dict[type[n.Node], Callable[[Any, Resolution], Iterator[Rule]]] = {
    n.Literal: _literal,
    n.GStringExpr: _gstring,
    n.MethodCall: _method_call,
    n.FieldAccess: _field_access,
    n.ClassDef: _class_def,
    n.MethodDef: _method_def,
}
