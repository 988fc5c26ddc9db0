"""Shared pieces of the benchmarks: the documented example written by hand, and timing."""

from __future__ import annotations

import time


def hand_written(transient: dict, metrics: dict) -> None:
    """What the documented example does, as a Python author would write it against dicts."""
    trained_perf = transient.get("trained_performance")
    metrics["trained_performance"] = "null" if trained_perf is None else str(trained_perf)


def timed(fn, repeat: int) -> float:
    """Seconds per call in the fastest of `repeat` batches of calls: on a shared machine the
    fastest batch is the one least disturbed by other load (a median drifts with it)."""
    batch = 200
    for _ in range(batch):  # warm up
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - start) / batch)
    return min(samples)


def executor():
    """`execute(compiled, state, limits)` with the built-in handles, in whichever convoscript is
    imported: the executor left engine.py for runtime/run/execute.py (issue 9), and a baseline
    tree may be older."""
    try:
        from convoscript.runtime.run.execute import execute
        from convoscript.services.binding import bind_handles
    except ImportError:
        from convoscript.engine import execute as engine_execute

        return engine_execute
    return lambda compiled, state, limits: execute(compiled, state, limits, bind_handles)
