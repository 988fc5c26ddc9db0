"""Groovy 2.4's "Possible solutions:" line of MissingMethodException and
MissingPropertyException: the candidates ranked as org.codehaus.groovy.runtime.MethodRankHelper
ranks them.

A method's score is the edit distance of its name from the called name (Damerau-Levenshtein
with a cheap case change and transposition) plus the edit distance of its boxed parameter classes
from the arguments' classes; at most six methods scoring 50 or less are shown, ties in the order
Groovy lists the class's methods. Properties score by name alone (at most six, 30 or less).

The candidates of a Java class are Groovy's own lists, generated from real Groovy by
tools/gen_groovy_methods.groovy into groovy_methods.txt (the class's methods, then the GDK's meta
methods); classes a script defines are composed from the same pieces as Groovy composes them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.model import budget
from convoscript.runtime.model.values import Closure

# MethodRankHelper's costs and limits.
_SUBSTITUTION = 10
_DELETE = 10
_TRANSPOSITION = 5
_CASE = 5
_MAX_SHOWN = 6  # Groovy stops when it already holds more than MAX_RECOMENDATIONS (5)
_MAX_METHOD_SCORE = 50
_MAX_FIELD_SCORE = 30

_DATA = Path(__file__).with_name("groovy_methods.txt")

_BOXED = {
    "boolean": "java.lang.Boolean",
    "char": "java.lang.Character",
    "byte": "java.lang.Byte",
    "double": "java.lang.Double",
    "float": "java.lang.Float",
    "int": "java.lang.Integer",
    "long": "java.lang.Long",
    "short": "java.lang.Short",
}
_ARRAY_CODES = {
    "boolean": "Z",
    "char": "C",
    "byte": "B",
    "double": "D",
    "float": "F",
    "int": "I",
    "long": "J",
    "short": "S",
}

Signature = tuple[str, tuple[str, ...]]  # a method's name and its parameters' Java class names


class _Table:
    """groovy_methods.txt, read once: section name -> signatures (or names, for properties)."""

    def __init__(self, text: str):
        head, _, table = text.partition("\n=\n")
        signatures = table.split("\n")
        lines = [line for line in head.split("\n") if not line.startswith("#")]
        self.sections: dict[str, list[str]] = {
            lines[i]: [signatures[int(n)] for n in lines[i + 1].split()]
            for i in range(0, len(lines) - 1, 2)
        }

    def methods(self, section: str) -> list[Signature]:
        return [parse_signature(s) for s in self.sections.get(section, ())]


_table: _Table | None = None


def _data() -> _Table:
    global _table  # a read-only cache of a package file, the same for every run
    if _table is None:
        _table = _Table(_DATA.read_text(encoding="utf-8"))
    return _table


def parse_signature(text: str) -> Signature:
    """`name(a, b)` -> ("name", ("a", "b"))."""
    name, _, rest = text.partition("(")
    params = rest[:-1]
    return name, tuple(params.split(", ")) if params else ()


# -- the distances --------------------------------------------------------------------------------
def name_distance(s: str, t: str, limit: int | None = None) -> int:
    """MethodRankHelper.delDistance: edit distance, case changes and transpositions cheaper.
    With `limit`, any result above it may be returned as soon as it is certain to exceed it."""
    n, m = len(s), len(t)
    if n == 0:
        return m
    if m == 0:
        return n
    s_low, t_low = s.lower(), t.lower()
    s_is = [c.islower() for c in s]
    t_is = [c.islower() for c in t]
    older = [0] * (n + 1)
    prev = [i * _DELETE for i in range(n + 1)]
    for j in range(1, m + 1):
        t_j, tl_j, ti_j = t[j - 1], t_low[j - 1], t_is[j - 1]
        row = [j * _DELETE] + [0] * n
        for i in range(1, n + 1):
            if s_is[i - 1] != ti_j:
                cost = _CASE if s_low[i - 1] == tl_j else _SUBSTITUTION
            else:
                cost = 0 if s[i - 1] == t_j else _SUBSTITUTION
            best = min(row[i - 1] + _DELETE, prev[i] + _DELETE, prev[i - 1] + cost)
            if i > 1 and j > 1 and s_low[i - 1] == t_low[j - 2] and s_low[i - 2] == tl_j:
                extra = (_CASE if s_is[i - 1] != t_is[j - 2] else 0) + (
                    _CASE if s_is[i - 2] != ti_j else 0
                )
                best = min(best, older[i - 2] + _TRANSPOSITION + extra)
            row[i] = best
        if limit is not None and min(row) > limit and min(prev) > limit:
            return min(row)  # later rows only grow from these two
        older, prev = prev, row
    return prev[n]


def types_distance(s: Sequence[object], t: Sequence[object]) -> int:
    """MethodRankHelper.damerauLevenshteinDistance over two lists of classes."""
    n, m = len(s), len(t)
    if n == 0:
        return m  # unscaled, as in Groovy
    if m == 0:
        return n
    older = [0] * (n + 1)
    prev = [i * _DELETE for i in range(n + 1)]
    for j in range(1, m + 1):
        t_j = t[j - 1]
        row = [j * _DELETE] + [0] * n
        for i in range(1, n + 1):
            cost = 0 if s[i - 1] == t_j else _SUBSTITUTION
            row[i] = min(row[i - 1] + _DELETE, prev[i] + _DELETE, prev[i - 1] + cost)
            if i > 1 and j > 1 and s[i - 1] == t[j - 2] and s[i - 2] == t_j:
                row[i] = min(row[i], older[i - 2] + _TRANSPOSITION)
        older, prev = prev, row
    return prev[n]


# -- ranking ---------------------------------------------------------------------------------------
class _Unequal:
    """An argument class equal to no parameter class: null, and classes Groovy would name
    differently (a closure is `Script1$_run_closure1`, never `groovy.lang.Closure`)."""


def argument_classes(args: tuple) -> list[str | None]:
    """The arguments' classes as MethodRankHelper compares them with parameter classes (None:
    equal to none, as null is, and a closure, whose class Groovy names after the script)."""
    return [None if a is None or isinstance(a, Closure) else java_class_name(a) for a in args]


def _comparable(arg_classes: Iterable[str | None]) -> list[object]:
    return [_Unequal() if c is None else c for c in arg_classes]


def method_suggestions(
    name: str, arg_classes: Sequence[str | None], candidates: Sequence[Signature]
) -> str:
    """The "\\nPossible solutions: ..." tail of a MissingMethodException message, or ""."""
    shown = ranked_methods(name, arg_classes, candidates)
    return "\nPossible solutions: " + ", ".join(shown) if shown else ""


def ranked_methods(
    name: str, arg_classes: Sequence[str | None], candidates: Sequence[Signature]
) -> list[str]:
    """The entries Groovy lists after "Possible solutions:" (`name(a, b)`), best first."""
    args = _comparable(arg_classes)
    distances = _name_distances(name, {m_name for m_name, _ in candidates})
    scored = []
    for m_name, params in candidates:
        distance = distances.get(m_name)
        if distance is None:
            continue
        score = distance + types_distance(args, [_BOXED.get(p, p) for p in params])
        if score <= _MAX_METHOD_SCORE:
            scored.append((score, f"{m_name}({', '.join(params)})"))
    scored.sort(key=lambda item: item[0])  # stable: ties keep Groovy's order
    return [text for _, text in scored[:_MAX_SHOWN]]


def _name_distances(name: str, names: Iterable[str], limit: int = _MAX_METHOD_SCORE) -> dict:
    """The name distance of each candidate name that can score `limit` or less (a length
    difference alone costs a deletion per character), charged to the run's budget."""
    close = [n for n in names if abs(len(n) - len(name)) * _DELETE <= limit]
    running = budget.running()
    if running is not None:
        running.tick(sum(len(n) for n in close) * len(name) // 16 + 1)
    return {n: name_distance(name, n, limit) for n in close}


def property_suggestions(name: str, candidates: Sequence[str]) -> str:
    """The "\\nPossible solutions: ..." tail of a MissingPropertyException message, or ""."""
    shown = ranked_properties(name, candidates)
    return "\nPossible solutions: " + ", ".join(shown) if shown else ""


def ranked_properties(name: str, candidates: Sequence[str]) -> list[str]:
    """The property names Groovy lists after "Possible solutions:", best first."""
    distances = _name_distances(name, set(candidates), _MAX_FIELD_SCORE)
    scored = [(distances[p], p) for p in candidates if distances.get(p, 99) <= _MAX_FIELD_SCORE]
    scored.sort(key=lambda item: item[0])
    return [p for _, p in scored[:_MAX_SHOWN]]


def method_tail(
    name: str,
    arg_classes: Sequence[str | None],
    candidates: Callable[[], Sequence[Signature] | None],
) -> Callable[[], str]:
    """`method_suggestions`, made when called (when the exception's message is first read)."""
    return lambda: method_suggestions(name, arg_classes, candidates() or ())


def property_tail(name: str, candidates: Callable[[], Sequence[str] | None]) -> Callable[[], str]:
    """`property_suggestions`, made when called (when the exception's message is first read)."""
    return lambda: property_suggestions(name, candidates() or ())


# -- candidates ------------------------------------------------------------------------------------
def java_methods(class_name: str) -> list[Signature] | None:
    """Groovy's candidates for a Java class it knows (None for another class)."""
    table = _data()
    if class_name not in table.sections:
        return None
    return table.methods(class_name) + table.methods("+" + class_name)


def meta_methods(class_name: str) -> list[Signature]:
    """The GDK methods Groovy ranks after a Java class's own."""
    return _data().methods("+" + class_name)


def java_properties(class_name: str) -> list[str] | None:
    return _data().sections.get("%" + class_name)


def java_type_name(written: str | None, resolve) -> str:
    """The Java class name (as Class.getName() prints it) of a parameter type a script wrote;
    `resolve` qualifies a simple class name (None when it is the script's own class)."""
    if written is None:
        return "java.lang.Object"
    base = written.split("<", 1)[0].strip()
    dims = 0
    while base.endswith("[]") or base.endswith("..."):
        base = base[:-2] if base.endswith("[]") else base[:-3]
        dims += 1
    if base in _BOXED:
        element = base
    else:
        element = resolve(base) or base
    if not dims:
        return element
    code = _ARRAY_CODES.get(element) or f"L{element};"
    return "[" * dims + code


def _sort_key(entry: tuple[str, str, tuple[str, ...]]) -> tuple:
    returns, name, params = entry
    return (name, returns, len(params), params)


def declared_methods(entries: Iterable[tuple[str, str, tuple[str, ...]]]) -> list[Signature]:
    """A class's own methods, as (return type, name, parameters), in Groovy's order (by name,
    return type, parameter count, parameter types)."""
    return [(name, params) for _, name, params in sorted(entries, key=_sort_key)]


def groovy_object_declared() -> list[tuple[str, str, tuple[str, ...]]]:
    """The GroovyObject methods Groovy generates into a class whose superclass is Java's."""
    out = []
    for line in _data().sections["@groovyobject.declared"]:
        returns, _, signature = line.partition(" ")
        name, params = parse_signature(signature)
        out.append((returns, name, params))
    return out


def piece(name: str) -> list[Signature]:
    return _data().methods("@" + name)


def script_methods(declared: Iterable[tuple[str, str, tuple[str, ...]]]) -> list[Signature]:
    """The candidates of the script class (`Script1`) declaring these methods."""
    own = [
        ("void", "main", ("[Ljava.lang.String;",)),
        ("java.lang.Object", "run", ()),
        *declared,
    ]
    return piece("script.base") + declared_methods(own) + piece("script.meta")


def closure_methods(do_calls: Iterable[tuple[str, ...]]) -> list[Signature]:
    """The candidates of a closure whose `doCall` overloads take these parameters."""
    return piece("closure.base") + [("doCall", p) for p in do_calls] + piece("closure.meta")


def overloads(meta, resolve) -> list[tuple[str, str, tuple[str, ...]]]:
    """(return type, name, parameter classes) of a script method and of the shorter overloads
    Groovy generates for its parameters with defaults (the last ones dropped first). The return
    type sorts them (`def` is Object)."""
    types = tuple(java_type_name(t, resolve) for t in meta.param_types)
    declared = getattr(meta, "return_type", None)
    returns = declared if declared == "void" else java_type_name(declared, resolve)
    varargs = meta.max_args > len(types)  # a varargs parameter is no default: no shorter one
    shortest = len(types) if varargs else min(meta.min_args, len(types))
    return [(returns, meta.name, types[:k]) for k in range(len(types), shortest - 1, -1)]


def class_methods(chain: Sequence, java_base: str | None, resolve) -> list[Signature]:
    """The candidates of a class a script defines. `chain` is the class and its script
    superclasses, topmost last, each with `methods` (name -> [(function, MethodMeta)]) and
    `fields` / `static_fields` (name -> FieldMeta); `java_base` the Java class the topmost one
    extends (None: Object)."""
    if java_base is not None and java_methods(java_base) is not None:
        base, meta = _data().methods(java_base), _data().methods("+" + java_base)
    else:
        base, meta = piece("object"), piece("groovyobject.meta")
    out = list(base)
    for depth, cls in enumerate(reversed(chain)):
        entries = groovy_object_declared() if depth == 0 else []
        for field in [*cls.fields.values(), *cls.static_fields.values()]:
            if field.visibility is None:  # a property: Groovy generates its accessors
                ftype = java_type_name(field.type, resolve)
                suffix = field.name[:1].upper() + field.name[1:]
                entries.append((ftype, "get" + suffix, ()))
                if ftype == "boolean":
                    entries.append((ftype, "is" + suffix, ()))
                if not field.final:
                    entries.append(("void", "set" + suffix, (ftype,)))
        for metas in cls.methods.values():
            for _, m in metas:
                entries.extend(overloads(m, resolve))
        out += declared_methods(entries)
    return out + meta


def class_properties(chain: Sequence) -> list[str]:
    """The property names Groovy's MetaClass lists for a class a script defines (`class`, its
    properties and getters; not its fields declared with a visibility), in its order."""
    entries, listed = ["class"], {"class"}
    for cls in reversed(list(chain)):
        for fields in (cls.fields, cls.static_fields):
            for name, field in fields.items():
                entries.append(name)
                if field.visibility is None:
                    listed.add(name)
        for name, metas in cls.methods.items():
            for prefix in ("get", "is"):
                rest = name[len(prefix) :]
                takes_none = any(m.min_args == 0 for _, m in metas)
                if name.startswith(prefix) and rest[:1].isupper() and takes_none:
                    entries.append(rest[:1].lower() + rest[1:])
                    listed.add(entries[-1])
    entries.append("metaClass")
    return [name for name in meta_class_order(entries) if name in listed]


# -- Groovy's MetaClass property table (org.codehaus.groovy.util.SingleKeyHashMap) ----------------
def _java_int(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value >= 1 << 31 else value


def _spread_hash(h: int) -> int:
    """org.codehaus.groovy.util.ComplexKeyHashMap.hash."""
    h = _java_int(h + _java_int(~_java_int(h << 9)))
    h = _java_int(h ^ ((h & 0xFFFFFFFF) >> 14))
    h = _java_int(h + _java_int(h << 4))
    return _java_int(h ^ ((h & 0xFFFFFFFF) >> 10))


def _string_hash(s: str) -> int:
    h = 0
    data = s.encode("utf-16-be", "surrogatepass")
    for i in range(0, len(data), 2):
        h = (31 * h + (data[i] << 8 | data[i + 1])) & 0xFFFFFFFF
    return _java_int(h)


def meta_class_order(names: list[str]) -> list[str]:
    """The order in which Groovy's SingleKeyHashMap (a MetaClass's property table) iterates
    `names` put in this order: 32 buckets, doubled when 3/4 full (which reverses the chains it
    moves), each chain latest first, the buckets from the last."""
    table: list[list[tuple[str, int]]] = [[] for _ in range(32)]
    for size, name in enumerate(dict.fromkeys(names), 1):
        h = _spread_hash(_string_hash(name))
        table[h & (len(table) - 1)].insert(0, (name, h))
        if size == len(table) * 3 // 4:
            grown: list[list[tuple[str, int]]] = [[] for _ in range(2 * len(table))]
            for chain in table:
                for entry in chain:
                    grown[entry[1] & (len(grown) - 1)].insert(0, entry)
            table = grown
    return [name for chain in reversed(table) for name, _ in chain]
