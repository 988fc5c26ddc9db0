"""The LALR tables of groovy.lark, generated once and shipped in the package (groovy.tables).

Building Lark's tables from the grammar takes about 0.4 s, most of a cold `convoscript run`.
`tools/gen_grammar_tables.py` builds them and writes them with `write`; `load` reads them back
into a ready parser in milliseconds, or returns None — missing file, stale digest, unreadable
content — after one log line saying why, and the caller builds the parser from the grammar.

The file is a digest line and a pickle of Lark's own serialised form (plain dicts, lists,
strings and numbers). The digest covers the grammar text, the Lark version (the serialised
form is Lark's internal layout) and the parser options, so any change to one of them is a
mismatch, never a parser built from tables of another grammar. The pickle is read with an
unpickler that refuses every global: the file can hold data only, not code to run. The one
class in Lark's form, the lexer (ours: the scanner feeds tokens), is written as a marker and
put back on load.
"""

from __future__ import annotations

import hashlib
import io
import logging
import pickle
from pathlib import Path
from typing import Any

import lark
from lark import Lark
from lark.grammar import Rule
from lark.lexer import TerminalDef

TABLES = Path(__file__).with_name("groovy.tables")
REGENERATE = "tools/gen_grammar_tables.py"
_LEXER_MARKER = "<convoscript scanner>"
_log = logging.getLogger("convoscript.grammar")


def digest(grammar: str, options: dict[str, Any]) -> str:
    """What the tables were made from: grammar text, Lark version, parser options."""
    described = sorted(
        (k, v if isinstance(v, str | bool | list) else repr(v)) for k, v in options.items()
    )
    text = f"{grammar}\0lark {lark.__version__}\0{described!r}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write(parser: Lark, key: str, path: Path | None = None) -> None:
    """Write `parser`'s tables under the digest `key` (the generator tool's half)."""
    data, memo = parser.memo_serialize([TerminalDef, Rule])
    data = _replace_lexer(data, lambda _: _LEXER_MARKER)
    body = pickle.dumps({"data": data, "memo": memo}, protocol=4)
    (path or TABLES).write_bytes(key.encode("ascii") + b"\n" + body)


def stored_digest(path: Path | None = None) -> str | None:
    """The digest line of the shipped tables (None when there is no file)."""
    try:
        with (path or TABLES).open("rb") as f:
            return f.readline().decode("ascii", "replace").strip()
    except OSError:
        return None


def load(key: str, lexer: type, path: Path | None = None) -> Lark | None:
    """The parser from the shipped tables, if they were made under `key`; else None, logged."""
    path = path or TABLES  # read at call time: tests point it elsewhere
    try:
        raw = path.read_bytes()
    except OSError as exc:
        _missed(f"no grammar tables ({exc.strerror}: {path})")
        return None
    head, _, body = raw.partition(b"\n")
    if head.decode("ascii", "replace") != key:
        _missed(
            "the grammar tables are stale (groovy.lark, the Lark version or the options changed)"
        )
        return None
    try:
        stored = _DataOnly(io.BytesIO(body)).load()
        data = _replace_lexer(stored["data"], lambda _: lexer)
        return Lark._load_from_dict(data, stored["memo"])
    except Exception as exc:  # any damage to the file: the grammar is still there to build from
        _missed(f"the grammar tables are unreadable ({type(exc).__name__}: {exc})")
        return None


def _missed(reason: str) -> None:
    _log.warning(
        "%s: building the parser from groovy.lark instead (about 0.4 s); run %s", reason, REGENERATE
    )


def _replace_lexer(data: dict[str, Any], swap: Any) -> dict[str, Any]:
    """`data` with the lexer class (in the options and the lexer configuration) swapped."""
    options = {**data["options"], "lexer": swap(data["options"]["lexer"])}
    lexer_conf = {**data["parser"]["lexer_conf"]}
    lexer_conf["lexer_type"] = swap(lexer_conf["lexer_type"])
    return {**data, "options": options, "parser": {**data["parser"], "lexer_conf": lexer_conf}}


class _DataOnly(pickle.Unpickler):
    """An unpickler for plain data: every class or function reference is refused."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"grammar tables may hold data only, not {module}.{name}")
