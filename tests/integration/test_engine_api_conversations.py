"""The embedding API around conversations: arun, embedder services, transcript, intent,
entities, close."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import ClassVar

import pytest

from convoscript import Limits, Runtime
from convoscript.services.base import ServiceHandle, script_method
from convoscript.store import MemoryStore, SQLiteStore

COUNTER = 'def n = execution.getVariable("n") ?: 0\nexecution.setVariable("n", n + 1)\nn + 1'


class Crm(ServiceHandle):
    """An embedder's handle: only the @script_method methods are visible to scripts."""

    handle_type = "Crm"
    java_class = "com.example.Crm"
    threads: ClassVar[list[int]] = []

    def __init__(self, state):
        self.state = state

    @script_method("String")
    def lookup(self, customer: str) -> str:
        Crm.threads.append(threading.get_ident())
        return f"{customer}@{self.state.conversation_id}"

    def secret(self) -> str:  # not marked: invisible
        return "s3cret"


@pytest.fixture(params=["memory", "sqlite"])
def runtime(request, tmp_path: Path) -> Runtime:
    store = MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path / "c.db")
    return Runtime(store=store, services={"crm": Crm})


def test_embedder_service_is_visible_with_only_its_marked_methods(runtime: Runtime) -> None:
    conversation = runtime.conversation("c-1")
    result = conversation.run('crm.lookup("ann")')
    assert result.ok and result.value == "ann@c-1"
    hidden = conversation.run("crm.secret()")
    assert hidden.error is not None and hidden.error.type == "MissingMethodException"
    wrong = conversation.run("crm.lookup(1)")
    assert wrong.error is not None and wrong.error.type == "MissingMethodException"


def test_services_are_validated() -> None:
    with pytest.raises(ValueError):
        Runtime(services={"not a name": Crm})
    with pytest.raises(TypeError):
        Runtime(services={"crm": 42})
    with pytest.raises(ValueError):
        Runtime(services={"crm": Crm}, isolation="process")
    shadow = Runtime(services={"log": Crm}).conversation("c").run("1")
    assert shadow.error is not None and "shadow" in shadow.error.message
    runtime = Runtime()
    runtime.register_service("crm", Crm)
    assert runtime.conversation("c").run('crm.lookup("x")').value == "x@c"


def test_an_embedder_factory_is_called_on_first_use_once_per_run() -> None:
    calls: list[str] = []

    def factory(state) -> Crm:
        calls.append(state.conversation_id)
        return Crm(state)

    runtime = Runtime(services={"crm": factory})
    assert runtime.conversation("c-none").run("1").ok
    assert calls == []  # a run that never names the service never makes it
    result = runtime.conversation("c-two").run('crm.lookup("a") + crm.lookup("b")')
    assert result.value == "a@c-twob@c-two" and calls == ["c-two"]
    assert runtime.conversation("c-three").run('crm.lookup("a")').ok
    assert calls == ["c-two", "c-three"]  # each run its own handle


def test_an_embedder_factory_that_makes_no_handle_fails_the_run_that_uses_it() -> None:
    runtime = Runtime(services={"crm": lambda state: object()})
    conversation = runtime.conversation("c-bad")
    result = conversation.run('execution.setVariable("before", 1)\ntry { crm } catch (e) { 0 }')
    assert result.error is not None and result.error.type == "InternalError"
    assert "must be a ServiceHandle" in result.error.message
    assert "before" not in conversation.state().get("variables", {})  # nothing committed
    assert conversation.run("1").ok  # runs that do not use it are unaffected


def test_a_fault_reaches_an_embedder_handle() -> None:
    runtime = Runtime(services={"crm": Crm})
    result = runtime.conversation("c-f").run(
        'crm.lookup("a")', faults={"crm.lookup": "IllegalStateException"}
    )
    assert result.error is not None and result.error.type == "IllegalStateException"


def test_arun_runs_off_the_event_loop_and_never_interleaves(runtime: Runtime) -> None:
    script = runtime.compile(COUNTER + '\ncrm.lookup("t")')
    Crm.threads.clear()

    async def main() -> list:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0)

        task = asyncio.create_task(ticker())
        conversations = [runtime.conversation(f"a-{i % 3}") for i in range(30)]
        results = await asyncio.gather(*(c.arun(script) for c in conversations))
        task.cancel()
        return [results, ticks, threading.get_ident()]

    results, ticks, loop_thread = asyncio.run(main())
    assert all(r.ok for r in results)
    assert ticks > 0
    assert loop_thread not in Crm.threads  # the runs happened in executor threads
    for i in range(3):
        assert runtime.conversation(f"a-{i}").state()["variables"]["n"] == 10


def test_arun_passes_run_options(runtime: Runtime) -> None:
    result = asyncio.run(
        runtime.conversation("o").arun(
            "new Date().format('yyyy-MM-dd')", now="2024-02-29T12:00:00Z", zone="UTC"
        )
    )
    assert result.ok and result.value == "2024-02-29"


def test_threads_on_one_conversation_do_not_lose_updates(runtime: Runtime) -> None:
    script = runtime.compile(COUNTER)
    conversation = runtime.conversation("shared")

    def work() -> None:
        for _ in range(50):
            assert conversation.run(script).ok

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert conversation.state()["variables"]["n"] == 200


def test_transcript_intent_entities_and_close(runtime: Runtime) -> None:
    conversation = runtime.conversation(
        "t-1", channel="js_sdk", user={"name": "Ann", "email": "ann@example.com"}, domain="banking"
    )
    greeting = conversation.add_utterance("Hi, how can I help?", "AMELIA")
    assert greeting["username"] == "Amelia" and greeting["userType"] == "AMELIA"
    assert greeting["sequenceId"] == 1 and len(greeting["dateTime"]) == 23
    turn = conversation.add_utterance("balance please", understood=True)
    assert turn["username"] == "Ann" and turn["messageId"] != greeting["messageId"]
    assert turn["sequenceId"] == 2
    conversation.set_intent("check_balance", name="Check balance", score=0.93)
    conversation.set_entities({"account": "savings", "amount": ["10", "20"]})
    assert conversation.run(
        'transientVariableService.addVariable("scratch", 1)\nexecution.setVariable("kept", 1)'
    ).ok
    state = conversation.state()
    assert [t["text"] for t in state["transcript"]] == ["Hi, how can I help?", "balance please"]
    assert state["intent"]["code"] == "check_balance" and state["intent"]["score"] == 0.93
    assert state["entities"] == [
        {"code": "account", "value": "savings", "latest": True},
        {"code": "amount", "value": "10", "latest": True},
        {"code": "amount", "value": "20", "latest": True},
    ]
    assert state["meta"]["channel"] == "js_sdk" and state["domain"] == {"code": "banking"}
    assert state["attributes"]["initialChannel"] == "js_sdk"
    assert state["user"] == {"username": "Ann", "email": "ann@example.com"}
    assert state["transient"] == {"scratch": 1} and not conversation.closed

    time.sleep(0.01)
    metrics = conversation.close()
    after = conversation.state()
    assert conversation.closed
    assert after["transient"] == {} and after["variables"] == {"kept": 1}
    assert after["meta"]["finished"] >= after["meta"]["created"]
    assert metrics["turn_count"] == 1 and metrics["utterance_count"] == 2
    assert metrics["script_runs"] == 1 and metrics["domain"] == "banking"
    assert metrics["user_email"] == "ann@example.com"
    finished = after["meta"]["finished"]
    conversation.close()  # closing twice keeps the first finish time
    assert conversation.state()["meta"]["finished"] == finished

    conversation.set_intent(None)
    assert "intent" not in conversation.state()
    with pytest.raises(ValueError):
        conversation.add_utterance("x", "ROBOT")
    with pytest.raises(ValueError):
        conversation.set_entities([{"value": "no code"}])


def test_scripts_see_what_the_engine_recorded(runtime: Runtime) -> None:
    conversation = runtime.conversation(
        "s-1", channel="voice", domain="banking", user={"id": "u-7", "name": "Ann"}
    )
    conversation.add_utterance("Welcome", "AMELIA")
    conversation.add_utterance("my balance")
    conversation.set_intent("check_balance")
    conversation.set_entities({"account": "savings"})
    result = conversation.run("""
        def turns = conversationService.getTranscriptUtterances()
        println turns.collect { it.utterance() }.join("|")
        println contextService.triggeredIntent().intent().code()
        println contextService.entities("account").collect { it.value() }
        println execution.domainCode()
        println conversationService.initialUserChannel()
    """)
    assert result.ok, result.error
    assert result.stdout.splitlines() == [
        "Welcome|my balance",
        "check_balance",
        "[savings]",
        "banking",
        "voice",
    ]


def test_replacing_state_keeps_the_conversation_record(runtime: Runtime) -> None:
    conversation = runtime.conversation("r-1", channel="voice")
    created = conversation.state()["meta"]["created"]
    runtime.conversation("r-1", {"variables": {"a": 1}})
    state = conversation.state()
    assert state["variables"] == {"a": 1}
    assert state["meta"]["created"] == created and state["meta"]["channel"] == "voice"


def test_a_run_loads_the_state_once_and_keeps_the_record(runtime: Runtime) -> None:
    conversation = runtime.conversation("r-2", channel="voice")
    before = conversation.state()
    loads: list[str] = []
    original = runtime.store.load_versioned

    def counting(conversation_id: str):
        loads.append(conversation_id)
        return original(conversation_id)

    runtime.store.load_versioned = counting  # type: ignore[method-assign]
    try:
        assert conversation.run('execution.setVariable("a", 1)').ok
    finally:
        del runtime.store.load_versioned
    assert loads == ["r-2"]  # the commit reuses what the run started from
    after = conversation.state()
    for key in ("created", "finished", "channel"):
        assert after["meta"][key] == before["meta"][key]
    assert after["meta"]["runs"] == before["meta"]["runs"] + 1
    assert after["variables"] == {"a": 1}


def test_the_documented_turn_loop_runs(tmp_path: Path, monkeypatch) -> None:
    import re
    from types import SimpleNamespace

    doc = (Path(__file__).resolve().parents[2] / "docs" / "embedding.md").read_text()
    loop = re.search(r"## A bot engine's turn loop\n\n```python\n(.*?)```", doc, re.DOTALL).group(1)
    assert len(loop.strip().splitlines()) < 30
    flows = tmp_path / "flows"
    flows.mkdir()
    (flows / "greeting.groovy").write_text('println "Hello " + crm.lookup("ann")')
    (flows / "check_balance.groovy").write_text(
        'def n = execution.getVariable("asked") ?: 0\nexecution.setVariable("asked", n + 1)\n'
        'println "Your balance, asked ${n + 1} times"'
    )
    (flows / "fallback.groovy").write_text('println "Sorry?"')
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"CrmService": Crm}
    exec(compile(loop, "embedding.md", "exec"), namespace)  # noqa: S102 - our own doc

    async def chat() -> list[str]:
        on = namespace["on_user_message"]
        replies = [
            await on(
                "c-1",
                "hi",
                SimpleNamespace(intent="greeting", score=0.9, entities=None, user={"name": "Ann"}),
            ),
            await on(
                "c-1",
                "balance",
                SimpleNamespace(
                    intent="check_balance", score=0.8, entities={"account": "main"}, user=None
                ),
            ),
            await on(
                "c-1", "blah", SimpleNamespace(intent=None, score=None, entities=None, user=None)
            ),
        ]
        namespace["on_conversation_end"]("c-1")
        return replies

    assert asyncio.run(chat()) == ["Hello ann@c-1", "Your balance, asked 1 times", "Sorry?"]
    state = SQLiteStore(tmp_path / "conversations.db").load("c-1")
    assert len(state["transcript"]) == 6 and state["meta"]["finished"]
    assert state["defaultMetrics"]["turn_count"] == 3


class Gate(ServiceHandle):
    """A service call that blocks until the test opens the gate."""

    handle_type = "Gate"
    java_class = "test.Gate"
    opened = threading.Event()
    entered = threading.Event()

    def __init__(self, state: object):
        self.state = state

    @script_method()
    def hold(self) -> None:
        Gate.entered.set()
        Gate.opened.wait(30)


@pytest.mark.parametrize("store_kind", ["memory", "sqlite"])
def test_runs_on_different_conversations_do_not_wait_for_each_other(
    store_kind: str, tmp_path: Path
) -> None:
    """The per-conversation turn is in-process and per conversation: a run held inside a
    service call on one conversation does not hold up a run on another (nor does a store
    lock: none is held while a run runs)."""
    store = SQLiteStore(str(tmp_path / "c.db")) if store_kind == "sqlite" else None
    runtime = Runtime(store=store, services={"gate": Gate})
    Gate.opened.clear()
    Gate.entered.clear()
    held = threading.Thread(
        target=lambda: runtime.conversation("held").run(
            'gate.hold()\nexecution.setVariable("done", true)',
            limits=Limits(max_seconds=60),
        )
    )
    held.start()
    try:
        assert Gate.entered.wait(30)
        other = threading.Thread(
            target=lambda: runtime.conversation("other").run('execution.setVariable("x", 1)')
        )
        other.start()
        other.join(20)
        assert not other.is_alive(), "a run on another conversation waited for the held one"
        assert runtime.conversation("other").state()["variables"] == {"x": 1}
        assert held.is_alive()
    finally:
        Gate.opened.set()
        held.join(30)
    assert runtime.conversation("held").state()["variables"] == {"done": True}
