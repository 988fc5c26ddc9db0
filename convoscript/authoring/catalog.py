"""Completion and hover for editors and the REPL: what may be written at a cursor in a script,
from the service registry (handles.py), the signature data (members.py) and the script's and
its libraries' own declarations (outline.py). Static: nothing is compiled or run.

After `receiver.` the members of the receiver's type are offered when the type is known from
the text: a literal (`"a".`, `[1].`, `[a: 1].`, `5.`), `new X().`, a class name (its static
members), a handle, or a local declared with a type or initialised with one of those. When it
is not known, the GDK methods every Object has are offered, each labelled as such.
Lines and columns are 1-based; the column is the cursor's (the character it sits before).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from convoscript.authoring import handles as handle_catalog
from convoscript.authoring import members
from convoscript.authoring.outline import Symbol, flatten, library_outlines, outline
from convoscript.runtime.core.casts import BOXED_TYPES

KEYWORDS = [
    "as",
    "assert",
    "break",
    "case",
    "catch",
    "class",
    "continue",
    "def",
    "default",
    "do",
    "else",
    "enum",
    "extends",
    "false",
    "final",
    "finally",
    "for",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "new",
    "null",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "trait",
    "true",
    "try",
    "void",
    "while",
]

UNKNOWN_RECEIVER = "receiver type not known statically: methods every Object has"

_PRIMITIVES = BOXED_TYPES
_WORD = re.compile(r"[\w$]+")


@dataclass(frozen=True)
class Item:
    label: str
    kind: str  # "handle" | "method" | "class" | "variable" | "function" | "keyword" | "property"
    detail: str  # Java-style signature
    documentation: str
    insert_text: str


@dataclass(frozen=True)
class Receiver:
    """What stands before a `.`: a handle, a class (static members) or a value of a type."""

    kind: str  # "handle" | "static" | "instance" | "unknown"
    name: str  # binding name or qualified Java type


def completions(
    source: str,
    line: int,
    column: int,
    filename: str = "Script1.groovy",
    libraries: Mapping[str, str] | None = None,
) -> list[Item]:
    """What may be written at the cursor (1-based line and column)."""
    before = _line_before(source, line, column)
    dotted = re.search(r"(\??\.|\*\.)\s*([\w$]*)$", before)
    if dotted:
        prefix = before[: dotted.start()]
        if prefix.rstrip() and not re.search(r"\d$", prefix.rstrip()) or _is_number(prefix):
            receiver = receiver_of(prefix, source, line)
            return member_items(receiver, _script_classes(source, filename, line, libraries))
    return _name_items(source, filename, line, libraries)


def hover(
    source: str,
    line: int,
    column: int,
    filename: str = "Script1.groovy",
    libraries: Mapping[str, str] | None = None,
) -> Item | None:
    """What the word under the cursor is: a handle method's or Java member's signatures and
    docs, a handle, an allowed class, or a declaration of the script or a library."""
    found = word_at(source, line, column)
    if found is None:
        return None
    word, start = found
    before = _line_before(source, line, start)
    dotted = re.search(r"(\??\.|\*\.)\s*$", before)
    if dotted:
        receiver = receiver_of(before[: dotted.start()], source, line)
        classes = _script_classes(source, filename, line, libraries)
        return next((i for i in member_items(receiver, classes) if i.label == word), None)
    named = next(
        (
            i
            for i in _name_items(source, filename, line, libraries)
            if i.label == word and i.kind != "keyword"  # a keyword has nothing to show
        ),
        None,
    )
    qualified = members.resolve(word) if named is None and word[:1].isupper() else None
    if qualified is not None:  # an importable class (the list holds the default imports only)
        return Item(word, "class", qualified, f"Allowed class `{qualified}`", word)
    return named


def word_at(source: str, line: int, column: int) -> tuple[str, int] | None:
    """The identifier touching the cursor and its 1-based start column."""
    lines = source.split("\n")
    if not 0 < line <= len(lines):
        return None
    text = lines[line - 1]
    for m in _WORD.finditer(text):
        if m.start() <= column - 1 <= m.end() and not m.group().isdigit():
            return m.group(), m.start() + 1
    return None


def _line_before(source: str, line: int, column: int) -> str:
    lines = source.split("\n")
    return lines[line - 1][: max(column - 1, 0)] if 0 < line <= len(lines) else ""


def _is_number(text: str) -> bool:
    return bool(re.search(r"(?<![\w$.])\d+$", text.rstrip()))


# ---- receivers ------------------------------------------------------------------------------
def receiver_of(expr: str, source: str, line: int) -> Receiver:
    """The receiver whose member is being written, from the text before the `.`."""
    expr = expr.rstrip()
    if not expr:
        return Receiver("unknown", "")
    if expr[-1] in "\"'":
        return Receiver("instance", "java.lang.String")
    if re.search(r"(?<![\w$.])\d+$", expr):
        return Receiver("instance", "java.lang.Integer")
    if re.search(r"(?<![\w$.])\d+\.\d+$", expr):
        return Receiver("instance", "java.math.BigDecimal")
    if expr[-1] == "]":
        opening = _matching_open(expr, "[", "]")
        if opening is not None and not re.search(r"[\w$)\]]\s*$", expr[:opening]):
            inside = expr[opening + 1 : -1]
            is_map = inside.strip() == ":" or _top_level_colon(inside)
            return Receiver("instance", "java.util.Map" if is_map else "java.util.List")
        return Receiver("unknown", "")
    if expr[-1] == ")":
        return _call_receiver(expr, source, line)
    name = re.search(r"[\w$.]+$", expr)
    if name is None:
        return Receiver("unknown", "")
    return _name_receiver(name.group(), source, line)


def _matching_open(text: str, opener: str, closer: str) -> int | None:
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == closer:
            depth += 1
        elif text[i] == opener:
            depth -= 1
            if depth == 0:
                return i
    return None


def _top_level_colon(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == ":" and depth == 0:
            return True
    return False


def _call_receiver(expr: str, source: str, line: int) -> Receiver:
    opening = _matching_open(expr, "(", ")")
    if opening is None:
        return Receiver("unknown", "")
    head = expr[:opening].rstrip()
    made = re.search(r"\bnew\s+([\w$.]+)(?:<[^>]*>)?$", head)
    if made:
        return _type_receiver(made.group(1))
    called = re.search(r"([\w$]+)\s*\.\s*([\w$]+)$", head)
    if called and called.group(1) in handle_catalog.handles():
        method = handle_catalog.handles()[called.group(1)].method(called.group(2))
        if method is not None and method.returns:
            return _type_receiver(method.returns)
    return Receiver("unknown", "")


def _type_receiver(type_name: str) -> Receiver:
    base = re.sub(r"<.*>$", "", type_name.strip())
    if base in _PRIMITIVES:
        return Receiver("instance", _PRIMITIVES[base])
    qualified = members.resolve(base)
    if qualified:
        return Receiver("instance", qualified)
    # not a class the library knows: one of the script's own, if it declares it
    return Receiver("script", base) if base[:1].isupper() else Receiver("unknown", "")


def _name_receiver(name: str, source: str, line: int) -> Receiver:
    if name in handle_catalog.handles():
        return Receiver("handle", name)
    declared = _declared_type(name, source, line)
    if declared is not None:
        return declared
    qualified = members.resolve(name)
    if qualified is not None and name[:1].isupper():
        return Receiver("static", qualified)
    return Receiver("script", name) if name[:1].isupper() else Receiver("unknown", "")


def _declared_type(name: str, source: str, line: int) -> Receiver | None:
    """The type of a local from its last declaration above the cursor: `String s`, `def s =
    "x"`, `def d = new Date()` (a parameter `(String s)` counts too)."""
    text = "\n".join(source.split("\n")[:line])
    typed = re.compile(
        rf"\b([A-Z][\w$.]*(?:<[^;=\n]*>)?|{'|'.join(_PRIMITIVES)})(?:\[\])?\s+{re.escape(name)}"
        rf"\s*(?=[=,);:\n]|$)"
    )
    untyped = re.compile(rf"\bdef\s+{re.escape(name)}\s*=\s*(.+)")
    best: tuple[int, Receiver] | None = None
    for m in typed.finditer(text):
        best = (m.start(), _type_receiver(m.group(1)))
    for m in untyped.finditer(text):
        if best is None or m.start() > best[0]:
            init = m.group(1).strip().rstrip(";")
            if init.startswith("new "):
                inferred = receiver_of(init + ("" if init.endswith(")") else "()"), source, 0)
            else:
                inferred = receiver_of(init, source, 0) if init else Receiver("unknown", "")
            best = (m.start(), inferred)
    return best[1] if best else None


# ---- items ----------------------------------------------------------------------------------
def member_items(
    receiver: Receiver, script_classes: Mapping[str, Symbol] | None = None
) -> list[Item]:
    """One item per member name of the receiver, overloads in its detail and documentation.
    A script class (`script_classes`: name -> its outline) offers its fields and methods, then
    what every Object has."""
    script_class = (script_classes or {}).get(receiver.name)
    if receiver.kind == "script" and script_class is not None:
        own = [_symbol_item(s, "") for s in script_class.children]
        names = {i.label for i in own}
        inherited = _group(members.instance_methods("java.lang.Object"), "")
        return own + [i for i in inherited if i.label not in names]
    if receiver.kind == "handle":
        handle = handle_catalog.handles()[receiver.name]
        return [_handle_method_item(handle, m) for m in handle.methods]
    if receiver.kind == "static":
        return _group(members.static_members(receiver.name), "")
    if receiver.kind == "instance":
        return _group(members.instance_methods(receiver.name), "")
    return _group(members.instance_methods("java.lang.Object"), UNKNOWN_RECEIVER)


def _group(found: list[members.Member], label: str) -> list[Item]:
    by_name: dict[str, list[members.Member]] = {}
    for m in found:
        if m.form != "new":
            by_name.setdefault(m.name, []).append(m)
    items = []
    for name, overloads in by_name.items():
        first = overloads[0]
        more = f" (+{len(overloads) - 1} overloads)" if len(overloads) > 1 else ""
        detail = f"{first.signature()}{more}"
        if label:
            detail = f"{detail} — {label}"
        lines = [f"`{o.java_signature()}`" for o in overloads]
        doc = "\n\n".join(["\n".join(lines), first.documentation(), label]).strip()
        kind = "property" if first.form == "staticField" else "method"
        items.append(Item(name, kind, detail, doc, name))
    return items


def _handle_method_item(handle: handle_catalog.Handle, method: handle_catalog.HandleMethod) -> Item:
    signatures = method.signatures()
    detail = signatures[0] + (f" (+{len(signatures) - 1} overloads)" if len(signatures) > 1 else "")
    head = "\n".join(
        f"`{method.returns + ' ' if method.returns else ''}{handle.java_class}.{method.name}({', '.join(types)})`"
        for types in method.overloads
    )
    doc = f"{head}\n\n{method.doc}".strip()
    return Item(method.name, "method", detail, doc, method.name)


def _script_classes(
    source: str, filename: str, line: int, libraries: Mapping[str, str] | None
) -> dict[str, Symbol]:
    symbols = outline(source, filename, line) + library_outlines(libraries)
    return {s.name: s for s in symbols if s.kind == "class"}


def _name_items(
    source: str, filename: str, line: int, libraries: Mapping[str, str] | None
) -> list[Item]:
    items: list[Item] = []
    for handle in handle_catalog.handles().values():
        doc = f"Service handle `{handle.name}` ({handle.java_class}): " + (
            ", ".join(m.name for m in handle.methods) or "constants"
        )
        items.append(Item(handle.name, "handle", handle.java_class, doc, handle.name))
    items.extend(_symbol_item(s, "") for s in flatten(outline(source, filename, line)))
    items.extend(_symbol_item(s, s.file) for s in library_outlines(libraries))
    for simple, qualified in sorted(members.class_names().items()):
        items.append(Item(simple, "class", qualified, f"Allowed class `{qualified}`", simple))
    items.extend(Item(k, "keyword", "", "", k) for k in KEYWORDS)
    return items


def _symbol_item(symbol: Symbol, library: str) -> Item:
    kind = {
        "method": "function" if library else "method",
        "class": "class",
        "field": "property",
    }.get(symbol.kind, "variable")
    where = f"{symbol.file}:{symbol.line}:{symbol.column}"
    doc = f"Declared in library {where}" if library else f"Declared at {where}"
    return Item(symbol.name, kind, symbol.detail, doc, symbol.name)
