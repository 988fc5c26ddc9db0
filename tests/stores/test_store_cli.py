"""The CLI's --store takes a URL everywhere it took a path; `store migrate` and `reopen`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from convoscript.cli import cli
from tests.stores.conftest import wipe

SCRIPT = 'execution.setVariable("n", (execution.getVariable("n") ?: 0) + 1)\nprintln "ran"'


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_run_close_reopen_export_on_store_urls(server_urls: dict, tmp_path: Path) -> None:
    script = tmp_path / "s.groovy"
    script.write_text(SCRIPT)
    for backend, url in (
        ("sqlite", f"sqlite:///{tmp_path / 'c.db'}"),
        ("postgres", server_urls["postgres"]),
        ("redis", server_urls["redis"]),
    ):
        wipe(backend, url)
        if backend != "sqlite":  # a shared store needs its schema made explicitly
            refused = invoke("run", str(script), "--store", url, "--conversation", "k")
            assert refused.exit_code == 2 and "convoscript store migrate" in refused.output
        migrated = invoke("store", "migrate", url)
        assert migrated.exit_code == 0 and "schema version 1" in migrated.output
        assert invoke("run", str(script), "--store", url, "--conversation", "k").exit_code == 0
        assert invoke("close", "k", "--store", url).exit_code == 0
        closed = invoke("run", str(script), "--store", url, "--conversation", "k")
        assert closed.exit_code == 1 and "ConversationClosed" in closed.output
        assert invoke("reopen", "k", "--store", url).exit_code == 0
        again = invoke("run", str(script), "--store", url, "--conversation", "k", "--json")
        assert json.loads(again.output)["variables"] == {"n": 2}
        out = tmp_path / f"{backend}.json"
        assert invoke("export", "--store", url, "-o", str(out)).exit_code == 0
        assert [r["conversationId"] for r in json.loads(out.read_text())] == ["k"]
        wipe(backend, url)


def test_an_unreachable_store_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    script = tmp_path / "s.groovy"
    script.write_text(SCRIPT)
    result = invoke("run", str(script), "--store", "redis://127.0.0.1:1/0")
    assert result.exit_code == 2 and "cannot open store" in result.output
    assert "Traceback" not in result.output
