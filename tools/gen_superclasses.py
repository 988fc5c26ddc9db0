"""Regenerate the superclass table of convoscript/lib/java_lang/classes.py with real Groovy.

Every class a script can name or hold (the allow-list's classes, the throwables, the value
types) is asked `Class.forName(name).superclass` up to Object, in one Groovy run; the table
maps each class and each ancestor to its superclass (None for Object and interfaces). Run it
after adding a class to the library: `x.class.superclass` refuses a class missing from it.

    python tools/gen_superclasses.py            # rewrite the table
    python tools/gen_superclasses.py --check    # write nothing; exit 1 if the table is stale
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from oracle import groovy_env

from convoscript.runtime.core import types
from convoscript.runtime.door import allowlist
from convoscript.runtime.model.exceptions import JAVA_PARENTS, qualified_name

TABLE = Path(__file__).resolve().parents[1] / "convoscript" / "lib" / "java_lang" / "classes.py"
# value classes whose Java class is not named by a table (what getClass() answers)
_EXTRA = ("java.util.RegularEnumSet",)

_PROBE = """
System.in.readLines().each { n ->
    def c
    try { c = Class.forName(n) } catch (Throwable t) { println "$n MISSING"; return }
    def chain = []
    for (def s = c.superclass; s != null; s = s.superclass) chain << s.name
    println "$n ${c.isInterface() ? 'INTERFACE' : chain.join(' ')}"
}
"""


def class_names() -> list[str]:
    allowlist.ensure_library_loaded()
    names = (
        set(allowlist.CLASS_NAMES.values())
        | set(allowlist.IMPORTABLE.values())
        | set(allowlist.CONSTRUCTORS)
        | set(allowlist.STATIC_METHODS)
        | set(allowlist.STATIC_FIELDS)
        | {qualified_name(n) for n in JAVA_PARENTS}
        | set(types._JAVA_NAMES.values())
        | set(_EXTRA)
    )
    return sorted(names)


def superclasses(names: list[str]) -> dict[str, str | None]:
    with tempfile.NamedTemporaryFile("w", suffix=".groovy", delete=False) as probe:
        probe.write(_PROBE)
    out = subprocess.run(
        ["groovy", probe.name],
        input="\n".join(names),
        capture_output=True,
        text=True,
        env=groovy_env(),
        check=True,
    ).stdout
    table: dict[str, str | None] = {}
    for line in out.splitlines():
        name, *rest = line.split()
        if rest == ["MISSING"]:
            continue
        if rest == ["INTERFACE"]:
            table[name] = None
            continue
        chain = [name, *rest]
        table.update(zip(chain, [*chain[1:], None], strict=True))
    return table


def render(table: dict[str, str | None]) -> str:
    text = TABLE.read_text(encoding="utf-8")
    head = text[: text.index("SUPERCLASSES: dict[str, str | None] = {")]
    rows = "".join(
        f'    "{k}": ' + (f'"{v}"' if v else "None") + ",\n" for k, v in sorted(table.items())
    )
    return head + "SUPERCLASSES: dict[str, str | None] = {\n" + rows + "}\n"


def main(argv: list[str]) -> int:
    new = render(superclasses(class_names()))
    if "--check" in argv:
        stale = new != TABLE.read_text(encoding="utf-8")
        print("superclass table is stale" if stale else "superclass table is current")
        return 1 if stale else 0
    TABLE.write_text(new, encoding="utf-8")
    print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
