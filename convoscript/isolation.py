"""Process isolation: run scripts in a pool of worker processes with OS limits.

Defence in depth for `Runtime(isolation="process")`, the recommended mode for untrusted
authors: even a bug in the sandbox cannot take the host process down or let one run starve the
next. Three backstops, all per RUN rather than per worker life:

- CPU: before each run the worker re-arms its `RLIMIT_CPU` soft limit to the CPU it has used so
  far plus the run's allowance, so one tenant's earlier work never counts against another's run
  (the kernel ends the worker with SIGXCPU). The hard limit is a ceiling over the worker's life;
  a worker that could not grant the next run a full allowance under it is retired and replaced.
- Address space: the hard `RLIMIT_AS` is the worker's size when it started plus the allowance;
  before each run the soft limit is re-armed to the size at the run's start plus the allowance,
  and a worker that grew more than `MEMORY_SLACK` over its starting size is retired after the run.
- Wall clock: the host waits for a run only until its deadline (`max_seconds`) plus `grace`; a
  stuck worker (a call that never returns) is killed and replaced alone, without touching the
  other workers or the runs they serve.

`run()` never raises for a script fault or a dead worker: it reports `LimitExceeded` and the
conversation is left as it was. Only plain data crosses the process boundary: the script
source, its libraries, the state, the limits and the run options in; the result's fields out.
Workers are forked from the host, so an embedder's allow-list extension (which holds Python
functions) is inherited as it was when the worker started.

A layer under the embedding API (engine makes the pool): the worker compiles and runs with the
compiler and the executor directly, never through engine.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import resource
import threading
from dataclasses import asdict
from multiprocessing.connection import Connection

import convoscript.lib  # noqa: F401 - registers the library into the door before a worker's run
from convoscript import observe
from convoscript.compiler import CompileCache
from convoscript.compiler.libraries import Library
from convoscript.errors import (
    CompileLimitExceeded,
    ConvoscriptError,
    FlowSyntaxError,
    InternalError,
    LimitExceeded,
    ScriptError,
    SecurityViolation,
    TraceFrame,
)
from convoscript.grammar.budget import DEFAULT_LIMITS, CompileLimits
from convoscript.runtime.core.regexcache import RegexCache
from convoscript.runtime.door.allowlist import ensure_library_loaded
from convoscript.runtime.model import runcontext
from convoscript.runtime.model.budget import Limits
from convoscript.runtime.model.pythonlimits import fit_recursion_limit
from convoscript.runtime.run import watchdog
from convoscript.runtime.run.execute import execute
from convoscript.services.binding import bind_handles
from convoscript.services.state import load_run_state, plain_state

DEFAULT_WORKER_MEMORY = 1024 * 1024 * 1024  # bytes of address space one run may add
DEFAULT_WORKER_CPU_SECONDS = 60  # CPU seconds one run may use before the OS ends the worker
DEFAULT_WORKER_CPU_LIFE = 3600  # CPU seconds over a worker's life (the hard limit)
DEFAULT_GRACE = 1.0  # seconds past a run's deadline before its worker is killed
MEMORY_SLACK = 64 * 1024 * 1024  # growth over its starting size after which a worker retires
_LONGEST_WAIT = 2_000_000.0  # seconds; epoll takes no longer timeout (longer: wait unbounded)

# fork: a worker starts in milliseconds with the library loaded, and inherits the embedder's
# allow-list extension (Python functions, which could not be pickled)
_FORK = multiprocessing.get_context("fork")
_COMPILED = CompileCache()  # a worker's compiled scripts (each worker process has its own)
_REGEXES = RegexCache()  # a worker's compiled regexes (its pool serves one Runtime)

# A fork copies every open descriptor. Two forks racing (two runs starting workers at once) let
# one worker inherit the other's child-side pipe ends, so the host never sees that worker's end
# (its join waits out its timeout); and every worker inherits the host ends of the workers
# before it, so a worker the host lets go never sees its pipe close. Forks therefore happen one
# at a time, and each new worker closes the host ends it inherited (listed under the same lock).
_SPAWN = threading.Lock()
_HOST_ENDS: set[int] = set()  # descriptors of the host's ends of the live workers' pipes


# ---- the worker process ---------------------------------------------------------------------


def _address_space() -> int:
    """This process's address space in bytes (VmSize), what RLIMIT_AS limits."""
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _cpu_used() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _arm(cpu_seconds: int, memory: int) -> None:
    """Give the coming run its own allowance: CPU and address space from where the worker is now
    (never above the hard limits set when the worker started)."""
    cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    resource.setrlimit(
        resource.RLIMIT_CPU, (min(cpu_hard, math.ceil(_cpu_used()) + cpu_seconds), cpu_hard)
    )
    as_hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    resource.setrlimit(resource.RLIMIT_AS, (min(as_hard, _address_space() + memory), as_hard))


def _worker_main(
    conn: Connection,
    memory: int,
    cpu_seconds: int,
    cpu_life: int,
    extension: object,
    inherited: frozenset[int] = frozenset(),
) -> None:
    """A worker's life: set the hard limits, then serve runs until the host closes the pipe or
    the worker must retire (it could not give the next run a full allowance)."""
    for fd in inherited:  # the host's pipe ends: holding one would hide that pipe's close
        try:
            os.close(fd)
        except OSError:
            pass
    watchdog.start()  # its thread is part of the worker's starting size, not of a run's growth
    start = _address_space()
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU must not write core files
    resource.setrlimit(resource.RLIMIT_AS, (start + memory, start + memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_life, cpu_life))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        _arm(job["cpu_seconds"], job["memory"])
        out = _run_job(job, extension)
        out["retire"] = (
            math.ceil(_cpu_used()) + cpu_seconds > cpu_life
            or _address_space() > start + MEMORY_SLACK
            or bool(out.pop("tainted", False))
        )
        conn.send(out)
        if out["retire"]:
            return


def _run_job(job: dict, extension: object) -> dict:
    """One run in the worker: compile (cached per worker), run, return plain data."""
    try:
        libraries = tuple(Library(*lib) for lib in job["libraries"])
        # the host's compile budget: a worker serves one Runtime's pool
        _COMPILED.limits = CompileLimits(**job["compile_limits"])
        try:
            compiled = _COMPILED.get(job["source"], job["filename"], libraries)
        except (FlowSyntaxError, SecurityViolation) as exc:
            return {"compile_error": _error_dict(exc)}
        limits = Limits(**job["limits"])
        fit_recursion_limit(limits.max_depth)  # this process's own, see runtime.model.pythonlimits
        plain = plain_state(job["state"])
        bind = _binder(job["faults"])
        context = runcontext.make_context(job["now"], job["zone"], job["seed"], extension, _REGEXES)
        result = execute(
            compiled,
            load_run_state(job["conversation_id"], plain),
            limits,
            bind,
            context,
            previous=plain,
        )
    except MemoryError:  # the address-space limit, hit outside the sandbox's own checks
        limit = LimitExceeded("memory", None, "The run exceeded the worker's address space")
        return {"worker_error": _error_dict(limit), "tainted": True}
    except Exception:  # a bug of ours: no traceback crosses to the host
        bug = InternalError("internal error in the worker process", file=job.get("filename"))
        return {"worker_error": _error_dict(bug), "tainted": True}
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


def _binder(faults: dict | None):
    def bind(state, variables=None):
        return bind_handles(state, variables, faults=faults)

    return bind


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
            trace=[TraceFrame(*t) for t in data.get("trace", [])],
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
    if kind == "CompileLimitExceeded":
        return CompileLimitExceeded(
            data["message"],
            file=data["file"],
            line=data["line"],
            column=data["column"],
            source_line=data.get("source_line", ""),
            limit=data["limit"],
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


# ---- the host side ----------------------------------------------------------------------------


class _Worker:
    """One worker process and the host's end of its pipe."""

    def __init__(self, pool: ProcessPool):
        with _SPAWN:  # see _SPAWN: no other fork while this one's child ends are open here
            self.conn, child = _FORK.Pipe()
            self.process = _FORK.Process(
                target=_worker_main,
                args=(
                    child,
                    pool.memory,
                    pool.cpu_seconds,
                    pool.cpu_life,
                    pool.extension,
                    frozenset(_HOST_ENDS | {self.conn.fileno()}),  # and its own host end
                ),
                daemon=True,
            )
            try:
                self.process.start()
            finally:
                child.close()
            _HOST_ENDS.add(self.conn.fileno())

    def _close_conn(self) -> None:
        with _SPAWN:  # the number leaves the list before it can be reused
            _HOST_ENDS.discard(self.conn.fileno())
            self.conn.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self._close_conn()
        self.process.close()

    def stop(self) -> None:
        """Ask an idle worker to leave (end of its pipe), kill it if it does not."""
        self._close_conn()
        self.process.join(1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


class ProcessPool:
    """Up to `workers` sandbox worker processes, started on demand; a worker that dies, is
    stuck past a run's deadline or retires is replaced alone."""

    def __init__(
        self,
        workers: int | None = None,
        memory: int = DEFAULT_WORKER_MEMORY,
        cpu_seconds: int = DEFAULT_WORKER_CPU_SECONDS,
        *,
        extension: object = None,
        grace: float = DEFAULT_GRACE,
        cpu_life: int = DEFAULT_WORKER_CPU_LIFE,
        compile_limits: CompileLimits = DEFAULT_LIMITS,
    ):
        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        ensure_library_loaded()  # once, here: the forked workers start with it bound
        self.memory = memory
        self.cpu_seconds = cpu_seconds  # per run; read at each run
        self.cpu_life = cpu_life
        self.grace = grace
        self.extension = extension
        self.compile_limits = compile_limits
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._live = 0  # idle + busy
        self._closed = False
        self.restarts = 0  # workers replaced after dying, being killed or retiring

    # a worker's reported error (plain data) as its error class again: the engine reads it
    # here, so that it imports this module only with a pool
    error = staticmethod(error_from_dict)

    def _take(self) -> _Worker:
        while True:
            with self._cond:
                while not self._idle and self._live >= self.workers:
                    self._cond.wait()
                if not self._idle:
                    self._live += 1
                    break
                worker = self._idle.pop()
            if worker.process.is_alive():
                return worker
            # it died while idle (killed from outside, or a thread a run left behind): that
            # must not fail the next run, which takes another worker instead
            observe.worker_died("idle")
            self._give_back(worker, alive=False)
        try:
            return _Worker(self)
        except BaseException:
            with self._cond:
                self._live -= 1
                self._cond.notify()
            raise

    def _give_back(self, worker: _Worker, alive: bool) -> None:
        if not alive:
            worker.kill()  # outside the lock: other runs go on meanwhile
        with self._cond:
            if alive and not self._closed:
                self._idle.append(worker)
            else:
                self._live -= 1
                if not alive:
                    self.restarts += 1  # its replacement starts on the next run that needs one
            self._cond.notify()
        if alive and self._closed:
            worker.stop()

    def run(
        self,
        source: str,
        filename: str,
        conversation_id: str,
        state: dict,
        limits: Limits,
        *,
        libraries: tuple[Library, ...] = (),
        now: str | None = None,
        zone: str | None = None,
        seed: int | None = None,
        faults: dict[str, str] | None = None,
    ) -> dict:
        """Run in a worker. Never raises for what the script or the worker does: a worker the
        OS ended gives `{"worker_died": "limit"}`, one stuck past the deadline plus `grace`
        (then killed) `{"worker_died": "deadline"}`."""
        job = {
            "source": source,
            "filename": filename,
            "libraries": [(lib.name, lib.source, lib.filename, lib.imports) for lib in libraries],
            "conversation_id": conversation_id,
            "state": state,
            "limits": asdict(limits),
            "compile_limits": asdict(self.compile_limits),
            "now": now,
            "zone": zone,
            "seed": seed,
            "faults": faults,
            "cpu_seconds": self.cpu_seconds,
            "memory": self.memory,
        }
        worker = self._take()
        alive = False
        try:
            worker.conn.send(job)
            wait = limits.max_seconds + self.grace
            # no deadline past epoll's longest timeout (nor for inf or nan)
            if not worker.conn.poll(wait if wait < _LONGEST_WAIT else None):
                return {"worker_died": "deadline"}
            out = worker.conn.recv()
            alive = not out.pop("retire", True)
            return out
        except (EOFError, OSError):
            return {"worker_died": "limit"}
        finally:
            self._give_back(worker, alive)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._live -= len(idle)
        for worker in idle:
            worker.stop()
