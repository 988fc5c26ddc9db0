"""docs/editors.md as written: its handshake block runs and the server answers it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "editors.md"


def block_after(marker: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(re.escape(marker) + r".*?\n```\w*\n(.*?)\n```", text, re.S)
    assert found, f"no code block after {marker!r} in {DOC}"
    return found.group(1)


def test_handshake_block_runs_as_written(tmp_path: Path) -> None:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    done = subprocess.run(
        ["bash", "-c", block_after("<!-- handshake:")],
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    bodies = [
        json.loads(body)
        for body in re.split(
            rb"Content-Length: \d+\r\n(?:Content-Type: [^\r]*\r\n)?\r\n", done.stdout
        )
        if body
    ]
    assert [b["id"] for b in bodies] == [1, 2]
    caps = bodies[0]["result"]["capabilities"]
    assert caps["completionProvider"]["triggerCharacters"] == ["."]
    assert caps["hoverProvider"] and caps["definitionProvider"] and caps["documentSymbolProvider"]
    assert bodies[1]["result"] is None


def test_json_settings_in_the_doc_parse() -> None:
    text = DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"^( *)```json\n(.*?)\n\1```", text, re.S | re.M)
    assert blocks
    for _, block in blocks:
        settings = json.loads(textwrap.dedent(block))
        assert settings["glspc.server.commandArguments"] == ["lsp", "--stdio"]
