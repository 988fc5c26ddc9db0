"""The shipped LALR tables (grammar/groovy.tables): current with groovy.lark, the same parser as
one built from the grammar, and never needed: a missing, stale or damaged file is logged and the
parser is built instead."""

from __future__ import annotations

import logging
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from convoscript.errors import FlowSyntaxError
from convoscript.grammar import parser, tables

ROOT = Path(__file__).resolve().parents[2]
# the examples and a spread of the conformance scripts (every one would take a minute)
SCRIPTS = (
    sorted(ROOT.glob("examples/*.groovy"))
    + sorted(ROOT.glob("tests/conformance/cases/*/script.groovy"))[::15]
)


@pytest.fixture
def tables_at(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Point the loader at another file, with a fresh parser per test (and after it)."""

    def point(path: Path) -> None:
        monkeypatch.setattr(tables, "TABLES", path)
        parser._lark.cache_clear()

    yield point
    monkeypatch.undo()
    parser._lark.cache_clear()


def _key() -> str:
    return parser.tables_digest(parser._GRAMMAR.read_text())


def test_shipped_tables_match_the_grammar() -> None:
    # fails when groovy.lark, the Lark version or the options change without regenerating
    assert tables.stored_digest() == _key(), "run tools/gen_grammar_tables.py"
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_grammar_tables.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_digest_changes_with_the_grammar() -> None:
    grammar = parser._GRAMMAR.read_text()
    assert parser.tables_digest(grammar + "\n// edited\n") != parser.tables_digest(grammar)


def _parse_all() -> list[object]:
    out: list[object] = []
    for script in SCRIPTS:
        try:
            out.append(repr(parser.parse(script.read_text(), script.name)))  # nodes: eq=False
        except FlowSyntaxError as exc:
            out.append((exc.line, exc.column, exc.message))
    return out


def test_loaded_tables_parse_like_the_built_parser(tables_at, tmp_path, caplog) -> None:
    parser._lark.cache_clear()
    loaded = _parse_all()
    assert not [r for r in caplog.records if r.name == "convoscript.grammar"]
    tables_at(tmp_path / "absent.tables")
    with caplog.at_level(logging.WARNING, logger="convoscript.grammar"):
        built = _parse_all()
    assert "no grammar tables" in caplog.text and "building the parser" in caplog.text
    assert len(SCRIPTS) > 50 and loaded == built


def _write(path: Path, key: str, body: bytes) -> Path:
    path.write_bytes(key.encode() + b"\n" + body)
    return path


def test_stale_tables_are_refused(tmp_path, caplog) -> None:
    stale = _write(tmp_path / "t", "0" * 64, tables.TABLES.read_bytes().partition(b"\n")[2])
    with caplog.at_level(logging.WARNING, logger="convoscript.grammar"):
        assert tables.load(_key(), parser._FeedLexer, stale) is None
    assert "stale" in caplog.text and "tools/gen_grammar_tables.py" in caplog.text


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not a pickle",
        tables.TABLES.read_bytes().partition(b"\n")[2][:5000],  # cut short
        pickle.dumps({"data": {}, "memo": {}}),  # not Lark's form
        pickle.dumps(print),  # a global: refused before anything runs
    ],
)
def test_damaged_tables_are_refused(tmp_path, caplog, body: bytes) -> None:
    damaged = _write(tmp_path / "t", _key(), body)
    with caplog.at_level(logging.WARNING, logger="convoscript.grammar"):
        assert tables.load(_key(), parser._FeedLexer, damaged) is None
    assert "unreadable" in caplog.text


def test_damaged_tables_fall_back_to_building(tables_at, tmp_path, caplog) -> None:
    tables_at(_write(tmp_path / "t", _key(), b"garbage"))
    with caplog.at_level(logging.WARNING, logger="convoscript.grammar"):
        module = parser.parse("def x = 1\nprintln x", "t.groovy")
    assert len(module.body) == 2
    assert "unreadable" in caplog.text and "building the parser" in caplog.text
