"""Load: many concurrent conversations, several turns each, over HTTP against 2 worker
processes sharing one SQLite store; every turn is committed to its own conversation, in order
(nothing lost, nothing mixed). Small in CI; CONVOSCRIPT_LOAD=full runs 200 x 10. Prints
runs/s and the p50/p99 latency of a run request (pytest -s shows them)."""

from __future__ import annotations

import asyncio
import os
import statistics
import time

import httpx

FULL = os.environ.get("CONVOSCRIPT_LOAD") == "full"
CONVERSATIONS, TURNS = (200, 10) if FULL else (20, 5)
SCRIPT = """
def n = (execution.getVariable("n") ?: 0) + 1
execution.setVariable("n", n)
def seen = execution.getVariable("seen") ?: []
seen << transientVariableService.getVariable("tag")
execution.setVariable("seen", seen)
n
"""


def test_concurrent_conversations_on_two_workers(sqlite_url: str, start_server) -> None:
    server = start_server(sqlite_url, "--workers", "2")
    assert (
        httpx.post(server.url + "/v1/scripts", json={"name": "count", "source": SCRIPT}).status_code
        == 201
    )
    latencies: list[float] = []
    failures: list[str] = []

    async def conversation(client: httpx.AsyncClient, number: int) -> None:
        for turn in range(TURNS):
            started = time.perf_counter()
            response = await client.post(
                f"/v1/conversations/load-{number}/run",
                json={"script": "count", "transient": {"tag": f"{number}:{turn}"}},
            )
            latencies.append(time.perf_counter() - started)
            body = response.json()
            if response.status_code != 200 or body["error"] is not None:
                failures.append(f"load-{number} turn {turn}: {response.status_code} {body}")

    async def everything() -> float:
        limits = httpx.Limits(
            max_connections=CONVERSATIONS, max_keepalive_connections=CONVERSATIONS
        )
        async with httpx.AsyncClient(base_url=server.url, timeout=120, limits=limits) as client:
            started = time.perf_counter()
            await asyncio.gather(*(conversation(client, n) for n in range(CONVERSATIONS)))
            return time.perf_counter() - started

    elapsed = asyncio.run(everything())
    assert failures == []
    for number in range(CONVERSATIONS):  # each conversation got its own turns, all, in order
        state = httpx.get(f"{server.url}/v1/conversations/load-{number}").json()
        assert state["variables"]["n"] == TURNS
        assert state["variables"]["seen"] == [f"{number}:{turn}" for turn in range(TURNS)]
    runs = CONVERSATIONS * TURNS
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"\nload: {CONVERSATIONS} conversations x {TURNS} turns on 2 workers, SQLite: "
        f"{runs / elapsed:.0f} runs/s, p50 {cuts[49] * 1000:.1f} ms, p99 {cuts[98] * 1000:.1f} ms"
    )
