"""`convoscript lsp` driven over real JSON-RPC, started as an editor starts it (lspclient.py):
initialize, didOpen → publishDiagnostics, completion, hover, definition, documentSymbol,
didChange, shutdown/exit."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.authoring.lspclient import Client

LIBRARY = """def greetingFor(String name) {
    "Hello, ${name}"
}
"""

SCRIPT = """String shout(String text) {
    return text.toUpperCase()
}
class Order {
    int qty
    def total() { qty * 2 }
}
def who = execution.getVariable("name")
customMetricService.upsertMetric("greeted", shout(greetingFor("x")))
"""


def initialize(client: Client, root: Path | None, options: dict | None = None) -> dict:
    result = client.request(
        "initialize",
        {
            "processId": None,
            "rootUri": root.as_uri() if root else None,
            "capabilities": {},
            "initializationOptions": options,
        },
    )
    client.notify("initialized", {})
    return result


def open_doc(client: Client, path: Path, text: str) -> list[dict]:
    uri = path.as_uri()
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "groovy", "version": 1, "text": text}},
    )
    return client.wait_notification("textDocument/publishDiagnostics", uri)["diagnostics"]


def at(path: Path, line: int, character: int) -> dict:
    return {
        "textDocument": {"uri": path.as_uri()},
        "position": {"line": line, "character": character},
    }


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("flows")
    (root / "lib").mkdir()
    (root / "lib" / "greetings.groovy").write_text(LIBRARY, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def client(workspace: Path) -> Iterator[Client]:
    c = Client(cwd=workspace)
    result = initialize(c, workspace, {"libraries": ["lib/greetings.groovy"]})
    caps = result["capabilities"]
    assert caps["completionProvider"]["triggerCharacters"] == ["."]
    assert caps["hoverProvider"] and caps["definitionProvider"] and caps["documentSymbolProvider"]
    assert result["serverInfo"]["name"] == "convoscript"
    yield c
    assert c.close() == 0


def test_clean_script_with_library_has_no_diagnostics(client: Client, workspace: Path) -> None:
    assert open_doc(client, workspace / "clean.groovy", SCRIPT) == []


def test_syntax_error_is_a_located_diagnostic(client: Client, workspace: Path) -> None:
    diagnostics = open_doc(client, workspace / "broken.groovy", "def x = 1\nif (x) {\n  x = 2\n")
    assert len(diagnostics) == 1
    d = diagnostics[0]
    assert d["code"] == "syntax" and d["severity"] == 1 and d["source"] == "convoscript"
    assert d["range"]["start"] == {"line": 1, "character": 7}
    assert "never closed by '}'" in d["message"]


def test_compile_time_refusal_is_a_diagnostic(client: Client, workspace: Path) -> None:
    diagnostics = open_doc(client, workspace / "refused.groovy", "import java.io.File\nprintln 1\n")
    assert [d["code"] for d in diagnostics] == ["refused"]
    assert diagnostics[0]["message"] == "Groovy scripts are not allowed to use import java.io.File"
    assert diagnostics[0]["range"]["start"] == {"line": 0, "character": 7}


def test_did_change_republishes(client: Client, workspace: Path) -> None:
    path = workspace / "edited.groovy"
    assert open_doc(client, path, "def x = 1\n") == []
    client.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": path.as_uri(), "version": 2},
            "contentChanges": [
                {
                    "range": {
                        "start": {"line": 1, "character": 0},
                        "end": {"line": 1, "character": 0},
                    },
                    "text": "x.foo(\n",
                }
            ],
        },
    )
    diagnostics = client.wait_notification("textDocument/publishDiagnostics", path.as_uri())
    assert [d["range"]["start"]["line"] for d in diagnostics["diagnostics"]] == [1]
    client.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": path.as_uri(), "version": 3},
            "contentChanges": [{"text": "def x = 1\nx.foo()\n"}],
        },
    )
    diagnostics = client.wait_notification("textDocument/publishDiagnostics", path.as_uri())
    assert diagnostics["diagnostics"] == []


def test_completion_of_handle_methods(client: Client, workspace: Path) -> None:
    path = workspace / "complete.groovy"
    open_doc(client, path, "customMetricService.\n")
    result = client.request("textDocument/completion", at(path, 0, 20))
    items = {i["label"]: i for i in result["items"]}
    assert set(items) == {"upsertMetric", "deleteMetric", "getMetric", "getAllMetrics"}
    assert items["upsertMetric"]["detail"] == "void upsertMetric(String, String)"
    assert items["upsertMetric"]["kind"] == 2  # Method
    assert "sets the metric" in items["upsertMetric"]["documentation"]["value"]


def test_completion_of_names_includes_script_and_library(client: Client, workspace: Path) -> None:
    path = workspace / "names.groovy"
    open_doc(client, path, SCRIPT + "gr\n")
    result = client.request("textDocument/completion", at(path, 9, 2))
    items = {i["label"]: i for i in result["items"]}
    assert items["greetingFor"]["kind"] == 3  # Function: from the library
    assert items["shout"]["detail"] == "String shout(String text)"
    assert items["execution"]["kind"] == 9  # Module: a handle
    assert items["LinkedHashMap"]["kind"] == 7  # Class


def test_completion_on_typed_receiver(client: Client, workspace: Path) -> None:
    path = workspace / "typed.groovy"
    open_doc(client, path, 'String s = "a"\ns.\n')
    labels = {
        i["label"] for i in client.request("textDocument/completion", at(path, 1, 2))["items"]
    }
    assert {"capitalize", "toUpperCase", "each"} <= labels


def test_hover_shows_java_signature_and_docs(client: Client, workspace: Path) -> None:
    path = workspace / "clean.groovy"
    hover = client.request("textDocument/hover", at(path, 8, 24))
    assert hover["range"]["start"] == {"line": 8, "character": 20}
    text = hover["contents"]["value"]
    assert "void upsertMetric(String, String)" in text
    assert "CustomMetricService.upsertMetric(String, String)" in text
    hover = client.request("textDocument/hover", at(path, 1, 20))
    assert "String.toUpperCase()" in hover["contents"]["value"]
    assert client.request("textDocument/hover", at(path, 3, 0)) is None  # `class` keyword: no doc


def test_definition_in_script_and_in_library(client: Client, workspace: Path) -> None:
    path = workspace / "clean.groovy"
    found = client.request("textDocument/definition", at(path, 8, 45))  # shout(
    assert found == [
        {
            "uri": path.as_uri(),
            "range": {"start": {"line": 0, "character": 7}, "end": {"line": 0, "character": 12}},
        }
    ]
    found = client.request("textDocument/definition", at(path, 8, 55))  # greetingFor(
    library = (workspace / "lib" / "greetings.groovy").resolve()
    assert found == [
        {
            "uri": library.as_uri(),
            "range": {"start": {"line": 0, "character": 4}, "end": {"line": 0, "character": 15}},
        }
    ]


def test_document_symbols(client: Client, workspace: Path) -> None:
    symbols = client.request(
        "textDocument/documentSymbol",
        {"textDocument": {"uri": (workspace / "clean.groovy").as_uri()}},
    )
    assert [(s["name"], s["kind"], s["detail"]) for s in symbols] == [
        ("shout", 6, "String shout(String text)"),
        ("Order", 5, "class Order"),
        ("who", 13, "def who"),
    ]
    assert [(c["name"], c["kind"]) for c in symbols[1]["children"]] == [("qty", 8), ("total", 6)]


def test_libraries_from_convoscript_toml_and_settings(tmp_path: Path) -> None:
    (tmp_path / "shared.groovy").write_text("def fromToml() { 1 }\n", encoding="utf-8")
    (tmp_path / "other.groovy").write_text("def fromSettings() { 2 }\n", encoding="utf-8")
    (tmp_path / "convoscript.toml").write_text(
        '[lsp]\nlibraries = ["shared.groovy"]\n', encoding="utf-8"
    )
    c = Client(cwd=tmp_path)
    try:
        initialize(c, tmp_path)
        path = tmp_path / "flow.groovy"
        assert open_doc(c, path, "fromToml()\nfromSettings()\n") == []
        found = c.request("textDocument/definition", at(path, 0, 2))
        assert found[0]["uri"] == (tmp_path / "shared.groovy").resolve().as_uri()
        assert c.request("textDocument/definition", at(path, 1, 2)) == []
        c.notify(
            "workspace/didChangeConfiguration",
            {"settings": {"convoscript": {"libraries": [str(tmp_path / "other.groovy")]}}},
        )
        c.wait_notification("textDocument/publishDiagnostics", path.as_uri())
        found = c.request("textDocument/definition", at(path, 1, 2))
        assert found[0]["uri"] == (tmp_path / "other.groovy").resolve().as_uri()
    finally:
        assert c.close() == 0


def test_error_inside_a_library_names_the_library(tmp_path: Path) -> None:
    (tmp_path / "bad.groovy").write_text("def f() {\n", encoding="utf-8")
    c = Client(cwd=tmp_path)
    try:
        initialize(c, tmp_path, {"libraries": ["bad.groovy"]})
        [d] = open_doc(c, tmp_path / "flow.groovy", "f()\n")
        assert d["message"].startswith(f"{(tmp_path / 'bad.groovy').resolve()}:1:9: ")
    finally:
        assert c.close() == 0


def test_other_commands_do_not_load_pygls() -> None:
    code = "import sys, convoscript.cli; print('pygls' in sys.modules, 'lsprotocol' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
