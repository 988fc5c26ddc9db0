"""Process isolation: run scripts in a pool of worker processes with OS limits.

Defence in depth for `Runtime(isolation="process")`: each worker caps its address space and
CPU seconds with `resource.setrlimit`, so even a bug in the sandbox cannot take the host
process down. A worker that dies (a hard limit, a crash) is replaced and the run reports
`LimitExceeded` (`memory`) — the conversation is left as it was. Only plain data crosses the
process boundary: the script source, the state and the limits in; the result's fields out.

A layer under the embedding API (engine makes the pool): the worker compiles and runs with the
compiler and the executor directly, never through engine.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict

import convoscript.lib  # noqa: F401 - registers the library into the door before a worker's run
from convoscript.compiler import CompileCache
from convoscript.errors import (
    ConvoscriptError,
    FlowSyntaxError,
    InternalError,
    LimitExceeded,
    ScriptError,
    SecurityViolation,
)
from convoscript.runtime.model.budget import Limits
from convoscript.runtime.model.pythonlimits import fit_recursion_limit
from convoscript.runtime.run.execute import execute
from convoscript.services.binding import bind_handles
from convoscript.services.state import load_run_state, plain_state

DEFAULT_WORKER_MEMORY = 1024 * 1024 * 1024  # bytes of address space per worker
DEFAULT_WORKER_CPU_SECONDS = 60  # CPU seconds per worker before the OS ends it

_COMPILED = CompileCache()  # a worker's compiled scripts (each worker process has its own)


def _limit_worker(memory: int, cpu_seconds: int) -> None:
    """Worker initialiser: OS limits that hold even if the sandbox were bypassed."""
    import resource  # noqa: PLC0415 - POSIX only, and only in the worker process

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))


def _run_in_worker(
    source: str, filename: str, conversation_id: str, state: dict, limits: dict
) -> dict:
    """Runs in the worker: compile (cached per worker), run, return plain data."""
    try:
        compiled = _COMPILED.get(source, filename)
    except (FlowSyntaxError, SecurityViolation) as exc:
        return {"compile_error": _error_dict(exc)}
    run_limits = Limits(**limits)
    fit_recursion_limit(run_limits.max_depth)  # this process's own, see runtime.model.pythonlimits
    plain = plain_state(state)
    result = execute(
        compiled, load_run_state(conversation_id, plain), run_limits, bind_handles, previous=plain
    )
    return {
        "variables": result.variables,
        "transient": result.transient,
        "metrics": result.metrics,
        "log": result.log,
        "stdout": result.stdout,
        "value": result.value,
        "cost": result.cost,
        "messages": result.messages,
        "conversation": result.conversation,
        "error": None if result.error is None else _error_dict(result.error),
    }


def _error_dict(exc: ConvoscriptError) -> dict:
    data = dict(vars(exc))
    data["class"] = type(exc).__name__
    data["type"] = exc.type
    data.pop("args", None)
    return data


def error_from_dict(data: dict) -> ConvoscriptError:
    """Rebuild the error a worker reported (plain data) as the same error class."""
    kind = data.get("class")
    if kind == "ScriptError":
        return ScriptError(
            data["type"],
            data.get("groovy_message"),
            file=data.get("file"),
            line=data.get("line"),
            column=data.get("column"),
            trace=[tuple(t) for t in data.get("trace", [])],
        )
    if kind == "SecurityViolation":
        return SecurityViolation(
            data["signature"],
            data["message"],
            file=data.get("file"),
            line=data.get("line"),
            column=data.get("column"),
        )
    if kind == "LimitExceeded":
        return LimitExceeded(
            data["limit"],
            data.get("value"),
            data["message"],
            file=data.get("file"),
            line=data.get("line"),
            column=data.get("column"),
        )
    if kind == "FlowSyntaxError":
        return FlowSyntaxError(
            data["message"],
            file=data["file"],
            line=data["line"],
            column=data["column"],
            source_line=data.get("source_line", ""),
        )

    return InternalError(
        data.get("message", "internal error"),
        file=data.get("file"),
        line=data.get("line"),
        column=data.get("column"),
    )


class ProcessPool:
    """A pool of sandbox worker processes; replaced whole when a worker dies."""

    def __init__(
        self,
        workers: int | None = None,
        memory: int = DEFAULT_WORKER_MEMORY,
        cpu_seconds: int = DEFAULT_WORKER_CPU_SECONDS,
    ):
        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        self.memory = memory
        self.cpu_seconds = cpu_seconds
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self.restarts = 0

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    initializer=_limit_worker,
                    initargs=(self.memory, self.cpu_seconds),
                )
            return self._pool

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                self._pool = None
                self.restarts += 1
        broken.shutdown(wait=False, cancel_futures=True)

    def run(
        self, source: str, filename: str, conversation_id: str, state: dict, limits: Limits
    ) -> dict:
        """Run in a worker; a dead worker gives a `worker_died` result instead of raising."""
        pool = self._executor()
        future = pool.submit(
            _run_in_worker, source, filename, conversation_id, state, asdict(limits)
        )
        try:
            return future.result(timeout=limits.max_seconds + 30)
        except BrokenProcessPool:
            self._replace(pool)
            return {"worker_died": True}

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
