"""The static checks of `convoscript lint` over a resolved script: what the door would refuse or
not find, decided from the syntax tree, the resolver's decisions and the door's own tables
(`runtime/door/allowlist.py`, filled from lib/*/signatures.txt) and the service registry.

A check reports only what is certain from the text: a class named in the source, a member the
door denies on every receiver, a method of a service handle. A method called on a value whose
type is not known statically is not checked. The order of the checks mirrors the door's
(`runtime/door/dispatch.py`): the deny-list first, then the tables.
"""

from __future__ import annotations

from collections.abc import Iterator

from convoscript.authoring.differences import difference_rules
from convoscript.authoring.handlecheck import (
    check_handle_call,
    check_handle_property,
    handles_in,
    static_class,
)
from convoscript.authoring.rewrites import rewrite_for
from convoscript.authoring.rules import Rule, children
from convoscript.compiler.scopes import Resolution
from convoscript.grammar import nodes as n
from convoscript.runtime.door import allowlist

# A class reference answers these as any class does (runtime/door/dispatch.py `_invoke_static`)
_CLASS_METHODS = frozenset(("getName", "getSimpleName", "getSuperclass", "is", "equals"))
_CLASS_METHODS_TOO = frozenset(("hashCode", "toString"))
_CLASS_PROPERTIES = frozenset(("name", "simpleName", "superclass", "class"))


def check_tree(resolution: Resolution, lines: range) -> Iterator[Rule]:
    """Every finding of the nodes on `lines` (the script's own, when libraries come first)."""
    walker = _Walker(resolution, lines)
    for stmt in resolution.module.body:
        walker.visit(stmt)
    yield from walker.rules
    yield from difference_rules(resolution, lines)


class _Walker:
    def __init__(self, resolution: Resolution, lines: range):
        self.res = resolution
        self.lines = lines
        self.rules: list[Rule] = []
        self.handles = handles_in(resolution)
        self.classes: list[n.ClassDef] = []  # the script classes around the node visited

    def visit(self, node: n.Node) -> None:
        if node.line and node.line not in self.lines:
            return
        method = getattr(self, "v_" + type(node).__name__, None)
        if method is not None:
            method(node)
        if isinstance(node, n.ClassDef):
            self.classes.append(node)
        for child in children(node):
            self.visit(child)
        if isinstance(node, n.ClassDef):
            self.classes.pop()

    def add(self, node: n.Node, kind: str, code: str, message: str, **more: object) -> None:
        line, col = (node.op_line, node.op_col) if node.op_line else (node.line, node.col)
        self.rules.append(Rule(line or 1, col or 1, kind, code, message, **more))  # type: ignore[arg-type]

    # -- what a receiver is, when the text says ------------------------------------------
    def class_of(self, node: n.Node | None) -> str | None:
        """The class a receiver names (`Math`, `java.time.Instant`, an import), or None."""
        if isinstance(node, n.Name):
            ref = self.res.refs.get(node)
            if ref is not None and ref.kind == "class":
                return allowlist.resolve_class_name(ref.name) or ref.name
        if isinstance(node, n.Property) and node in self.res.class_refs:
            name = self.res.class_refs[node]
            return allowlist.resolve_class_name(name) or name
        return None

    def is_class_value(self, node: n.Node | None) -> bool:
        """`x.class` (any x): a class reference."""
        return isinstance(node, n.Property) and node.name == "class" and not node.spread

    # -- calls -----------------------------------------------------------------------------
    def v_MethodCall(self, node: n.MethodCall) -> None:
        name = node.name
        if not isinstance(name, str):
            return  # `obj."$name"()`: not known statically
        if node.obj is None:
            self.script_call(node, name)
            return
        handle = self.handles.get(node.obj) if isinstance(node.obj, n.Name) else None
        if handle is not None:
            for rule in check_handle_call(handle, node):
                self.rules.append(rule)
            return
        if isinstance(node.obj, n.Super):
            return  # a script class's superclass method: not through the door's lookup
        cls = self.class_of(node.obj)
        if self.denied_member(node, name, cls):
            return
        if cls is not None:
            self.static_call(node, cls, name)
        elif self.is_class_value(node.obj) and name in allowlist.CLASS_DENIED_METHODS:
            self.refused(node, f"Class.{name}()")

    def script_call(self, node: n.MethodCall, name: str) -> None:
        """`name(...)` without a receiver: the script's own method, a local closure, a
        builtin, or a method of the script object (Groovy's `Script`)."""
        ref = self.res.refs.get(node)
        if ref is None or ref.kind not in ("binding", "dyn", "self_method"):
            return  # a script method, a local closure, println, ...
        if name in allowlist.DENIED_MEMBERS or name.startswith("__"):
            member = allowlist.DENIED_MEMBERS.get(name, name)
            # in a class's member it is a call on the object: the door checks the name first
            owner = (
                self.classes[-1].name if ref.kind == "self_method" and self.classes else "Script"
            )
            self.refused(node, f"{owner}.{member}()", rewrite_key=name)

    def denied_member(self, node: n.Node, name: str, cls: str | None) -> bool:
        """The permanent deny-list, checked before any table: on any receiver for a call
        (except `properties` of a script object, which only a known receiver rules out)."""
        if not (name in allowlist.DENIED_MEMBERS or name.startswith("__")):
            return False
        member = allowlist.DENIED_MEMBERS.get(name, name)
        if name in allowlist.SCRIPT_OBJECT_PROPERTIES:
            known = cls is not None or self.is_class_value(getattr(node, "obj", None))
            if not known:
                return False  # a script object answers its own properties
        if cls is not None:  # the door names a denied class itself, any other one `Class`
            owner: str | None = _simple(cls) if cls in allowlist.DENIED_CLASSES else "Class"
        else:
            owner = self.receiver_label(node)
        shown = f"{owner}.{member}()" if owner else f"{member}()"
        self.refused(node, shown, rewrite_key=name if owner is None else f"{owner}.{name}")
        return True

    def receiver_label(self, node: n.Node) -> str | None:
        obj = getattr(node, "obj", None)
        if self.is_class_value(obj):
            return "Class"
        if (
            isinstance(obj, (n.GStringExpr,))
            or isinstance(obj, n.Literal)
            and isinstance(obj.value, str)
        ):
            return "String"
        return None

    def static_call(self, node: n.MethodCall, cls: str, name: str) -> None:
        """`Cls.name(...)`, as `_invoke_static` decides it."""
        simple = _simple(cls)
        if cls in allowlist.DENIED_CLASSES:
            self.refused(node, f"{simple}.{name}()", rewrite_key=f"{cls}.{name}")
            return
        if name in allowlist.STATIC_METHODS.get(cls, {}):
            return
        if name in _CLASS_METHODS or name in _CLASS_METHODS_TOO:
            return
        if name in allowlist.CLASS_DENIED_METHODS or name.startswith(("get", "for")):
            self.refused(node, f"{simple}.{name}()")
            return
        self.add(
            node,
            "missing",
            "missing-static-method",
            f"No signature of method: static {cls}.{name}() — {simple} has no static method "
            f"{name} here (docs/allowlist.md lists what is implemented)",
        )

    # -- properties ------------------------------------------------------------------------
    def v_Property(self, node: n.Property) -> None:
        name = node.name
        if not isinstance(name, str) or node in self.res.class_refs:
            return
        handle = self.handles.get(node.obj) if isinstance(node.obj, n.Name) else None
        if handle is not None:
            for rule in check_handle_property(handle, node):
                self.rules.append(rule)
            return
        cls = self.class_of(node.obj)
        if name == "class":
            return
        # a Map answers any property name with its value (`acc.wait`, `m.properties`): a
        # denied name is certain only on a receiver known not to be one
        known = cls is not None or self.receiver_label(node) is not None
        if known and self.denied_member(node, name, cls):
            return
        if cls is not None:
            self.static_property(node, cls, name)
        elif self.is_class_value(node.obj) and name in allowlist.CLASS_DENIED_PROPERTIES:
            self.refused(node, f"Class.{allowlist.CLASS_DENIED_PROPERTIES[name]}()")

    def static_property(self, node: n.Property, cls: str, name: str) -> None:
        """`Cls.NAME`, as `_static_property` decides it."""
        simple = _simple(cls)
        if cls in allowlist.DENIED_CLASSES:
            self.refused(node, f"{simple}.{name}", rewrite_key=f"{cls}.{name}")
            return
        statics = allowlist.STATIC_METHODS.get(cls, {})
        if (
            name in allowlist.STATIC_FIELDS.get(cls, {})
            or name in _CLASS_PROPERTIES
            or "get" + name[:1].upper() + name[1:] in statics
        ):
            return
        if name in allowlist.CLASS_DENIED_PROPERTIES:
            self.refused(node, f"Class.{allowlist.CLASS_DENIED_PROPERTIES[name]}()")
            return
        self.add(
            node,
            "missing",
            "missing-static-field",
            f"No such property: {name} for class: {cls} (not implemented here; "
            "docs/allowlist.md lists what is)",
        )

    # -- construction ----------------------------------------------------------------------
    def v_New(self, node: n.New) -> None:
        if node in self.res.script_news:
            return
        written = self.res.types.get(node, node.type)
        qualified = allowlist.resolve_class_name(written)
        if qualified is None:
            qualified = allowlist.resolve_type_name(written)
        if qualified is not None and qualified in allowlist.DENIED_CLASSES:
            self.refused(node, f"new {qualified}()", rewrite_key=qualified)
        elif qualified is None or qualified not in allowlist.CONSTRUCTORS:
            shown = qualified or written
            self.add(
                node,
                "missing",
                "missing-constructor",
                f"Groovy scripts are not allowed to call new {shown}"
                f"{_argument_types(node.args)}: {shown} is not "
                "among the allowed classes (docs/allowlist.md)",
                rewrite=rewrite_for(shown),
            )

    # -- reporting -------------------------------------------------------------------------
    def refused(self, node: n.Node, signature: str, rewrite_key: str | None = None) -> None:
        if isinstance(node, (n.MethodCall, n.New)) and signature.endswith("()"):
            signature = signature[:-2] + _argument_types(node.args)
        self.add(
            node,
            "refused",
            "refused-member" if not signature.startswith("new ") else "refused-class",
            f"Groovy scripts are not allowed to call {signature}",
            rewrite=rewrite_for(rewrite_key or signature),
        )


def _argument_types(args: list[n.Node]) -> str:
    """`(String, Integer)` as the door names a call's arguments, when the text shows every
    argument's class (literals); `(...)` when it does not."""
    classes = [static_class(a) for a in args]
    if any(c is None for c in classes):
        return "(...)"
    return "(" + ", ".join(_simple(c) for c in classes if c is not None) + ")"


def _simple(qualified: str) -> str:
    return qualified.rsplit(".", 1)[-1]
