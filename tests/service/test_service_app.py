"""create_app embedded: a Runtime served as the open tenant with static files at `/`, on a
uvicorn server in a thread; and a streamed export longer than the store's cursor batches."""

from __future__ import annotations

import csv
import io
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from service_helpers import free_port

from convoscript import Runtime, open_store
from convoscript.service import create_app
from convoscript.service.settings import OPEN_TENANT


def test_create_app_serves_a_runtime_and_static_files(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<title>playground</title>", encoding="utf-8")
    runtime = Runtime()
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(runtime, static_dir=tmp_path), port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while not server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        assert "playground" in httpx.get(url + "/").text
        done = httpx.post(
            url + "/v1/conversations/c1/run", json={"source": 'execution.setVariable("x", 2)'}
        ).json()
        assert done["variables"] == {"x": 2}
        # the embedder's Runtime holds the run, under the open tenant's namespace
        assert runtime.conversation(f"{OPEN_TENANT}/c1").state()["variables"] == {"x": 2}
        assert httpx.get(url + "/v1/nothing").json()["error"]["type"] == "NotFound"
    finally:
        server.should_exit = True
        thread.join(timeout=20)


def test_export_streams_past_the_cursor_batch(sqlite_url: str, start_server) -> None:
    store = open_store(sqlite_url)
    for n in range(450):  # the SQLite cursor reads 200 at a time
        store.save(
            f"{OPEN_TENANT}/c{n:03}", {"meta": {"created": 1_700_000_000 + n}, "variables": {}}
        )
    store.save(
        "other/c999", {"meta": {"created": 1_700_000_000}, "variables": {}}
    )  # another tenant
    store.close()
    server = start_server(sqlite_url)
    exported = httpx.get(server.url + "/v1/export", timeout=60).json()
    assert [r["conversationId"] for r in exported] == [f"c{n:03}" for n in range(450)]
    rows = list(
        csv.DictReader(
            io.StringIO(httpx.get(server.url + "/v1/export?format=csv", timeout=60).text)
        )
    )
    assert len(rows) == 450
