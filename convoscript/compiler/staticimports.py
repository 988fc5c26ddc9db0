"""Static imports of allow-listed classes: `import static java.lang.Math.max` (also `as mx`)
and `import static java.lang.Math.*`.

Before resolution, a call `max(1, 2)` of an imported static method becomes `java.lang.Math
.max(1, 2)`, and a name `PI` of an imported static field becomes `java.lang.Math.PI`, so they
go through the door like any static call. A script method of the same name keeps the calls,
and a name the script declares anywhere (a variable, a parameter, an assigned binding variable)
keeps its own meaning as a name: the rewrite is skipped for them, as Groovy's scoping would
mostly decide. The import of a class
the allow-list does not know is left for the resolver, which refuses it.
"""

from __future__ import annotations

from convoscript.grammar import nodes as n
from convoscript.runtime.door import allowlist


def apply_static_imports(module: n.Module) -> None:
    """Rewrite the uses of statically imported members in `module` (in place)."""
    methods: dict[str, tuple[str, str]] = {}
    fields: dict[str, tuple[str, str]] = {}
    handled: list[n.Node] = []
    for stmt in module.body:
        if not isinstance(stmt, n.Import) or not stmt.static:
            continue
        cls, member = (stmt.path, None) if stmt.star else stmt.path.rsplit(".", 1)
        known = cls in allowlist.CLASS_NAMES.values() or cls in allowlist.IMPORTABLE.values()
        if not known or cls in allowlist.DENIED_CLASSES:
            continue
        statics = allowlist.STATIC_METHODS.get(cls, {})
        constants = allowlist.STATIC_FIELDS.get(cls, {})
        names = list(statics) + list(constants) if member is None else [member]
        if member is not None and member not in statics and member not in constants:
            continue
        for name in names:
            local = stmt.alias if member is not None and stmt.alias else name
            if name in statics:
                methods[local] = (cls, name)
            if name in constants:
                fields[local] = (cls, name)
        handled.append(stmt)
    if not handled:
        return
    module.body = [s for s in module.body if all(s is not h for h in handled)]
    declared = _declared_names(module)
    own_methods = {m.name for m in _walk(module) if isinstance(m, n.MethodDef)}
    methods = {k: v for k, v in methods.items() if k not in own_methods}
    fields = {k: v for k, v in fields.items() if k not in declared}
    _rewrite(module, methods, fields)


def _declared_names(module: n.Module) -> set[str]:
    """Every name the script declares or assigns anywhere."""
    names: set[str] = set()
    for node in _walk(module):
        if isinstance(node, (n.VarDecl, n.Param, n.Catch)):
            names.add(node.name)
        elif isinstance(node, (n.MultiDecl, n.MultiAssign)):
            names.update(node.names)
        elif isinstance(node, n.ForIn):
            names.add(node.var)
        elif isinstance(node, n.Assign) and isinstance(node.target, n.Name):
            names.add(node.target.id)
    return names


def _walk(node: n.Node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        for value in vars(current).values():
            if isinstance(value, n.Node):
                stack.append(value)
            elif isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, n.Node))


def _class_expr(qualified: str, like: n.Node) -> n.Node:
    """`java.lang.Math` as the property chain the resolver reads as a class name."""
    first, *rest = qualified.split(".")
    expr: n.Node = n.Name(first, line=like.line, col=like.col)
    for part in rest:
        expr = n.Property(expr, part, line=like.line, col=like.col)
    return expr


def _replace(node: n.Node, methods: dict, fields: dict) -> n.Node:
    if isinstance(node, n.MethodCall) and node.obj is None and isinstance(node.name, str):
        target = methods.get(node.name)
        if target is not None:
            node.obj, node.name = _class_expr(target[0], node), target[1]
    elif isinstance(node, n.Name) and node.id in fields:
        cls, name = fields[node.id]
        prop = n.Property(_class_expr(cls, node), name, line=node.line, col=node.col)
        prop.op_line, prop.op_col = node.line, node.col
        return prop
    return node


def _rewrite(node: n.Node, methods: dict, fields: dict) -> None:
    for key, value in vars(node).items():
        if isinstance(value, n.Node):
            _rewrite(value, methods, fields)
            setattr(node, key, _replace(value, methods, fields))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, n.Node):
                    _rewrite(item, methods, fields)
                    value[i] = _replace(item, methods, fields)
