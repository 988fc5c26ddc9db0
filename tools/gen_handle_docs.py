"""Write convoscript/authoring/handle_docs.json from docs/services.md: for each service handle
and each of its script methods, the Java signature and the sentence or table row that
documents it. Editor hover and completion (convoscript/authoring/handles.py) show them; the
docs stay the one place they are written. `--check` fails when the JSON is out of date.

Usage: python tools/gen_handle_docs.py [--check]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from convoscript.services.registry import HANDLE_CLASSES  # noqa: E402

DOC = ROOT / "docs" / "services.md"
OUT = ROOT / "convoscript" / "authoring" / "handle_docs.json"


def _sections(text: str) -> dict[str, str]:
    """binding name -> its section's text (a `## ` heading naming one or more handles)."""
    out: dict[str, str] = {}
    parts = re.split(r"^## ", text, flags=re.M)
    for part in parts[1:]:
        heading, _, body = part.partition("\n")
        for name in re.findall(r"`(\w+)`", heading):
            out[name] = out.get(name, "") + body
    return out


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _entry(section: str, method: str) -> dict[str, str] | None:
    """The table row or sentence of a section that first names `method(`, with the return
    type written before it when there is one."""
    word = re.compile(rf"(?<![\w.]){re.escape(method)}\b")
    for row in re.findall(r"^\|(.*)\|\s*$", section, flags=re.M):
        cells = [c.strip() for c in row.split("|")]
        if cells[0] in ("method", "---") or not word.search(cells[0]):
            continue
        result = cells[1] if len(cells) > 1 else ""
        return {
            "doc": _clean(f"{cells[0]} — {result}" if result else cells[0]),
            "returns": _returns(cells[0], method),
        }
    body = re.sub(r"^\|.*\|\s*$", "", section, flags=re.M)
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z`(])", _clean(body)):
        if word.search(sentence):
            return {"doc": sentence, "returns": _returns(sentence, method)}
    return None


def _returns(text: str, method: str) -> str:
    found = re.search(
        rf"`([A-Z][\w<>, ]*|void|boolean|int|long|double) {re.escape(method)}\(", text
    )
    return found.group(1) if found else ""


def build() -> dict[str, dict[str, dict[str, str]]]:
    sections = _sections(DOC.read_text(encoding="utf-8"))
    out: dict[str, dict[str, dict[str, str]]] = {}
    for cls in HANDLE_CLASSES:
        section = sections.get(cls.binding_name, "")
        methods: dict[str, dict[str, str]] = {}
        for name in sorted(cls._table):
            entry = _entry(section, name) if section else None
            if entry is not None:
                methods[name] = entry
        out[cls.binding_name] = methods
    return out


def main(argv: list[str]) -> int:
    text = json.dumps(build(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run tools/gen_handle_docs.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
