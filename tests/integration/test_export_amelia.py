"""Amelia-style conversation export: JSON and CSV content, schema, file splitting, CLI."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from convoscript import Runtime, jsonio
from convoscript.export import conversation_record, export, parse_time, part_path
from convoscript.store import MemoryStore, SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "export-schema.json").read_text())
METRIC_SCRIPT = """
import groovy.json.JsonOutput
def perf = transientVariableService.getVariable("trained_performance")
customMetricService.upsertMetric("trained_performance", perf.toString())
customMetricService.upsertMetric("intent_list", JsonOutput.toJson(["a", "b"]))
"""


def _validate(path: Path) -> list:
    documents = json.loads(path.read_text())
    jsonschema.validate(documents, SCHEMA)
    return documents


def _populate(runtime: Runtime, count: int, start: float = 1_700_000_000.0) -> None:
    script = runtime.compile('customMetricService.upsertMetric("n", "1")')
    for i in range(count):
        conversation = runtime.conversation(f"C{i:012d}-1")
        conversation.run(script)
        # fixed creation times, one minute apart, for the time-range tests
        state = conversation.state()
        state["meta"]["created"] = start + 60 * i
        runtime.store.save(conversation.id, state)


@pytest.fixture()
def runtime(tmp_path: Path) -> Runtime:
    return Runtime(store=SQLiteStore(tmp_path / "c.db"))


def test_json_export_of_a_full_conversation(runtime: Runtime, tmp_path: Path) -> None:
    conversation = runtime.conversation(
        "LGHBWSMJAAIAA-1",
        {"transient": {"trained_performance": Decimal("0.920")}},
        channel="webchat_custui",
        user={"id": "u-1", "name": "Ann", "email": "ann@example.com"},
        domain={"code": "banking", "id": "d-1"},
    )
    conversation.add_utterance("Hello", "AMELIA", created=1538551862.9041)
    conversation.add_utterance("What is my balance?", created=1538551870.5, understood=True)
    assert conversation.run(METRIC_SCRIPT).ok
    metrics = conversation.close()
    assert metrics["turn_count"] == 1 and metrics["utterance_count"] == 2

    files = export(runtime.store, tmp_path / "out.json")
    assert files == [tmp_path / "out.json"]
    [doc] = _validate(files[0])
    assert doc["conversationId"] == "LGHBWSMJAAIAA-1"
    assert (doc["userId"], doc["userName"], doc["userEmail"]) == ("u-1", "Ann", "ann@example.com")
    assert doc["initialChannel"] == "webchat_custui"
    assert doc["domains"] == {"d-1": "banking"} and doc["domainCode"] == "banking"
    assert doc["conversationFinished"] >= doc["conversationCreated"] > 1.7e9
    assert doc["conversationCreated"] == round(doc["conversationCreated"], 3)
    assert [t["messageText"] for t in doc["transcript"]] == ["Hello", "What is my balance?"]
    assert doc["transcript"][0]["userType"] == "AMELIA"
    assert doc["transcript"][0]["userName"] == "Amelia"
    assert doc["transcript"][0]["created"] == 1538551862.904
    assert doc["transcript"][1]["userName"] == "Ann" and doc["transcript"][1]["understood"]
    custom = [m for m in doc["metrics"] if m["custom"]]
    assert custom == [
        {"code": "trained_performance", "value": "0.920", "custom": True},
        {"code": "intent_list", "value": '["a","b"]', "custom": True},
    ]
    default = {m["code"]: m["value"] for m in doc["metrics"] if not m["custom"]}
    assert default["turn_count"] == 1 and default["domain"] == "banking"
    assert default["script_runs"] == 1 and default["escalated"] is False


def test_open_conversation_exports_with_a_null_finish(runtime: Runtime, tmp_path: Path) -> None:
    runtime.conversation("A").run('customMetricService.upsertMetric("x", "1")')
    [doc] = _validate(export(runtime.store, tmp_path / "o.json")[0])
    assert doc["conversationFinished"] is None
    assert doc["userId"] is None and doc["transcript"] == []


def test_csv_export_puts_custom_metrics_in_one_json_cell(runtime: Runtime, tmp_path: Path) -> None:
    conversation = runtime.conversation(
        "LGHBWSMJAAIAA-2",
        {"transient": {"trained_performance": Decimal("0.5")}},
        channel="voice",
        domain="support",
        user="Bob",
    )
    conversation.add_utterance("hi, there", created=1700000000.25)
    conversation.add_utterance("Hello Bob", "AMELIA")
    conversation.run(METRIC_SCRIPT)
    conversation.close()
    [path] = export(runtime.store, tmp_path / "out.csv", "csv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    [row] = rows
    assert row["Conversation Id"] == "LGHBWSMJAAIAA-2"
    assert row["Domain"] == "support" and row["Channel"] == "voice"
    assert row["User Name"] == "Bob" and row["Status"] == "FINISHED"
    assert row["Created"].endswith("Z") and row["Finished"]
    assert json.loads(row["Custom Metrics"]) == {
        "trained_performance": "0.5",
        "intent_list": '["a","b"]',
    }
    assert row["Transcript"] == "Bob: hi, there||Amelia: Hello Bob"
    assert row["Turn Count"] == "1"


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_files_split_at_the_per_file_limit(runtime: Runtime, tmp_path: Path, fmt: str) -> None:
    _populate(runtime, 7)
    files = export(runtime.store, tmp_path / f"out.{fmt}", fmt, per_file=3)
    assert [p.name for p in files] == [f"out.{fmt}", f"out-2.{fmt}", f"out-3.{fmt}"]
    ids = []
    for path in files:
        if fmt == "json":
            ids.append([d["conversationId"] for d in _validate(path)])
        else:
            with open(path, newline="") as f:
                ids.append([r["Conversation Id"] for r in csv.DictReader(f)])
    assert [len(x) for x in ids] == [3, 3, 1]
    assert [i for part in ids for i in part] == [f"C{i:012d}-1" for i in range(7)]  # oldest first


def test_default_limit_is_2000_per_file(runtime: Runtime, tmp_path: Path) -> None:
    store = runtime.store
    for i in range(2001):
        store.save(
            f"c{i}",
            {
                "variables": {},
                "transient": {},
                "metrics": {"m": str(i)},
                "meta": {"created": 1.7e9 + i, "updated": 1.7e9 + i},
            },
        )
    files = export(store, tmp_path / "big.json")
    assert [p.name for p in files] == ["big.json", "big-2.json"]
    assert len(_validate(files[0])) == 2000 and len(_validate(files[1])) == 1


def test_time_range_selects_by_creation(runtime: Runtime, tmp_path: Path) -> None:
    _populate(runtime, 5, start=1_700_000_000.0)
    files = export(runtime.store, tmp_path / "r.json", start=1_700_000_060.0, end=1_700_000_180.0)
    assert [d["conversationId"] for d in _validate(files[0])] == [
        "C000000000001-1",
        "C000000000002-1",
    ]
    assert parse_time("2023-11-14T22:14:20Z") == 1_700_000_060.0
    assert parse_time("2023-11-14T22:14:20") == 1_700_000_060.0
    assert parse_time("1700000060") == 1_700_000_060.0
    with pytest.raises(ValueError):
        parse_time("yesterday")


def test_empty_export_writes_one_valid_file(runtime: Runtime, tmp_path: Path) -> None:
    files = export(runtime.store, tmp_path / "e.json")
    assert _validate(files[0]) == []
    [csv_file] = export(runtime.store, tmp_path / "e.csv", "csv")
    assert csv_file.read_text().startswith("Conversation Id,")


def test_memory_store_exports_too(tmp_path: Path) -> None:
    runtime = Runtime(store=MemoryStore())
    runtime.conversation("A").run('customMetricService.upsertMetric("x", "1")')
    [doc] = _validate(export(runtime.store, tmp_path / "m.json")[0])
    assert {"code": "x", "value": "1", "custom": True} in doc["metrics"]


def test_export_streams_with_a_cursor(runtime: Runtime) -> None:
    store = runtime.store
    for i in range(50):
        store.save(f"c{i}", {"variables": {}, "meta": {"created": float(i)}})
    iterator = store.iter_states(batch=10)
    first = next(iterator)
    assert first[0] == "c0"  # a generator: rows are fetched batch by batch, not all at once
    assert sum(1 for _ in iterator) == 49
    assert conversation_record("x", {})["metrics"][0]["custom"] is False
    assert part_path(Path("a/out.json"), 3) == Path("a/out-3.json")


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(Path(sys.executable).with_name("convoscript")), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_cli_run_with_a_store_close_and_export(tmp_path: Path) -> None:
    db = tmp_path / "conv.db"
    script = tmp_path / "count.groovy"
    script.write_text(
        'def n = execution.getVariable("n") ?: 0\n'
        'execution.setVariable("n", n + 1)\n'
        'customMetricService.upsertMetric("count", (n + 1).toString())\n'
    )
    for expected in (1, 2, 3):
        out = _cli(
            "run",
            str(script),
            "--store",
            str(db),
            "--conversation",
            "K-1",
            "--json",
            "--utterance",
            f"turn {expected}",
        )
        assert out.returncode == 0, out.stderr
        assert jsonio.loads(out.stdout)["variables"] == {"n": expected}
    other = _cli("run", str(script), "--store", str(db), "--conversation", "K-2")
    assert other.returncode == 0, other.stderr
    closed = _cli("close", "K-1", "--store", str(db))
    assert closed.returncode == 0, closed.stderr
    assert json.loads(closed.stdout)["metrics"]["turn_count"] == 3
    missing = _cli("close", "nope", "--store", str(db))
    assert missing.returncode == 2 and "no conversation nope" in missing.stderr

    out = _cli("export", "--store", str(db), "-o", str(tmp_path / "x.json"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == str(tmp_path / "x.json")
    assert "Exporting" not in out.stderr  # no progress bar when not on a terminal
    docs = {d["conversationId"]: d for d in _validate(tmp_path / "x.json")}
    assert docs.keys() == {"K-1", "K-2"}
    assert {"code": "count", "value": "3", "custom": True} in docs["K-1"]["metrics"]
    assert len(docs["K-1"]["transcript"]) == 3 and docs["K-2"]["conversationFinished"] is None

    out = _cli(
        "export",
        "--store",
        str(db),
        "--format",
        "csv",
        "--per-file",
        "1",
        "-o",
        str(tmp_path / "x.csv"),
        "--from",
        "2000-01-01",
        "--to",
        "2999-01-01",
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(tmp_path / "x.csv"), str(tmp_path / "x-2.csv")]
    bad = _cli("export", "--store", str(db), "-o", str(tmp_path / "y.json"), "--from", "soon")
    assert bad.returncode == 2
    absent = _cli("export", "--store", str(tmp_path / "absent.db"), "-o", str(tmp_path / "z"))
    assert absent.returncode == 2 and not (tmp_path / "absent.db").exists()


def test_a_state_file_transcript_exports_in_amelia_names(runtime: Runtime, tmp_path: Path) -> None:
    runtime.conversation(
        "S-1",
        {
            "user": {"userId": "u-9", "firstName": "Ann", "lastName": "Lee"},
            "attributes": {"initialChannel": "js_sdk"},
            "transcript": [
                {
                    "sequenceId": 1,
                    "userType": "AMELIA",
                    "text": "Hi",
                    "dateTime": "2024-01-02 03:04:05.678",
                },
                {"sequenceId": 2, "userType": "USER", "text": "yo", "username": "ann"},
            ],
        },
    )
    [doc] = _validate(export(runtime.store, tmp_path / "s.json")[0])
    assert doc["userId"] == "u-9" and doc["userName"] == "Ann Lee"
    assert doc["initialChannel"] == "js_sdk"
    first, second = doc["transcript"]
    assert (first["userName"], first["messageText"]) == ("Amelia", "Hi")
    assert first["created"] == 1704164645.678
    assert (second["userName"], second["messageText"]) == ("ann", "yo")
    assert second["created"] == doc["conversationCreated"]  # no time given: the creation
