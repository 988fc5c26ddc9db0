"""One conformance suite for every Store backend (memory, SQLite, PostgreSQL, Redis): load,
commit, compare-and-swap conflicts, ordering, export and iteration, migration and closed
conversations, through the Store protocol and through the engine."""

from __future__ import annotations

import json
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from convoscript import (
    ConversationClosed,
    Runtime,
    RunState,
    ServiceHandle,
    Store,
    StoreConflict,
    StoreError,
    open_store,
    script_method,
)
from convoscript import export as export_mod

COUNT = """
def n = execution.getVariable("n") ?: 0
execution.setVariable("n", n + 1)
n + 1
"""


def test_the_store_is_a_store(store) -> None:
    assert isinstance(store, Store)


def test_a_missing_conversation_loads_as_nothing_at_version_zero(store) -> None:
    assert store.load_versioned("nobody") == (None, 0)
    assert store.load("nobody") is None


def test_commit_is_a_compare_and_swap_on_the_version(store) -> None:
    assert store.commit("a", 0, {"variables": {"n": 1}}) == 1
    assert store.commit("a", 0, {"variables": {"n": 99}}) is None  # exists already
    assert store.commit("a", 1, {"variables": {"n": 2}}) == 2
    assert store.commit("a", 1, {"variables": {"n": 99}}) is None  # stale
    assert store.load_versioned("a") == ({"variables": {"n": 2}}, 2)


def test_save_writes_whatever_the_version(store) -> None:
    store.save("a", {"variables": {"n": 1}})
    store.save("a", {"variables": {"n": 2}})
    state, version = store.load_versioned("a")
    assert state == {"variables": {"n": 2}} and version == 2


def test_values_round_trip_exactly(store) -> None:
    state = {
        "variables": {
            "d": Decimal("1.10"),
            "f": 1.5,
            "big": 2**80,
            "s": "é\u0000x",
            "l": [1, None],
        },
        "meta": {"created": 5.0},
    }
    store.commit("a", 0, state)
    assert store.load("a") == state
    loaded = store.load("a")
    assert type(loaded["variables"]["f"]) is float and type(loaded["variables"]["d"]) is Decimal


def test_a_lone_surrogate_round_trips(store) -> None:
    # a Groovy String is UTF-16: `"\uD83D\uDE00".charAt(0)` is stored as the JSON escape
    state = {"variables": {"lone": "x\ud83d", "\udc00": ["\ude00"]}, "meta": {"created": 5.0}}
    store.commit("a", 0, state)
    assert store.load("a") == state


def test_conversations_never_mix(store) -> None:
    store.commit("a", 0, {"variables": {"who": "a"}})
    store.commit("b", 0, {"variables": {"who": "b"}})
    assert store.load("a")["variables"]["who"] == "a"
    assert store.load("b")["variables"]["who"] == "b"
    store.delete("a")
    assert store.load_versioned("a") == (None, 0)
    assert store.conversation_ids() == ["b"]


def test_iteration_and_count_are_oldest_first_in_a_half_open_range(store) -> None:
    for i in (3, 1, 2, 0):
        store.commit(f"c{i}", 0, {"variables": {"i": i}, "meta": {"created": 100.0 + i}})
    store.commit("tie-b", 0, {"meta": {"created": 101.0}})
    assert [cid for cid, _ in store.iter_states()] == ["c0", "c1", "tie-b", "c2", "c3"]
    assert [cid for cid, _ in store.iter_states(101.0, 103.0)] == ["c1", "tie-b", "c2"]
    assert store.count(101.0, 103.0) == 3 and store.count() == 5
    assert store.conversation_ids() == ["c0", "c1", "tie-b", "c2", "c3"]


def test_iteration_streams_past_one_batch(store) -> None:
    for i in range(450):
        store.save(f"c{i:04d}", {"variables": {"i": i}, "meta": {"created": float(i)}})
    seen = [state["variables"]["i"] for _, state in store.iter_states()]
    assert seen == list(range(450))


def test_export_works_against_the_store(store, tmp_path: Path) -> None:
    runtime = Runtime(store=store)
    for cid in ("x", "y"):
        conversation = runtime.conversation(cid, channel="voice")
        conversation.add_utterance("hello")
        assert conversation.run('customMetricService.upsertMetric("m", "1")').ok
    files = export_mod.export(store, tmp_path / "out.json", "json")
    records = json.loads(files[0].read_text())
    assert sorted(r["conversationId"] for r in records) == ["x", "y"]
    assert len(export_mod.export(store, tmp_path / "out.csv", "csv")) == 1


def test_the_schema_is_versioned(store, store_url: str) -> None:
    assert store.schema_version() == 1
    assert store.migrate() == 1  # idempotent
    again = open_store(store_url)  # the schema is there now: no migration needed
    assert again.schema_version() == 1
    again.close()


def test_a_run_commits_and_counts(store) -> None:
    runtime = Runtime(store=store)
    for i in range(1, 4):
        result = runtime.conversation("a").run(COUNT)
        assert result.ok and result.value == i
    state = store.load("a")
    assert state["variables"]["n"] == 3 and state["meta"]["runs"] == 3


def test_runs_on_one_conversation_keep_a_total_order(store) -> None:
    runtime = Runtime(store=store, max_retries=1000)
    script = runtime.compile(COUNT)
    values: list[int] = []

    def worker() -> None:
        for _ in range(25):
            result = runtime.conversation("shared").run(script)
            assert result.ok, result.error
            values.append(result.value)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(values) == list(range(1, 101))  # each count committed exactly once
    assert store.load("shared")["variables"]["n"] == 100


class Interloper(ServiceHandle):
    """Commits to the conversation from inside a run (as another worker would), so the run's
    own commit loses the compare-and-swap; records every attempt it sees."""

    handle_type = "Interloper"
    java_class = "test.Interloper"
    attempts: list[int] = []
    runtime: Runtime | None = None
    times = 1
    action = "bump"

    def __init__(self, state: RunState):
        self.state = state

    @script_method()
    def interfere(self) -> None:
        Interloper.attempts.append(self.state.attempt)
        if len(Interloper.attempts) <= Interloper.times:
            other = Interloper.runtime.conversation(self.state.conversation_id)  # type: ignore[union-attr]
            if Interloper.action == "close":
                other.close()
            else:
                other.set_intent(f"bump{len(Interloper.attempts)}")


def _interloper(store, times: int, action: str = "bump", max_retries: int = 8) -> Runtime:
    runtime = Runtime(store=store, services={"other": Interloper}, max_retries=max_retries)
    Interloper.attempts, Interloper.runtime = [], runtime
    Interloper.times, Interloper.action = times, action
    return runtime


def test_a_conflict_runs_again_from_the_fresh_state(store) -> None:
    runtime = _interloper(store, times=2)
    runtime.conversation("a").run(COUNT)
    result = runtime.conversation("a").run("other.interfere()\n" + COUNT)
    assert result.ok and result.value == 2
    assert Interloper.attempts == [1, 2, 3]  # the attempt number is visible to services
    state = store.load("a")
    assert state["variables"]["n"] == 2 and state["intent"]["code"] == "bump2"


def test_conflicts_past_the_retries_are_a_store_conflict_in_the_result(store) -> None:
    runtime = _interloper(store, times=100, max_retries=2)
    runtime.conversation("a").run(COUNT)
    result = runtime.conversation("a").run("other.interfere()\n" + COUNT)
    assert isinstance(result.error, StoreConflict) and "3 attempts" in result.error.message
    assert result.variables == {"n": 1}  # what the store holds: nothing of the run
    assert store.load("a")["variables"]["n"] == 1


def test_a_run_on_a_closed_conversation_is_refused_until_reopened(store) -> None:
    runtime = Runtime(store=store)
    conversation = runtime.conversation("a")
    conversation.run(COUNT)
    conversation.close()
    result = conversation.run(COUNT)
    assert isinstance(result.error, ConversationClosed)
    assert "reopen" in result.error.message and result.variables == {"n": 1}
    assert store.load("a")["variables"]["n"] == 1
    conversation.reopen()
    assert not conversation.closed
    assert conversation.run(COUNT).value == 2


def test_a_close_that_lands_during_a_run_wins(store) -> None:
    runtime = _interloper(store, times=1, action="close")
    runtime.conversation("a").run(COUNT)
    result = runtime.conversation("a").run("other.interfere()\n" + COUNT)
    assert isinstance(result.error, ConversationClosed)
    assert store.load("a")["variables"]["n"] == 1
    assert runtime.conversation("a").closed


class Broken:
    """A store whose every call fails the way a driver does."""

    def __getattr__(self, name: str):
        def fail(*args: object) -> None:
            raise ConnectionError("connection refused")

        return fail


def test_a_store_failure_is_a_store_error_in_the_result_not_an_exception() -> None:
    result = Runtime(store=Broken()).conversation("a").run(COUNT)  # type: ignore[arg-type]
    assert isinstance(result.error, StoreError)
    # plain words; the driver's exception (class and text) goes to the host's log only
    assert result.error.message.startswith("store failure: the conversation store could not")
    assert "ConnectionError" not in result.error.message and result.variables == {}


def test_an_unreachable_server_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="PostgreSQL store"):
        open_store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1")
    with pytest.raises(StoreError, match="Redis store"):
        open_store("redis://127.0.0.1:1/0")


def test_a_shared_store_without_its_schema_says_how_to_migrate(server_urls: dict) -> None:
    from tests.stores.conftest import wipe

    for backend in ("postgres", "redis"):
        wipe(backend, server_urls[backend])
        with pytest.raises(StoreError, match="convoscript store migrate"):
            open_store(server_urls[backend])
        open_store(server_urls[backend], migrate=True).close()
        wipe(backend, server_urls[backend])


def test_an_unknown_url_scheme_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="unknown store URL scheme"):
        open_store("mongodb://x")


def test_process_isolation_commits_through_the_same_path(store) -> None:
    runtime = Runtime(store=store, isolation="process", workers=1)
    try:
        conversation = runtime.conversation("p")
        assert conversation.run(COUNT).value == 1
        assert conversation.run(COUNT).value == 2
        conversation.close()
        assert isinstance(conversation.run(COUNT).error, ConversationClosed)
        assert store.load("p")["variables"]["n"] == 2
    finally:
        runtime.close()


def test_replacing_state_and_records_commit_by_compare_and_swap(store) -> None:
    runtime = Runtime(store=store)
    runtime.conversation("a", {"variables": {"n": 5}}, channel="voice")
    _, version = store.load_versioned("a")
    runtime.conversation("a").add_utterance("hi")
    state, after = store.load_versioned("a")
    assert after == version + 1 and state["variables"] == {"n": 5}
    assert state["meta"]["channel"] == "voice" and state["transcript"][0]["text"] == "hi"
