"""Write convoscript/grammar/groovy.tables: the LALR tables of groovy.lark, built here once so
that no process has to build them (grammar/tables.py). Run it after changing groovy.lark or
upgrading Lark; tests/unit/test_grammar_tables.py fails until you do.

    python tools/gen_grammar_tables.py          # rewrite the file
    python tools/gen_grammar_tables.py --check  # exit 1 if the file is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from convoscript.grammar import parser, tables

GRAMMAR = ROOT / "convoscript" / "grammar" / "groovy.lark"


def main() -> int:
    grammar = GRAMMAR.read_text()
    key = parser.tables_digest(grammar)
    if "--check" in sys.argv[1:]:
        current = tables.stored_digest() == key
        print(
            "grammar tables up to date" if current else f"grammar tables stale: run {sys.argv[0]}"
        )
        return 0 if current else 1
    tables.write(parser.build_lark(grammar), key)
    print(f"wrote {tables.TABLES.relative_to(ROOT)} ({tables.TABLES.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
