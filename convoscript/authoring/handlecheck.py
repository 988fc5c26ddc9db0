"""Calls on service handles, checked against the service registry without running them: a
method the handle does not have, or a call whose argument count fits none of its overloads,
with Groovy's "Possible solutions" for it.

A name is a handle only where that is certain: a binding name of the registry
(`customMetricService`, `execution`, ...) that the script never assigns, used at script level,
in a method, or in a closure whose delegate is its owner (Groovy resolves a closure's names in
its owner first; `with { }` and builder calls may answer from their delegate first).
"""

from __future__ import annotations

from collections.abc import Iterator

from convoscript.authoring.rules import Rule, children, walk
from convoscript.compiler.scopes import Resolution
from convoscript.grammar import nodes as n
from convoscript.runtime.core.suggest import did_you_mean, possible_solutions
from convoscript.services.base import ServiceHandle
from convoscript.services.registry import HANDLE_CLASSES

_BY_NAME: dict[str, type[ServiceHandle]] = {cls.binding_name: cls for cls in HANDLE_CLASSES}
_PRIMITIVES = frozenset(("boolean", "char", "byte", "short", "int", "long", "float", "double"))

# Methods taking a closure whose delegate answers before its owner (a builder's names, `with`'s
# receiver): a handle name inside such a closure is not certain.
_DELEGATE_FIRST = frozenset(("with", "identity", "tap", "rehydrate"))
# GDK methods whose closures keep the owner as delegate (most calls with a closure argument)
_OWNER_CLOSURES = frozenset(
    (
        "each",
        "eachWithIndex",
        "reverseEach",
        "collect",
        "collectEntries",
        "collectMany",
        "find",
        "findAll",
        "findResult",
        "findResults",
        "findIndexOf",
        "findIndexValues",
        "findLastIndexOf",
        "any",
        "every",
        "inject",
        "sort",
        "toSorted",
        "groupBy",
        "countBy",
        "count",
        "sum",
        "max",
        "min",
        "unique",
        "toUnique",
        "times",
        "upto",
        "downto",
        "step",
        "eachLine",
        "eachMatch",
        "replaceAll",
        "replaceFirst",
        "split",
        "withDefault",
        "removeAll",
        "retainAll",
        "takeWhile",
        "dropWhile",
        "eachByte",
        "eachPermutation",
        "eachCombination",
        "flatten",
        "sortBy",
        "collectNested",
        "withIndex",
        "indexed",
        "traverse",
        "call",
    )
)


def handles_in(resolution: Resolution) -> dict[n.Node, type[ServiceHandle]]:
    """The `Name` nodes of `resolution` that certainly name a service handle."""
    assigned = _assigned_binding_names(resolution)
    found: dict[n.Node, type[ServiceHandle]] = {}

    def visit(node: n.Node, certain: bool) -> None:
        if isinstance(node, n.Name):
            ref = resolution.refs.get(node)
            cls = _BY_NAME.get(node.id)
            if (
                cls is not None
                and ref is not None
                and node.id not in assigned
                and (ref.kind == "binding" or ref.kind == "dyn" and certain)
            ):
                found[node] = cls
            return
        closure_certain = certain and _owner_first_call(node, resolution)
        for child in children(node):
            visit(child, closure_certain if isinstance(child, n.ClosureExpr) else certain)

    for stmt in resolution.module.body:
        visit(stmt, True)
    return found


def _owner_first_call(node: n.Node, resolution: Resolution) -> bool:
    """Whether closures passed to `node` (a call) keep their owner first."""
    if isinstance(node, n.MethodCall):
        if not isinstance(node.name, str) or node.name in _DELEGATE_FIRST:
            return False
        if node.obj is None:
            ref = resolution.refs.get(node)
            return ref is not None and ref.kind in ("method", "builtin", "local")
        return node.name in _OWNER_CLOSURES
    return not isinstance(node, n.Call)  # a closure value called with a closure: unknown


def _assigned_binding_names(resolution: Resolution) -> set[str]:
    names: set[str] = set()
    for node in walk(resolution.module):
        if isinstance(node, n.Assign) and isinstance(node.target, n.Name):
            names.add(node.target.id)
        elif isinstance(node, n.MultiAssign):
            names.update(node.names)
        elif isinstance(node, n.VarDecl) and node in resolution.script_fields:
            names.add(node.name)
    return names


def check_handle_call(handle: type[ServiceHandle], node: n.MethodCall) -> Iterator[Rule]:
    """`handle.name(args)`: a method the handle has, with an argument count it takes."""
    name = node.name
    assert isinstance(name, str)
    overloads = [types for types, _ in handle._table.get(name, ())]
    count = _argument_count(node.args)
    if not overloads and name != "toString":
        solutions = _solutions(handle, name, node.args)
        yield Rule(
            node.op_line or node.line,
            node.op_col or node.col,
            "unknown-handle-method",
            "unknown-handle-method",
            f"No signature of method: {handle.java_class}.{name}(): {handle.binding_name} "
            f"has no method {name}",
            solutions=solutions,
        )
        return
    if count is None or name == "toString" or _fits(overloads, node.args, count):
        return
    takes = sorted({len(t) for t in overloads})
    yield Rule(
        node.op_line or node.line,
        node.op_col or node.col,
        "wrong-arity",
        "wrong-arity",
        f"No signature of method: {handle.java_class}.{name}() is applicable for {count} "
        f"argument{'s' if count != 1 else ''}: {handle.binding_name}.{name} takes "
        f"{' or '.join(str(k) for k in takes)}",
        solutions=_solutions(handle, name, node.args),
    )


def check_handle_property(handle: type[ServiceHandle], node: n.Property) -> Iterator[Rule]:
    """`handle.name`: a bean getter of the handle (`execution.id`)."""
    name = node.name
    assert isinstance(name, str)
    known = handle.property_candidates()
    if name in known:
        return
    yield Rule(
        node.op_line or node.line,
        node.op_col or node.col,
        "unknown-handle-method",
        "unknown-handle-property",
        f"No such property: {name} for class: {handle.java_class}",
        solutions=tuple(did_you_mean(name, known)),
    )


def _argument_count(args: list[n.Node]) -> int | None:
    """How many arguments the call passes, or None when a spread makes it unknown. Named
    arguments are one Map argument, first (as Groovy passes them)."""
    if any(isinstance(a, n.SpreadArg) or _spread_map(a) for a in args):
        return None
    named = any(isinstance(a, n.NamedArg) for a in args)
    return sum(1 for a in args if not isinstance(a, n.NamedArg)) + (1 if named else 0)


def _spread_map(arg: n.Node) -> bool:
    return isinstance(arg, n.NamedArg) and arg.key is None


def _fits(overloads: list[tuple[str, ...]], args: list[n.Node], count: int) -> bool:
    """Whether some overload takes `count` arguments (as ServiceHandle.script_invoke tries
    them: varargs, a lone List spread over the parameters, no argument for one parameter)."""
    for types in overloads:
        if len(types) == count:
            return True
        if types and types[-1].endswith(("...", "[]")) and count >= len(types) - 1:
            return True
        if count == 0 and len(types) == 1 and types[0] not in _PRIMITIVES:
            return True
    if count == 1 and not isinstance(args[0], n.ClosureExpr):
        lone = args[0]
        if isinstance(lone, n.ListExpr):
            return _fits(overloads, lone.items, len(lone.items))
        return not isinstance(lone, (n.Literal, n.Number, n.GStringExpr, n.MapExpr))
    return False


def _solutions(handle: type[ServiceHandle], name: str, args: list[n.Node]) -> tuple[str, ...]:
    """Groovy's "Possible solutions" for the call, its arguments' classes as far as the text
    says (a literal's; "?" for any other, which matches no parameter type)."""
    arg_types = [static_class(a) or "?" for a in args]  # "null" matches no type, as "?"
    return tuple(possible_solutions(name, handle.method_candidates(), arg_types))


def static_class(arg: n.Node) -> str | None:
    """The Java class of an argument when the text says (a literal; "null" for null), else
    None."""
    if isinstance(arg, n.Literal):
        if arg.value is None:
            return "null"
        if isinstance(arg.value, bool):
            return "java.lang.Boolean"
        if isinstance(arg.value, str):
            return "java.lang.String"
        return None
    if isinstance(arg, n.GStringExpr):
        return "org.codehaus.groovy.runtime.GStringImpl"
    if isinstance(arg, n.Number):
        text = arg.text.lower().replace("_", "")
        if text.endswith("g") or "." in text and not text.endswith(("d", "f")):
            return "java.math.BigDecimal"
        if text.endswith(("d", "f")):
            return "java.lang.Double"
        if text.endswith("l"):
            return "java.lang.Long"
        try:
            value = int(text, 0)
        except ValueError:
            return None
        return "java.lang.Integer" if value < 2**31 else "java.lang.Long"
    if isinstance(arg, n.ListExpr):
        return "java.util.ArrayList"
    if isinstance(arg, (n.MapExpr, n.NamedArg)):
        return "java.util.LinkedHashMap"
    return None
