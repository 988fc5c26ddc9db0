"""Write docs/allowlist.md from the allow-list data: the tables of
convoscript/runtime/door/allowlist.py as the library (convoscript.lib) registers them, and the
door's deny-lists.

    python tools/gen_allowlist_doc.py          # rewrite the file
    python tools/gen_allowlist_doc.py --check  # exit 1 if the file is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from convoscript.lib import signature_files
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.surface import parse
from tools.surface import coverage

TARGET = ROOT / "docs" / "allowlist.md"


def _names(names) -> str:
    return ", ".join(f"`{n}`" for n in sorted(names))


def _coverage() -> list[str]:
    table = coverage.measure()
    impl = sum(len(c.implemented) for c in table.values())
    denied = sum(len(c.denied) for c in table.values())
    missing = sum(len(c.missing) for c in table.values())
    total = impl + denied + missing
    out = [
        "## Coverage of the target surface",
        "",
        "The target is every public member (constructor, method, static method, static field)",
        "declared by the classes of `tools/surface/target-classes.txt`, and every GDK method whose",
        "receiver is one of them, as the JVM lists them (`tools/surface/target-signatures.txt`,",
        "written by `tools/surface/reflect.py --target`). *Implemented* means a signature line of",
        "`convoscript/lib/*/signatures.txt` declares it (for an instance method, on the class or a",
        "supertype); *denied* means the door's deny-lists refuse it (reasons in docs/sandbox.md);",
        "*missing* is the rest: calling it is a MissingMethodException today.",
        "",
        f"**Total: {impl} of {total} implemented ({100 * impl / total:.0f}%), {denied} denied, "
        f"{missing} missing.**",
        "",
        "| class | target | implemented | denied | missing |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for cls, c in sorted(table.items()):
        pct = f" ({100 * len(c.implemented) / c.total:.0f}%)" if c.total else ""
        out.append(
            f"| `{cls}` | {c.total} | {len(c.implemented)}{pct} | {len(c.denied)} "
            f"| {len(c.missing)} |"
        )
    out += ["", "### Missing, by class", ""]
    for cls, c in sorted(table.items()):
        if c.missing:
            out.append(f"<details><summary><code>{cls}</code>: {len(c.missing)}</summary>")
            out += ["", "```", *c.missing, "```", "", "</details>", ""]
    out += [
        "",
        "## Signatures, by class",
        "",
        "Every overload a script can call: the lines of `convoscript/lib/*/signatures.txt`.",
        "",
    ]
    by_owner: dict[str, list[str]] = {}
    for path, number, text in signature_files.load():
        sig = parse(text, f"{path}:{number}")
        by_owner.setdefault(coverage.owner_of(sig), []).append(text)
    for cls, lines in sorted(by_owner.items()):
        out.append(f"<details><summary><code>{cls}</code>: {len(lines)}</summary>")
        out += ["", "```", *sorted(lines), "```", "", "</details>", ""]
    return out


def render() -> str:
    out = [
        "# The allow-list",
        "",
        "Generated from the allow-list tables, the signature lines and the deny-lists by",
        "`tools/gen_allowlist_doc.py`;",
        "do not edit by hand. Everything not listed here is refused (default deny).",
        "",
    ]
    out += _coverage()
    out += ["## Classes usable by name", "", "| name | class |", "| --- | --- |"]
    for simple, qualified in sorted(allowlist.CLASS_NAMES.items()):
        if qualified not in allowlist.DENIED_CLASSES:
            out.append(f"| `{simple}` | `{qualified}` |")
    out += [
        "",
        "Importable with an `import` line: "
        + _names(q for q in allowlist.IMPORTABLE.values())
        + ".",
        "",
    ]
    out += ["## Constructors", "", _names(allowlist.CONSTRUCTORS), ""]
    out += ["## Static methods", ""]
    for cls, methods in sorted(allowlist.STATIC_METHODS.items()):
        out.append(f"- `{cls}`: {_names(methods)}")
    out += ["", "## Static fields", ""]
    for cls, fields in sorted(allowlist.STATIC_FIELDS.items()):
        out.append(f"- `{cls}`: {_names(fields)}")
    out += [
        "",
        "## Instance methods by receiver type",
        "",
        "`Object.use` takes only `groovy.time.TimeCategory`; the members TimeCategory gives",
        "(`Integer.getDays` ..., `Date` minus a `Date` or a duration) apply only inside",
        "`use(TimeCategory) { ... }`. `Groovy*Duration` are the `groovy.time` durations.",
        "",
    ]
    for kind, methods in sorted(allowlist.METHODS.items()):
        out.append(f"- **{kind}**: {_names(methods)}")
    out += ["", "## Properties (besides getters)", ""]
    for kind, props in sorted(allowlist.PROPERTIES.items()):
        out.append(f"- **{kind}**: {_names(props)}")
    out += [
        "",
        "## Permanently denied",
        "",
        "No extension can open these.",
        "",
        "- Classes: " + _names(allowlist.DENIED_CLASSES),
        "- Members on any receiver: " + _names(allowlist.DENIED_MEMBERS),
        "- Members on class references: " + _names(allowlist.CLASS_DENIED_METHODS),
        "- Every name starting with `__`.",
        "",
    ]
    return "\n".join(out)


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        current = TARGET.read_text() if TARGET.exists() else ""
        if current != text:
            print("docs/allowlist.md is out of date: run python tools/gen_allowlist_doc.py")
            return 1
        return 0
    TARGET.write_text(text)
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
