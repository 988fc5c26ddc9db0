"""Row R18: process isolation as the hard backstop (issue 11, item 8).

`Runtime(isolation="process")` must hold even where the sandbox's own clock cannot: a call that
never returns, a worker the OS ends, one tenant's CPU use before another's run. `run()` never
raises for any of them, the conversation is left as it was, a stuck worker is replaced alone
and the next run in the same Runtime succeeds.

A builtin that never returns is simulated with an embedder allow-list extension (a Python
function that spins), the only such call that is not a sandbox bug to be fixed elsewhere; the
workers are forked, so these module-level functions reach them as they are.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time

import pytest
from sandbox_harness import row

from convoscript import Limits, Runtime
from convoscript.runtime.door.extensions import AllowListExtension

GENEROUS = Limits(max_steps=10**9, max_seconds=60)
_LEAKED: list[bytearray] = []  # in a worker: what `Leak.keep` holds on to after its run


def _spin() -> int:
    while True:  # a call that never returns: only the host's deadline can end it
        pass


def _nap(seconds) -> str:
    time.sleep(float(seconds))
    return "rested"


def _burn(seconds) -> str:
    """Use `seconds` of this process's CPU time."""
    end = time.process_time() + float(seconds)
    while time.process_time() < end:
        pass
    return "burnt"


def _keep(megabytes) -> int:
    _LEAKED.append(bytearray(int(megabytes) * 1024 * 1024))
    return len(_LEAKED)


def _extension() -> AllowListExtension:
    ext = AllowListExtension()
    ext.static_method("com.acme.Stuck", "spin", _spin)
    ext.static_method("com.acme.Stuck", "nap", _nap)
    ext.static_method("com.acme.Stuck", "burn", _burn)
    ext.static_method("com.acme.Stuck", "keep", _keep)
    return ext


@pytest.fixture
def rt():
    runtime = Runtime(isolation="process", workers=2, allow=_extension())
    yield runtime
    runtime.close()


@row("R18")
def test_R18_stuck_worker_is_killed_at_the_deadline_and_replaced_alone(rt: Runtime) -> None:
    pool = rt.pool
    assert pool is not None
    pool.grace = 0.5
    other: dict = {}

    def bystander() -> None:  # a run on the other worker, busy while the stuck one is killed
        other["result"] = rt.conversation("c-other").run(
            'execution.setVariable("r", Stuck.nap(2))', limits=GENEROUS
        )

    thread = threading.Thread(target=bystander)
    thread.start()
    while pool._live < 1:  # the bystander holds its worker before the stuck run starts
        time.sleep(0.01)
    stuck = rt.conversation("c-stuck", {"variables": {"kept": 1}})
    started = time.monotonic()
    result = stuck.run(
        'execution.setVariable("lost", 1)\nStuck.spin()',
        limits=Limits(max_seconds=0.5),
    )
    elapsed = time.monotonic() - started
    assert result.error is not None and result.error.type == "LimitExceeded"
    assert result.error.limit == "time"  # type: ignore[attr-defined]
    assert elapsed < 0.5 + 0.5 + 2.0  # the deadline and the grace, not 30 s
    assert stuck.state()["variables"] == {"kept": 1}
    assert pool.restarts == 1
    thread.join(30)
    assert other["result"].error is None  # the other worker's run went on untouched
    assert rt.conversation("c-other").state()["variables"] == {"r": "rested"}
    after = rt.conversation("c-next").run('execution.setVariable("ok", true)')
    assert after.error is None and after.variables == {"ok": True}


@row("R18")
def test_R18_a_worker_killed_mid_run_is_a_result_not_a_raise(rt: Runtime) -> None:
    pool = rt.pool
    assert pool is not None
    conversation = rt.conversation("c-victim", {"variables": {"kept": 1}})
    out: dict = {}
    thread = threading.Thread(
        target=lambda: out.setdefault(
            "result",
            conversation.run('execution.setVariable("lost", Stuck.nap(30))', limits=GENEROUS),
        )
    )
    thread.start()
    while not pool._live or pool._idle:
        time.sleep(0.01)
    time.sleep(0.3)
    for child in multiprocessing.active_children():
        os.kill(child.pid, signal.SIGKILL)  # the OS (or an operator) ends the worker
    thread.join(30)
    result = out["result"]
    assert result.error is not None and result.error.type == "LimitExceeded"
    assert result.error.limit == "process"  # type: ignore[attr-defined]
    assert "worker process" in result.error.message
    assert conversation.state()["variables"] == {"kept": 1}
    assert rt.conversation("c-next").run('execution.setVariable("ok", 1)').error is None
    for child in multiprocessing.active_children():
        os.kill(child.pid, signal.SIGKILL)  # an idle worker dies between runs
        child.join(5)
    assert rt.conversation("c-next").run('execution.setVariable("ok", 2)').error is None


@row("R18")
def test_R18_cpu_allowance_is_per_run_not_per_worker_life() -> None:
    rt = Runtime(isolation="process", workers=1, allow=_extension())
    try:
        pool = rt.pool
        assert pool is not None
        pool.cpu_seconds = 1  # every run may use 1-2 CPU seconds, whatever ran before it
        tenant_a = rt.conversation("tenant-a")
        for _ in range(2):  # 1.2 CPU s in one worker: more than one run's allowance
            a = tenant_a.run('execution.setVariable("a", Stuck.burn(0.6))', limits=GENEROUS)
            assert a.error is None, a.error
        b = rt.conversation("tenant-b").run(
            'execution.setVariable("b", Stuck.burn(0.6))', limits=GENEROUS
        )
        assert b.error is None, b.error
        assert b.variables == {"b": "burnt"}
        assert pool.restarts == 0
    finally:
        rt.close()


@row("R18")
def test_R18_a_worker_that_kept_memory_is_retired_after_its_run(rt: Runtime) -> None:
    pool = rt.pool
    assert pool is not None
    first = rt.conversation("tenant-a").run("Stuck.keep(200)", limits=GENEROUS)
    assert first.error is None
    assert pool.restarts == 1  # the next run gets a fresh worker and its full address space
    again = rt.conversation("tenant-b").run("Stuck.keep(200)", limits=GENEROUS)
    assert again.error is None and again.value == 1  # nothing of tenant A's 200 MB is left


LIBRARY = 'def greet(n) { "hello " + n }'
PROBE = """
println greet("lib")
println new Random().nextInt(1000000)
println new Date().format("yyyy-MM-dd HH:mm")
println TimeZone.getDefault().getID()
println Stuck.nap(0)
customMetricService.upsertMetric("m", "1")
"""


@row("R18")
def test_R18_every_run_option_reaches_the_worker(rt: Runtime) -> None:
    local = Runtime(allow=_extension())
    options = dict(
        now="2020-01-02T03:04:00",
        zone="Europe/Paris",
        seed=42,
        faults={"customMetricService.upsertMetric": "IllegalStateException"},
    )
    results = []
    for runtime in (rt, local):
        runtime.register_library("greeting", LIBRARY)
        script = runtime.compile(PROBE, "probe.groovy", libraries=["greeting"])
        results.append(runtime.conversation("c-opts").run(script, **options))
    isolated, in_process = results
    assert isolated.to_dict() == in_process.to_dict()
    lines = isolated.stdout.splitlines()
    assert lines[0] == "hello lib" and lines[2:] == ["2020-01-02 03:04", "Europe/Paris", "rested"]
    assert isolated.error is not None and isolated.error.type == "IllegalStateException"
    assert isolated.error.line == 7 and isolated.error.file == "probe.groovy"


@row("R18")
def test_R18_a_worker_holds_no_other_workers_pipe_ends(rt: Runtime) -> None:
    """A fork copies every descriptor: a worker that kept the host's end of an earlier worker's
    pipe hid that pipe's close, so the earlier worker, let go, never left on its own (it was
    killed after a timeout), and a stuck worker's kill waited out its join. Both workers must
    leave on their own when the pool closes."""
    pool = rt.pool
    assert pool is not None
    barrier = threading.Barrier(2)

    def run() -> None:
        barrier.wait()
        rt.conversation(f"c-{threading.get_ident()}").run(
            'execution.setVariable("r", Stuck.nap(0.3))', limits=GENEROUS
        )

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    workers = list(pool._idle)
    assert len(workers) == 2
    processes = [worker.process for worker in workers]
    rt.close()
    assert [process.exitcode for process in processes] == [0, 0]


_FIRST_RUN = r"""
import json, sys
sys.path.insert(0, {root!r})
from convoscript import Limits, Runtime
rt = Runtime(isolation={isolation!r})
result = rt.conversation("first").run('"y" * 3', limits=Limits(max_seconds=0.05))
print(json.dumps([result.error and result.error.type, result.cost["seconds"]]))
rt.close()
"""


@row("R18")
@pytest.mark.parametrize("isolation", ["thread", "process"])
def test_R18_loading_the_library_is_not_charged_to_the_first_run(isolation: str) -> None:
    """Binding the library's signature lines takes a tenth of a second once per process; it
    happened inside the first run that touched a class, on that run's clock, so the first run of
    a fresh process (or worker) could hit a short time limit that every later run met."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    code = _FIRST_RUN.format(root=root, isolation=isolation)
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    error, seconds = json.loads(proc.stdout.strip().splitlines()[-1])
    assert error is None and seconds < 0.05
