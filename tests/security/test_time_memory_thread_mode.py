"""Time and memory in thread mode (issue 11, item 7; rows R48–R50 of docs/threat-coverage.md).

A run used to read the clock only every 1,024 steps, so a call that takes long and charges few
steps — an embedder's service or extension method — ran on far past the deadline: ten calls to
a slow service stretched a 1 s limit to 5.5 s. Memory no size limit counts (many large values
held at once) grew without bound: a padLeft loop reached 1.5 GB of RSS. Now the clock is read
before and after every service call, services can ask how long they may take
(`remaining_seconds()`), a watchdog thread wakes any run past its deadline so that its next
step ends it, and the same thread stops a run that grows the process's resident memory by more
than `max_rss_growth` (best effort: docs/sandbox.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from sandbox_harness import TIME_SLACK, row

from convoscript import Limits, Runtime
from convoscript.runtime.door.extensions import AllowListExtension
from convoscript.runtime.run import watchdog
from convoscript.services.base import ServiceHandle, script_method

SLOW_CALL = 0.2  # seconds one slow call takes
LIMITS = Limits(max_seconds=0.5)


class SlowService(ServiceHandle):
    """An embedder's service that takes SLOW_CALL seconds per call, whatever the deadline."""

    handle_type, java_class, binding_name = "SlowService", "com.example.SlowService", "slow"

    def __init__(self, state) -> None:
        self.state = state
        self.seen: list[float] = []

    @script_method()
    def fetch(self) -> str:
        time.sleep(SLOW_CALL)
        return "ok"

    @script_method()
    def polite(self) -> str:
        """A service that honours its deadline: it waits no longer than the run may."""
        left = self.remaining_seconds()
        self.seen.append(left)
        time.sleep(min(SLOW_CALL, left))
        return "ok"


def _timed_run(rt: Runtime, source: str, limits: Limits = LIMITS):
    script = rt.compile(source, "slow.groovy")
    started = time.perf_counter()
    result = rt.conversation("c-slow").run(script, limits=limits)
    return result, time.perf_counter() - started


@row("R49")
def test_R49_ten_calls_to_a_slow_service_end_right_after_the_deadline() -> None:
    rt = Runtime(services={"slow": SlowService})
    result, took = _timed_run(rt, "10.times { slow.fetch() }\nprintln 'finished'")
    assert result.error is not None and result.error.type == "LimitExceeded", result.error
    assert result.error.limit == "time"
    assert result.stdout == ""
    # the call that crosses the deadline finishes (nothing can interrupt it); none starts after
    assert took < LIMITS.max_seconds + SLOW_CALL + TIME_SLACK, took


@row("R49")
def test_R49_a_service_is_handed_the_time_it_may_take() -> None:
    handles: list[SlowService] = []

    def make(state) -> SlowService:
        handles.append(SlowService(state))
        return handles[-1]

    rt = Runtime(services={"slow": make})
    result, took = _timed_run(rt, "10.times { slow.polite() }")
    assert result.error is not None and result.error.limit == "time", result.error
    assert took < LIMITS.max_seconds + TIME_SLACK, took  # it waited only for what was left
    seen = handles[0].seen
    assert seen[0] <= LIMITS.max_seconds and seen == sorted(seen, reverse=True)


@row("R48")
def test_R48_a_slow_builtin_ends_the_run_at_its_return_not_1024_steps_later() -> None:
    """An embedder's extension method (a builtin to the door) that sleeps: the watchdog wakes
    the run once its deadline passes, and its next step — right after the call — ends it."""
    ext = AllowListExtension()
    ext.method("String", "slowly", lambda s: time.sleep(SLOW_CALL) or s)
    rt = Runtime(allow=ext)
    result, took = _timed_run(rt, "10.times { 'x'.slowly() }\nprintln 'finished'")
    assert result.error is not None and result.error.limit == "time", result.error
    assert result.stdout == ""
    assert took < LIMITS.max_seconds + SLOW_CALL + TIME_SLACK, took


@row("R50")
def test_R50_memory_no_size_limit_counts_is_stopped_by_the_rss_watchdog() -> None:
    """A thousand strings of 900,000 characters, each within every size limit, held at once
    (the padLeft loop that reached 1.5 GB): stopped once the process grew by max_rss_growth."""
    # steps unbounded: the door charges padLeft by its length, which would end it first
    limits = Limits(max_seconds=10, max_steps=10**12, max_rss_growth=64 * 2**20)
    source = "def held = []\n1000.times { held << 'x'.padLeft(900000) + it }\nprintln held.size()"
    before = watchdog.resident_bytes()
    result, _ = _timed_run(Runtime(), source, limits)
    assert result.error is not None and result.error.type == "LimitExceeded", result.error
    assert result.error.limit == "memory"
    assert "grew by more than 67108864 bytes" in result.error.message
    assert result.stdout == ""
    assert watchdog.resident_bytes() - before < 600 * 2**20  # not the 900 MB the loop wants


@row("R50")
def test_R50_ordinary_runs_are_not_stopped_by_the_watchdog() -> None:
    limits = Limits(max_rss_growth=64 * 2**20)
    result, _ = _timed_run(
        Runtime(), "def l = (1..10000).collect { it * 2 }\nprintln l.sum()", limits
    )
    assert result.error is None and result.stdout == "100010000\n"


@row("R50")
def test_R50_a_setvariable_flood_is_bounded_by_max_state_bytes() -> None:
    """The `execution.setVariable` flood that printed a 100 MB result document: the result now
    stays within max_state_bytes (variables that did not fit keep their earlier values)."""
    rt = Runtime()
    source = 'def big = "x" * 900000\n10000.times { execution.setVariable("v" + it, big) }'
    result = rt.conversation("c-flood").run(source)
    assert result.error is not None and result.error.limit == "memory"
    assert len(json.dumps(result.variables)) <= Limits().max_state_bytes


@row("R48")
def test_R48_what_a_service_call_builds_is_charged_by_its_size() -> None:
    """`execution.getVariablesAsMap()` copies every process variable: 10,000 of them per call
    used to cost one step, so a loop of copies ran until the clock stopped it."""
    state = {"variables": {f"v{i}": i for i in range(10_000)}}
    source = "def n = 0\nwhile (true) { n += execution.getVariablesAsMap().size() }"
    limits = Limits(max_steps=50_000, max_seconds=5)
    result = Runtime().conversation("c-copies", state).run(source, limits=limits)
    assert result.error is not None and result.error.limit == "steps", result.error
    assert result.cost["seconds"] < 1, result.cost


@row("R50")
def test_R50_the_watchdog_thread_does_not_make_process_workers_retire() -> None:
    """A worker retires when it grew more than 64 MiB during a run; the watchdog's thread
    (its stack, its malloc arena) is started before the worker measures its size, so it does
    not count as a run's growth and workers are not replaced after every run."""
    rt = Runtime(isolation="process", workers=1)
    try:
        for i in range(4):
            result = rt.conversation(f"c-w{i}").run("println((1..1000).sum())")
            assert result.error is None and result.stdout == "500500\n"
        assert rt.pool.restarts == 0
    finally:
        rt.close()


@row("R48")
def test_R48_binding_the_library_is_not_the_first_runs_time() -> None:
    """The library binds its allow-list once per process (about 0.3 s), on first use: before
    the first run's clock starts, since the watchdog enforces deadlines to the step (a fresh
    process, so that the library is not loaded yet)."""
    code = (
        "from convoscript import Limits, Runtime\n"
        "r = Runtime(limits=Limits(max_seconds=0.1)).conversation('c').run('println([1] * 3)')\n"
        "print(r.error.to_dict() if r.error else r.stdout.strip())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "[1, 1, 1]", out.stdout + out.stderr


def test_the_watchdog_looks_rarely_at_short_runs_and_often_at_long_ones() -> None:
    # each look takes the GIL from the running thread; short runs that follow one another must
    # not wake it every INTERVAL (it cost the seed workload 25-30% of its time), while a run
    # that has gone on for SETTLE is looked at every INTERVAL (its deadline and memory)
    runtime = Runtime()
    conversation = runtime.conversation("pace")
    script = runtime.compile("def x = 1")
    conversation.run(script)
    dog = watchdog._watchdog
    start, wakes = time.perf_counter(), dog.wakes
    while time.perf_counter() - start < 0.5:
        conversation.run(script)
    short = dog.wakes - wakes
    assert short <= 0.5 / watchdog.SETTLE + 3, short  # every SETTLE at most, not every INTERVAL
    long_run = runtime.compile("long n = 0\nwhile (true) { n++ }")
    wakes = dog.wakes
    result = conversation.run(long_run, limits=Limits(max_seconds=0.5, max_steps=10**12))
    assert result.error is not None and result.error.limit == "time"
    assert dog.wakes - wakes >= (0.5 - 2 * watchdog.SETTLE) / watchdog.INTERVAL / 4
