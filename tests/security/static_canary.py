"""The generated canary check of row I9 (issue 11, item 3): nothing a script can reach through a
class is shared between runs unless it is deeply immutable.

For every reachable static — each entry of the allow-list's static fields (enum constants
included) and each static method that takes no arguments — a writer run tries every way a
script has of leaving a canary in it (put, add, `<<`, subscript and property assignment,
`with { }`, metaClass, the Collections helpers ...; every error ignored), then a reader run on
another conversation of the same Runtime prints it every way it can. The check reports a static
when the canary appears in the reader's output or value, or when the Python object behind it
changed at all (a deep structural snapshot taken before and after the writer): the second catches
a write the reader could not print.

A writer line that ends the run (a refusal, which a script cannot catch, or a compile-time
refusal) is dropped and the writer runs again with the rest, so every attempt that the sandbox
lets run does run.
"""

from __future__ import annotations

from dataclasses import dataclass

from convoscript import Runtime
from convoscript.runtime.door import allowlist, surface

CANARY = "CANARY_7f3a"

# Every way a script has of writing into a value it holds; `t` is the static, `C` the canary.
WRITES = [
    't.put("canary", C)',
    't.putAt("canary", C)',
    't["canary"] = C',
    "t[0] = C",
    "t.add(C)",
    "t.add(0, C)",
    "t.addAll([C])",
    "t.addAll(0, [C])",
    "t << C",
    "t << [canary: C]",
    "t.leftShift(C)",
    "t.push(C)",
    "t.set(0, C)",
    't.get("canary", C)',
    't.putIfAbsent("canary", C)',
    "t.putAll([canary: C])",
    't.computeIfAbsent("canary") { C }',
    't.merge("canary", C) { a, b -> C }',
    't.withDefault { C }.get("canary")',
    "t.withDefault { C }[0]",
    "t.canary = C",
    "t.value = C",
    "t.name = C",
    "t.key = C",
    "t.text = C",
    "t.@canary = C",
    "t.with { canary = C }",
    't.with { put("canary", C) }',
    "t.with { add(C) }",
    "t.with { it << C }",
    "t.tap { add(C) }",
    "t.metaClass.canary = C",
    "t.metaClass.toString = { -> C }",
    "t.class.canary = C",
    "Collections.addAll(t, C)",
    "Collections.fill(t, C)",
    "t.iterator().remove()",
    "t.keySet().add(C)",
    "t.values().add(C)",
    "t.entrySet().add(C)",
    "t.subList(0, 0).add(C)",
    "t.each { it.value = C }",
    "t.each { it << C }",
    "t[0] << C",
    "t.getAt(0) << C",
    "t.first() << C",
    "t.asImmutable() << C",
]

# Every way a script has of looking at a value (each line prints or fails on its own).
READS = [
    "t",
    "t.toString()",
    '"$t"',
    "t.inspect()",
    "t.canary",
    't.get("canary")',
    't["canary"]',
    "t[0]",
    "t.value",
    "t.name",
    "t.key",
    "t.text",
    "t.size()",
    "t.collect { it }",
    "t.metaClass.canary",
]


@dataclass(frozen=True)
class Static:
    """One reachable static, as a Groovy expression (`java.util.Collections.EMPTY_LIST`)."""

    expr: str
    owner: str


def reachable_statics() -> list[Static]:
    """Every static field and every static method without parameters the surface declares."""
    allowlist.ensure_library_loaded()
    found: list[Static] = []
    for owner, fields in sorted(allowlist.STATIC_FIELDS.items()):
        found += [Static(f"{owner}.{name}", owner) for name in sorted(fields)]
    for file, _, line in allowlist._SIGNATURES:
        sig = surface.parse(line, file)
        if sig.form == "staticMethod" and not sig.params:
            found.append(Static(f"{sig.owner}.{sig.name}()", sig.owner))
    return found


def _script(statics: list[Static], attempts: list[str]) -> tuple[str, int]:
    """One script for every static and every attempt: the run picks static number `k` and runs
    the attempts listed in `todo` (process variables), each in its own `try`. Returns the text
    and the line of attempt 0 (attempt i is on that line + 2 * i)."""
    lines = [
        "def pick(int k) {",
        "    switch (k) {",
        *[f"        case {i}: return {s.expr}" for i, s in enumerate(statics)],
        "    }",
        "}",
        f'def C = "{CANARY}"',
        'def k = execution.getVariable("k") as int',
        'for (int w in execution.getVariable("todo")) {',
        "    def t = pick(k)",
        "    switch (w) {",
    ]
    first = len(lines) + 1
    for i, attempt in enumerate(attempts):
        lines.append(f"        case {i}: try {{ {attempt} }} catch (Throwable e) {{ }}")
        lines.append("            break")
    lines += ["    }", "}"]
    return "\n".join(lines) + "\n", first


class Prober:
    """Runs attempts (writes or reads) on one static in a Runtime: every attempt the sandbox lets
    run does run; one that ends the run uncaught (a refusal) is skipped and the rest run again."""

    def __init__(self, rt: Runtime, statics: list[Static], attempts: list[str]):
        self.rt = rt
        self.attempts = attempts
        source, self.first = _script(statics, attempts)
        self.script = rt.compile(source, "canary.groovy")

    def run(self, k: int, cid: str) -> list:
        todo = list(range(len(self.attempts)))
        results = []
        while todo:
            state = {"variables": {"k": k, "todo": todo}}
            result = self.rt.conversation(cid, state).run(self.script)
            results.append(result)
            err = result.error
            line = err.line if err is not None and err.line else 0
            stopped = (line - self.first) // 2
            if err is None or line < self.first or stopped not in todo:
                break
            todo = todo[todo.index(stopped) + 1 :]
        return results


def snapshot(value: object, depth: int = 0, seen: frozenset = frozenset()) -> object:
    """A deep structural picture of the Python object behind a static: any change a run makes to
    it (an attribute, an element, a slot) changes the picture."""
    if depth > 8 or id(value) in seen:
        return "..."
    if value is None or isinstance(value, (bool, int, float, str, bytes, complex)):
        return (type(value).__name__, value)
    seen = seen | {id(value)}
    kids: list = [type(value).__qualname__]
    if isinstance(value, dict):
        kids += [
            (snapshot(k, depth + 1, seen), snapshot(v, depth + 1, seen)) for k, v in value.items()
        ]
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        kids += [snapshot(v, depth + 1, seen) for v in items]
    elif callable(value) and not hasattr(value, "__slots__") and not hasattr(value, "__dict__"):
        return kids
    for name in _attributes(value):
        try:
            kids.append((name, snapshot(getattr(value, name), depth + 1, seen)))
        except AttributeError:
            kids.append((name, "<unset>"))
    return kids


def _attributes(value: object) -> list[str]:
    names: list[str] = []
    for cls in type(value).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        names += [slots] if isinstance(slots, str) else list(slots)
    if hasattr(value, "__dict__") and not isinstance(value, type):
        names += list(vars(value))
    return [n for n in names if n != "__weakref__" and not n.startswith("__")]


def python_value(static: Static) -> object:
    """The Python object behind a static field, or what a static method returns when it
    returns one object every time (`Locale.getDefault()`); None otherwise."""
    owner, _, name = static.expr.rpartition(".")
    if not name.endswith("()"):
        return allowlist.STATIC_FIELDS[owner][name]
    method = allowlist.STATIC_METHODS[owner][name[:-2]]
    try:
        first, second = method(), method()
    except Exception:  # needs a run, or arguments after all: the reader still looks at it
        return None
    return first if first is second else None


def leaks(rt: Runtime, statics: list[Static] | None = None) -> list[str]:
    """The statics that carry something from one run into a later one on another conversation
    of the same Runtime (all reachable ones by default)."""
    statics = reachable_statics() if statics is None else statics
    writer = Prober(rt, statics, WRITES)
    reader = Prober(rt, statics, [f"println({r})" for r in READS])
    found = []
    for k, s in enumerate(statics):
        before = snapshot(python_value(s))
        writer.run(k, f"writer-{k}")
        if snapshot(python_value(s)) != before:
            found.append(f"{s.expr}: the Python object changed")
        for result in reader.run(k, f"reader-{k}"):
            text = f"{result.stdout} {result.value!r} {result.error and result.error.message}"
            if CANARY in text:
                found.append(f"{s.expr}: the canary reached the reader")
    return found
