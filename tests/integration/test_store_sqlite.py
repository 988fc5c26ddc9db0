"""SQLiteStore: durable, exact, atomic per run, safe across threads and processes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest

from convoscript import Runtime
from convoscript.store import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
COUNTER = """
def n = execution.getVariable("n") ?: 0
execution.setVariable("n", n + 1)
customMetricService.upsertMetric("runs", (n + 1).toString())
n + 1
"""


def test_state_persists_across_store_instances(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    runtime = Runtime(store=SQLiteStore(db))
    for _ in range(3):
        assert runtime.conversation("A").run(COUNTER).ok
    again = Runtime(store=SQLiteStore(db)).conversation("A").state()
    assert again["variables"] == {"n": 3}
    assert again["metrics"] == {"runs": "3"}
    assert again["meta"]["runs"] == 3
    assert again["meta"]["created"] <= again["meta"]["updated"]


def test_values_round_trip_exactly(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "c.db")
    state = {
        "variables": {
            "price": Decimal("2.50"),
            "big": Decimal("1E+3"),
            "d": 1.5,
            "nan": float("inf"),
            "i": 2**40,
            "huge": 10**30,
            "keys": {1: "one", None: "none", "s": "yes"},
            "nested": [{"x": Decimal("0.10")}, None, "s"],
        },
        "transient": {},
        "metrics": {"m": "0.920"},
    }
    store.save("A", state)
    loaded = SQLiteStore(tmp_path / "c.db").load("A")
    assert loaded == state
    variables = loaded["variables"]  # type: ignore[index]
    assert str(variables["price"]) == "2.50" and type(variables["price"]) is Decimal
    assert type(variables["d"]) is float
    assert list(variables["keys"]) == [1, None, "s"]


def test_types_survive_runs_through_the_store(tmp_path: Path) -> None:
    runtime = Runtime(store=SQLiteStore(tmp_path / "c.db"))
    conversation = runtime.conversation("A", {"variables": {"d": 1.5, "p": Decimal("2.50")}})
    conversation.run("execution.setVariable('x', 1)")
    result = runtime.conversation("A").run(
        "println execution.getVariable('d').getClass().simpleName\n"
        "println execution.getVariable('p').getClass().simpleName\n"
        "println execution.getVariable('p')"
    )
    assert result.stdout.split() == ["Double", "BigDecimal", "2.50"]


def test_a_stale_commit_leaves_the_conversation_as_it_was(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "c.db")
    store.save("A", {"variables": {"n": 1}})
    _, version = store.load_versioned("A")
    assert store.commit("A", version, {"variables": {"n": 2}}) == version + 1
    assert store.commit("A", version, {"variables": {"n": 3}}) is None  # lost the race
    assert store.load("A") == {"variables": {"n": 2}}


def test_a_file_from_before_schema_versions_opens_as_it_is(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE conversations (id TEXT PRIMARY KEY, state TEXT NOT NULL, created REAL NOT"
        " NULL, updated REAL NOT NULL, finished REAL, channel TEXT, user TEXT, domain TEXT,"
        " version INTEGER NOT NULL DEFAULT 1)"
    )
    conn.execute(
        "INSERT INTO conversations (id, state, created, updated) VALUES"
        """ ('A', '{"variables": {"n": 7}}', 1.0, 1.0)"""
    )
    conn.commit()
    conn.close()
    store = SQLiteStore(path)
    assert store.schema_version() == 1
    assert store.load_versioned("A") == ({"variables": {"n": 7}}, 1)
    result = Runtime(store=store).conversation("A").run(COUNTER)
    assert result.ok, result.error
    assert store.load("A")["variables"]["n"] == 8  # type: ignore[index]


def test_a_file_from_a_newer_convoscript_is_refused(tmp_path: Path) -> None:
    from convoscript import StoreError

    path = tmp_path / "new.db"
    SQLiteStore(path).close()
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO convoscript_schema (version) VALUES (99)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer convoscript"):
        SQLiteStore(path)


def test_eight_threads_thousand_runs_each_no_lost_update(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "c.db")
    runtime = Runtime(store=store)
    script = runtime.compile(COUNTER)
    acks: list[list[tuple[str, int]]] = [[] for _ in range(8)]
    errors: list[BaseException] = []

    def work(t: int) -> None:
        try:
            for i in range(1000):
                cid = f"c-{(t * 1000 + i * 7) % 100}"
                result = runtime.conversation(cid).run(script)
                assert result.ok, result.error
                acks[t].append((cid, result.value))  # type: ignore[arg-type]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    started = time.perf_counter()
    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    assert not errors, errors
    print(f"\n8x1000 runs on SQLite: {elapsed:.2f} s, {8000 / elapsed:.0f} runs/s")
    per_conversation: dict[str, list[int]] = {}
    for thread_acks in acks:
        for cid, value in thread_acks:
            per_conversation.setdefault(cid, []).append(value)
    assert sum(len(v) for v in per_conversation.values()) == 8000
    fresh = SQLiteStore(tmp_path / "c.db")
    assert len(fresh.conversation_ids()) == 100
    for cid, values in per_conversation.items():
        # every acknowledged run is there, each saw its predecessor's write: 1..k exactly once
        assert sorted(values) == list(range(1, len(values) + 1)), cid
        state = fresh.load(cid)
        assert state["variables"]["n"] == len(values)  # type: ignore[index]
        assert state["metrics"]["runs"] == str(len(values))  # type: ignore[index]
        assert state["meta"]["runs"] == len(values)  # type: ignore[index]
    assert fresh.integrity_check() == "ok"


WORKER = Path(__file__).with_name("store_worker.py")


def _worker(
    db: Path, runs: int, spread: int, work: int = 1, hang_after: int = -1
) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(db), str(runs), str(spread), str(work), str(hang_after)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _collect(lines: str | list[str], acked: dict[str, list[int]]) -> None:
    for line in lines.splitlines() if isinstance(lines, str) else lines:
        parts = line.split()
        if len(parts) == 2:
            acked.setdefault(parts[0], []).append(int(parts[1]))


def test_several_processes_on_one_file(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    SQLiteStore(db)  # create the schema once, as a deployment would
    procs = [_worker(db, 300, 10) for _ in range(4)]
    acked: dict[str, list[int]] = {}
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        _collect(out, acked)
    store = SQLiteStore(db)
    assert sum(len(v) for v in acked.values()) == 1200
    for cid, values in acked.items():
        assert sorted(values) == list(range(1, len(values) + 1)), cid
        assert store.load(cid)["variables"]["n"] == len(values)  # type: ignore[index]
    assert store.integrity_check() == "ok"


def _check_after_kill(db: Path, acked: dict[str, list[int]], exact: bool) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store = SQLiteStore(db)
    for cid, values in acked.items():
        state = store.load(cid)
        n = state["variables"]["n"]  # type: ignore[index]
        assert len(set(values)) == len(values), cid
        if exact:  # the killed run had not committed: exactly the acknowledged runs are there
            assert sorted(values) == list(range(1, n + 1)), (cid, n)
        else:  # at most the run in flight committed without being acknowledged
            assert set(values) <= set(range(1, n + 1)) and n <= max(values) + 1, (cid, n)
        assert state["metrics"]["runs"] == str(n)  # variables and metrics committed together
    assert Runtime(store=store).conversation("c-0").run(COUNTER).ok  # still usable


def test_sigkill_inside_a_run_keeps_every_acknowledged_run(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    SQLiteStore(db)
    survivor = _worker(db, 150, 3, 200)
    victim = _worker(db, 1000, 3, 200, hang_after=60)
    assert victim.stdout is not None
    lines = []
    while True:  # 60 acknowledged runs, then one that stops between its writes and its commit
        line = victim.stdout.readline()
        assert line, victim.stderr.read() if victim.stderr else ""
        if line.strip() == "IN-RUN":
            break
        lines.append(line)
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    acked: dict[str, list[int]] = {}
    _collect(lines, acked)
    assert sum(map(len, acked.values())) == 60
    out, err = survivor.communicate(timeout=120)  # it waited for the victim's write lock
    assert survivor.returncode == 0, err
    _collect(out, acked)
    _check_after_kill(db, acked, exact=True)


def test_sigkill_at_a_random_moment_of_a_loop_of_runs(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    SQLiteStore(db)
    survivor = _worker(db, 150, 3, 2000)
    victim = _worker(db, 100000, 3, 2000)
    assert victim.stdout is not None
    lines = [victim.stdout.readline() for _ in range(40)]
    time.sleep(0.013)
    os.kill(victim.pid, signal.SIGKILL)
    rest, _ = victim.communicate(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    acked: dict[str, list[int]] = {}
    _collect(lines, acked)
    _collect(rest, acked)  # acknowledged before the kill, still in the pipe
    out, err = survivor.communicate(timeout=120)
    assert survivor.returncode == 0, err
    _collect(out, acked)
    _check_after_kill(db, acked, exact=False)
