"""run_timed: a regex operation bounded on the wall clock, whatever its CPU share."""

from __future__ import annotations

import time

import pytest

from convoscript.runtime.core.regextime import INLINE_SLICE, run_timed


def test_a_fast_operation_runs_in_line() -> None:
    calls = []

    def op(cpu: float, concurrent: bool) -> str:
        calls.append((cpu, concurrent))
        return "ok"

    assert run_timed(op, 1.0) == "ok"
    assert calls == [(INLINE_SLICE, False)]


def test_a_slow_operation_moves_to_a_worker_with_the_gil_released() -> None:
    calls = []

    def op(cpu: float, concurrent: bool) -> str:
        calls.append(concurrent)
        if not concurrent:
            raise TimeoutError  # its CPU slice ran out
        return "done"

    assert run_timed(op, 1.0) == "done"
    assert calls == [False, True]


def test_the_wall_clock_ends_the_wait_even_when_the_worker_uses_no_cpu() -> None:
    def op(cpu: float, concurrent: bool) -> str:
        if not concurrent:
            raise TimeoutError
        time.sleep(2.0)  # off the CPU: a CPU-time timeout would never fire
        return "late"

    start = time.perf_counter()
    with pytest.raises(TimeoutError):
        run_timed(op, 0.2)
    assert time.perf_counter() - start < 1.0


def test_errors_in_the_worker_reach_the_caller() -> None:
    def op(cpu: float, concurrent: bool) -> str:
        if not concurrent:
            raise TimeoutError
        raise ValueError("bad pattern")

    with pytest.raises(ValueError, match="bad pattern"):
        run_timed(op, 1.0)


def test_a_tiny_timeout_runs_in_line_with_that_timeout() -> None:
    seen = []
    run_timed(lambda cpu, concurrent: seen.append((cpu, concurrent)), INLINE_SLICE / 2)
    assert seen == [(INLINE_SLICE / 2, False)]
