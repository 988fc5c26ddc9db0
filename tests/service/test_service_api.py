"""Every endpoint of `convoscript serve` over HTTP against a real uvicorn process, on each
store backend; tenants, auth and validation on SQLite."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families
from service_helpers import ACME, CONVOSCRIPT, GLOBEX, LIMITED, auth

from convoscript.service.schemas import openapi

ROOT = Path(__file__).resolve().parents[2]
COUNTER = """
def n = (execution.getVariable("n") ?: 0) + STEP
execution.setVariable("n", n)
execution.setVariable("greeting", Helpers.greet(transientVariableService.getVariable("who") as String))
println "turn ${n}"
n
"""
LIBRARY = 'class Helpers { static String greet(String who) { "hello " + who } }'


def client(server, token: str = ACME) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers=auth(token), timeout=30)


def test_every_endpoint(store_url: str, start_server, config_file: Path) -> None:
    server = start_server(store_url, "--config", str(config_file))
    c = client(server)
    # check: a clean script, then a broken one with its line and column
    assert c.post("/v1/check", json={"source": "def x = 1"}).json() == {
        "ok": True,
        "diagnostics": [],
    }
    broken = c.post("/v1/check", json={"source": "def x = 1\ndef y = (2 +\n"}).json()
    assert broken["ok"] is False
    (diag,) = broken["diagnostics"]
    assert diag["severity"] == "error" and diag["line"] >= 2 and diag["column"] and diag["message"]
    # a library, then two versions of a script that uses it
    lib = c.post("/v1/libraries", json={"name": "Helpers", "source": LIBRARY})
    assert lib.status_code == 201 and len(lib.json()["digest"]) == 64
    v1 = c.post(
        "/v1/scripts",
        json={"name": "counter", "source": COUNTER.replace("STEP", "1"), "libraries": ["Helpers"]},
    )
    assert v1.status_code == 201, v1.text
    first = c.post(
        "/v1/conversations/c1/run",
        json={"script": "counter", "transient": {"who": "ann"}, "utterance": "hi"},
    ).json()
    assert first["error"] is None, first
    assert first["variables"]["n"] == 1 and first["variables"]["greeting"] == "hello ann"
    assert first["stdout"] == "turn 1\n" and first["digest"] == v1.json()["digest"]
    assert first["cost"]["steps"] > 0
    v2 = c.post(
        "/v1/scripts",
        json={"name": "counter", "source": COUNTER.replace("STEP", "10"), "libraries": ["Helpers"]},
    ).json()
    assert v2["digest"] != v1.json()["digest"]
    second = c.post("/v1/conversations/c1/run", json={"script": "counter"}).json()
    assert second["variables"]["n"] == 11 and second["digest"] == v2["digest"]  # the new version
    third = c.post("/v1/conversations/c1/run", json={"digest": v1.json()["digest"]}).json()
    assert (
        third["variables"]["n"] == 12 and third["digest"] == v1.json()["digest"]
    )  # the old one still runs
    inline = c.post(
        "/v1/conversations/c1/run",
        json={"source": 'execution.setVariable("inline", true)', "variables": {"given": 5}},
    ).json()
    assert (
        inline["error"] is None
        and inline["variables"]["inline"] is True
        and inline["variables"]["given"] == 5
    )
    bad = c.post("/v1/conversations/c1/run", json={"source": "def ("}).json()
    assert bad["error"]["type"] == "FlowSyntaxError" and bad["variables"]["n"] == 12  # nothing ran
    # the conversation, closed, then refused
    state = c.get("/v1/conversations/c1").json()
    assert (
        state["conversationId"] == "c1"
        and state["closed"] is False
        and state["variables"]["n"] == 12
    )
    assert "hi" in json.dumps(state["transcript"])  # the utterance of the first run
    closed = c.post("/v1/conversations/c1/close").json()
    assert closed["defaultMetrics"]["script_runs"] >= 4
    assert c.get("/v1/conversations/c1").json()["closed"] is True
    refused = c.post("/v1/conversations/c1/run", json={"script": "counter"}).json()
    assert refused["error"]["type"] == "ConversationClosed"
    # the export, streamed, in both formats
    exported = c.get("/v1/export").json()
    assert [r["conversationId"] for r in exported] == ["c1"]
    rows = list(csv.DictReader(io.StringIO(c.get("/v1/export", params={"format": "csv"}).text)))
    assert [r["Conversation Id"] for r in rows] == ["c1"] and rows[0]["Status"] == "FINISHED"
    assert c.get("/v1/export", params={"from": "2000-01-01", "to": "2000-01-02"}).json() == []
    # health, readiness, metrics
    assert c.get("/healthz").json() == {"ok": True}
    assert c.get("/readyz").json() == {"ok": True}
    runs = _samples(c.get("/metrics").text, "convoscript_runs_total")
    assert sum(runs.values()) >= 6


def test_tenants_see_only_their_own(sqlite_url: str, start_server, config_file: Path) -> None:
    server = start_server(sqlite_url, "--config", str(config_file))
    acme, globex = client(server, ACME), client(server, GLOBEX)
    digest = acme.post(
        "/v1/scripts", json={"name": "s", "source": 'execution.setVariable("who", "acme")'}
    ).json()["digest"]
    assert acme.post("/v1/conversations/c1/run", json={"script": "s"}).json()["error"] is None
    assert (
        globex.post("/v1/conversations/c1/run", json={"script": "s"}).json()["error"]["type"]
        == "UnknownScript"
    )
    assert globex.post("/v1/conversations/c1/run", json={"digest": digest}).status_code == 404
    assert globex.post("/v1/libraries", json={"name": "L", "source": LIBRARY}).status_code == 201
    assert acme.post("/v1/check", json={"source": "1", "libraries": ["L"]}).status_code == 404
    assert globex.get("/v1/conversations/c1").status_code == 404
    assert globex.get("/v1/export").json() == []
    # the same id in another tenant is another conversation
    globex.post(
        "/v1/conversations/c1/run", json={"source": 'execution.setVariable("who", "globex")'}
    )
    assert acme.get("/v1/conversations/c1").json()["variables"]["who"] == "acme"
    assert globex.get("/v1/conversations/c1").json()["variables"]["who"] == "globex"
    assert [r["conversationId"] for r in acme.get("/v1/export").json()] == ["c1"]


def test_auth_and_validation_answer_json_4xx(
    sqlite_url: str, start_server, config_file: Path
) -> None:
    server = start_server(sqlite_url, "--config", str(config_file))
    anon = httpx.Client(base_url=server.url)
    c = client(server)

    def error(response: httpx.Response, status: int, kind: str) -> str:
        assert response.status_code == status, response.text
        body = response.json()["error"]
        assert body["status"] == status and body["type"] == kind, body
        return body["message"]

    error(anon.post("/v1/check", json={"source": "1"}), 401, "Unauthorized")
    error(client(server, "x" * 20).post("/v1/check", json={"source": "1"}), 401, "Unauthorized")
    run = "/v1/conversations/c1/run"
    error(c.post(run, content=b"{not json"), 400, "BadJson")
    error(c.post(run, content=b""), 400, "BadRequest")
    error(c.post(run, json=[1]), 400, "InvalidField")
    assert "scriptt" in error(c.post(run, json={"scriptt": "x"}), 400, "UnknownField")
    assert "body.utterance" in error(
        c.post(run, json={"source": "1", "utterance": 3}), 400, "InvalidField"
    )
    error(c.post(run, json={"source": "1", "script": "s"}), 400, "InvalidRequest")
    error(c.post(run, json={}), 400, "InvalidRequest")
    error(c.post(run, json={"digest": "abc"}), 400, "InvalidField")
    error(c.post(run, json={"script": "nope"}), 404, "UnknownScript")
    error(c.post("/v1/conversations/a~b/run", json={"source": "1"}), 400, "InvalidId")
    error(c.post(run, json={"source": "1", "limits": {"max_steps": 10**9}}), 400, "LimitTooHigh")
    error(c.post(run, json={"source": "1", "limits": {"max_stepz": 1}}), 400, "UnknownField")
    error(c.post("/v1/check", json={"source": "x" * 70000}), 413, "BodyTooLarge")
    # a state's tables are inline rows: a CSV path would read a file on the server
    (tmp := Path("served-secret.csv")).write_text("a\n1\n", encoding="utf-8")
    try:
        leak = {"source": "1", "state": {"tables": {"t": str(tmp)}}}
        assert "inline" in error(c.post(run, json=leak), 400, "InvalidState")
    finally:
        tmp.unlink()
    rows = {"source": "1", "state": {"tables": {"t": [{"a": 1}]}}}
    assert c.post(run, json=rows).json()["error"] is None
    error(c.post(run, json={"source": "1", "state": {"entities": 3}}), 400, "InvalidState")
    error(c.post("/v1/check"), 400, "BadRequest")
    error(c.post("/v1/scripts", json={"name": "s"}), 400, "MissingField")
    assert error(
        c.post("/v1/scripts", json={"name": "s", "source": "def ("}), 422, "FlowSyntaxError"
    )
    error(c.get("/v1/conversations/none"), 404, "UnknownConversation")
    error(c.get("/v1/export", params={"format": "xml"}), 400, "InvalidField")
    error(
        c.get("/v1/export", params={"from": "2030-01-01", "to": "2020-01-01"}), 400, "InvalidField"
    )
    error(c.get("/v1/nothing"), 404, "NotFound")
    error(c.get("/v1/check"), 405, "MethodNotAllowed")
    # a request quota: 3 a minute for this tenant
    limited = client(server, LIMITED)
    for _ in range(3):
        assert limited.post("/v1/check", json={"source": "1"}).status_code == 200
    over = limited.post("/v1/check", json={"source": "1"})
    error(over, 429, "QuotaExceeded")
    assert int(over.headers["retry-after"]) >= 1
    assert c.post("/v1/check", json={"source": "1"}).status_code == 200  # other tenants go on


def test_metrics_are_scraped(sqlite_url: str, start_server, config_file: Path) -> None:
    server = start_server(sqlite_url, "--config", str(config_file))
    c = client(server)
    c.post("/v1/scripts", json={"name": "loop", "source": "while (true) { }"})
    hit = c.post(
        "/v1/conversations/c1/run", json={"script": "loop", "limits": {"max_steps": 1000}}
    ).json()
    assert hit["error"]["type"] == "LimitExceeded"
    c.post("/v1/conversations/c2/run", json={"source": "1"})
    c.post("/v1/conversations/c3/run", json={"source": "1"})
    text = httpx.get(server.url + "/metrics").text  # no token needed
    runs = _samples(text, "convoscript_runs_total")
    assert runs[(("error_type", "LimitExceeded"), ("outcome", "error"))] == 1
    assert runs[(("error_type", ""), ("outcome", "ok"))] == 2
    limits = _samples(text, "convoscript_limit_hits_total")
    assert limits == {(("budget", hit["error"]["limit"]),): 1}
    assert _samples(text, "convoscript_run_seconds_count")[()] == 3
    assert _samples(text, "convoscript_compile_cache_hits_total")[()] >= 1  # c3's source was c2's
    assert _samples(text, "convoscript_store_conflicts_total")[()] == 0


def test_openapi_is_served_and_committed(sqlite_url: str, start_server) -> None:
    server = start_server(sqlite_url)  # open mode: no token
    served = httpx.get(server.url + "/openapi.json").json()
    committed = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    assert served == committed == json.loads(json.dumps(openapi()))
    assert set(served["paths"]) >= {
        "/v1/check",
        "/v1/scripts",
        "/v1/conversations/{id}/run",
        "/v1/export",
        "/metrics",
    }
    # open mode answers without a token, as the one tenant
    assert httpx.post(server.url + "/v1/check", json={"source": "1"}).json()["ok"] is True


def test_open_mode_refuses_a_public_host(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(CONVOSCRIPT), "serve", "--host", "0.0.0.0", "--store", str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "loopback only" in done.stderr and "--host 0.0.0.0 refused" in done.stderr


def _samples(text: str, name: str) -> dict[tuple, float]:
    """{sorted label items: value} of the samples called `name` in a Prometheus scrape."""
    out: dict[tuple, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name:
                out[tuple(sorted(sample.labels.items()))] = sample.value
    return out


def test_cli_export_of_a_served_store_skips_the_registry(
    sqlite_url: str, start_server, tmp_path: Path
) -> None:
    server = start_server(sqlite_url)
    httpx.post(server.url + "/v1/scripts", json={"name": "s", "source": "1"})
    httpx.post(server.url + "/v1/conversations/c1/run", json={"script": "s"})
    out = tmp_path / "out.json"
    done = subprocess.run(
        [str(CONVOSCRIPT), "export", "--store", sqlite_url, "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert [r["conversationId"] for r in json.loads(out.read_text(encoding="utf-8"))] == [
        "default/c1"
    ]
