"""Issue "Conversations", end to end: a scoring library (a class and overloaded functions)
imported by script tasks over several turns of one conversation ends with an `interactions`
custom metric that appears in the Amelia JSON export — through the CLI and through the API."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from convoscript import Runtime
from convoscript.export import export
from convoscript.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "export-schema.json").read_text())

LIBRARY = """
class Interaction {
    String channel
    int turns = 0
    List<String> intents = []
    Map summary() { [channel: channel, turns: turns, intents: intents] }
}
def record(Interaction i, String intent) { i.turns++; i.intents << intent; i }
def record(Interaction i) { record(i, "none") }
Interaction load(Map saved) {
    saved ? new Interaction(channel: saved.channel, turns: saved.turns,
                            intents: saved.intents as List) : new Interaction(channel: "web")
}
"""

TASK = """
import groovy.json.JsonOutput
def i = load(transientVariableService.getVariable("interaction"))
def intent = execution.getVariable("intent")
intent ? record(i, intent) : record(i)
transientVariableService.addVariable("interaction", i.summary())
customMetricService.upsertMetric("interactions", JsonOutput.toJson(i.summary()))
"""

EXPECTED = {"channel": "web", "turns": 3, "intents": ["billing", "none", "refund"]}


def _metric(document: dict, code: str) -> dict:
    return next(m for m in document["metrics"] if m["code"] == code)


def test_api_library_turns_and_export(tmp_path: Path) -> None:
    runtime = Runtime(store=SQLiteStore(tmp_path / "conv.db"))
    runtime.register_library("interaction", LIBRARY, "lib/interaction.groovy")
    task = runtime.compile(TASK, "task.groovy", libraries=["interaction"])
    conversation = runtime.conversation("LGHBWSMJAAIAA-1")
    for intent in ("billing", None, "refund"):
        setter = (
            f'execution.setVariable("intent", "{intent}")'
            if intent
            else 'execution.removeVariable("intent")'
        )
        assert conversation.run(setter).error is None
        result = conversation.run(task)
        assert result.error is None, result.error
    out = tmp_path / "export.json"
    export(runtime.store, out)
    documents = json.loads(out.read_text())
    jsonschema.validate(documents, SCHEMA)
    metric = _metric(documents[0], "interactions")
    assert metric["custom"] is True and isinstance(metric["value"], str)
    assert json.loads(metric["value"]) == EXPECTED


def test_cli_library_turns_and_export(tmp_path: Path) -> None:
    lib = tmp_path / "interaction.groovy"
    lib.write_text(LIBRARY)
    task = tmp_path / "task.groovy"
    task.write_text(TASK)
    db = tmp_path / "conv.db"
    exe = str(Path(sys.executable).with_name("convoscript"))

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([exe, *args], capture_output=True, text=True, timeout=120)

    for intent in ("billing", None, "refund"):
        setter = tmp_path / "set.groovy"
        setter.write_text(
            f'execution.setVariable("intent", {json.dumps(intent)})'
            if intent
            else 'execution.removeVariable("intent")'
        )
        done = cli("run", str(setter), "--store", str(db), "--conversation", "CLI-1")
        assert done.returncode == 0, done.stderr
        done = cli(
            "run", str(task), "--lib", str(lib), "--store", str(db), "--conversation", "CLI-1"
        )
        assert done.returncode == 0, done.stderr
    out = tmp_path / "export.json"
    done = cli("export", "--store", str(db), "-o", str(out))
    assert done.returncode == 0, done.stderr
    documents = json.loads(out.read_text())
    jsonschema.validate(documents, SCHEMA)
    assert json.loads(_metric(documents[0], "interactions")["value"]) == EXPECTED
