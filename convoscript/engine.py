"""The embedding API: Runtime, Script, Conversation, RunResult.

This module (with `cli.py`) wires the layers together: the compiler makes a `Script`, a
`Conversation` loads its state from the store, a run gets a fresh `Frame` with handles bound to
that state and its own budget, and the result is committed back as plain data.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from types import TracebackType

from .compiler import CompileCache, CompiledScript, pseudo_filename
from .compiler.libraries import Library, order
from .runtime.extensions import AllowListExtension
from .errors import ConvoscriptError, LimitExceeded, ScriptError, SecurityViolation
from .runtime import budget as budget_mod
from .runtime import runcontext
from .runtime.runcontext import RunContext
from .runtime.boundary import from_plain, to_plain
from .runtime.budget import Budget, Limits
from .runtime.exceptions import BudgetExceeded, GroovyThrowable, SecurityRefused
from .runtime.frame import Frame
from .services.execution import Execution
from .services.log import Log
from .services.metrics import CustomMetricService
from .services.state import RunState, normalise_conversation
from .services.transient import TransientVariableService
from .store.memory import MemoryStore

# Python frames per Groovy call level (helper, closure call, body): keep CPython's own limit
# above what the depth budget allows, so the budget, not CPython, ends deep recursion.
_PY_FRAMES_PER_LEVEL = 8


@dataclass(frozen=True)
class Script:
    """A compiled script: immutable, cached, shareable between threads and conversations."""

    compiled: CompiledScript

    @property
    def filename(self) -> str:
        return self.compiled.filename


@dataclass
class RunResult:
    """What one run did: the state after it, its log and output, its error, its cost."""

    conversation_id: str
    variables: dict
    transient: dict
    metrics: dict
    log: list[dict]
    stdout: str
    error: ConvoscriptError | None
    value: object = None
    cost: dict = field(default_factory=dict)
    messages: list = field(default_factory=list)  # integration messages sent (JSON strings)
    conversation: dict = field(default_factory=dict)  # user, entities, ... after the run

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict:
        """The CLI's `--json` shape."""
        return {
            "variables": self.variables,
            "transient": self.transient,
            "metrics": self.metrics,
            "log": self.log,
            "messages": self.messages,
            "stdout": self.stdout,
            "error": None if self.error is None else self.error.to_dict(),
        }


class Runtime:
    """Compiles scripts and runs them on conversations kept in a store."""

    def __init__(self, store: MemoryStore | None = None, limits: Limits | None = None,
                 cache_size: int = 256, isolation: str = "thread", workers: int | None = None,
                 allow: AllowListExtension | None = None):
        """`isolation="process"` runs scripts in worker processes with OS limits (defence in
        depth; slower); the default runs them in this process. `allow` adds the embedder's
        allow-list entries (it can never open the permanently denied set)."""
        self.allow = allow
        if isolation not in ("thread", "process"):
            raise ValueError("isolation must be 'thread' or 'process'")
        self.store = store if store is not None else MemoryStore()
        self.limits = limits or Limits()
        self.cache = CompileCache(cache_size)
        self.libraries: dict[str, Library] = {}
        self.pool = None
        if isolation == "process":
            from .isolation import ProcessPool

            self.pool = ProcessPool(workers)

    def close(self) -> None:
        """Stop the worker processes (process isolation only)."""
        if self.pool is not None:
            self.pool.close()

    def compile(self, source: str, filename: str = "script.groovy",
                libraries: list[str] | tuple[str, ...] = ()) -> Script:
        """Parse and compile (cached). `libraries` names registered script libraries whose
        functions and classes the script uses. Raises FlowSyntaxError or SecurityViolation."""
        needed = tuple(order(self.libraries, list(libraries))) if libraries else ()
        return Script(self.cache.get(source, filename, needed))

    def register_library(self, name: str, source: str, filename: str | None = None,
                         imports: list[str] | tuple[str, ...] = ()) -> None:
        """A named Groovy script library (Amelia's "Script Library"); it may import others."""
        self.libraries[name] = Library(name, source, filename or f"{name}.groovy",
                                       tuple(imports))

    def conversation(self, conversation_id: str, state: dict | None = None) -> Conversation:
        """A handle on one conversation; `state` (plain data) replaces what the store holds."""
        conv = Conversation(self, conversation_id)
        if state is not None:
            conv.replace_state(state)
        return conv


class Conversation:
    """One conversation's state in the runtime's store; runs on it never interleave."""

    def __init__(self, runtime: Runtime, conversation_id: str):
        self.runtime = runtime
        self.id = conversation_id

    def replace_state(self, state: dict, base_dir: str | None = None) -> None:
        """Store `state` (plain data; see docs/state.md). Relative CSV table paths are read
        from `base_dir` (default: the working directory)."""
        plain = {
            "variables": dict(state.get("variables") or {}),
            "transient": dict(state.get("transient") or {}),
            "metrics": {str(k): str(v) for k, v in (state.get("metrics") or {}).items()},
            **normalise_conversation(state, base_dir),
        }
        self.runtime.store.save(self.id, plain)

    def state(self) -> dict:
        return self.runtime.store.load(self.id) or {"variables": {}, "transient": {},
                                                    "metrics": {}}

    def run(self, script: Script | str, limits: Limits | None = None,
            now: str | None = None, zone: str | None = None, seed: int | None = None,
            faults: dict[str, str] | None = None) -> RunResult:
        """Run a script (or source text) on this conversation and commit its effects.

        `now` (ISO-8601), `zone` (an IANA time zone) and `seed` fix the run's clock, default
        time zone and random numbers, for reproducible runs and tests. `faults` makes service
        calls fail: {"customMetricService.upsertMetric": "IllegalStateException"}."""
        if isinstance(script, str):
            script = self.runtime.compile(script)
        limits = limits or self.runtime.limits
        if self.runtime.pool is not None:
            return self._run_in_process(script, limits)
        with self.runtime.store.lock(self.id):
            plain = self.state()
            state = RunState(
                self.id,
                variables=from_plain(plain.get("variables", {})),  # type: ignore[arg-type]
                transient=from_plain(plain.get("transient", {})),  # type: ignore[arg-type]
                metrics=dict(plain.get("metrics", {})),
            )
            state.load_conversation(plain)
            result = execute(script.compiled, state, limits,
                             runcontext.make_context(now, zone, seed, self.runtime.allow),
                             faults)
            if not isinstance(result.error, InternalError):
                self.runtime.store.save(self.id, {"variables": result.variables,
                                                  "transient": result.transient,
                                                  "metrics": result.metrics,
                                                  **result.conversation})
            return result


    def _run_in_process(self, script: Script, limits: Limits) -> RunResult:
        from .isolation import error_from_dict

        with self.runtime.store.lock(self.id):
            plain = self.state()
            out = self.runtime.pool.run(script.compiled.source,  # type: ignore[union-attr]
                                        script.compiled.filename, self.id, plain, limits)
            if out.get("worker_died") or "compile_error" in out:
                error = error_from_dict(out["compile_error"]) if "compile_error" in out else \
                    LimitExceeded("process", None, "The worker process running the script was "
                                  "ended by an operating-system limit (CPU seconds or address "
                                  "space)", file=script.filename)
                return RunResult(self.id, plain["variables"], plain["transient"],
                                 plain["metrics"], [], "", error)
            error = error_from_dict(out["error"]) if out["error"] is not None else None
            result = RunResult(self.id, out["variables"], out["transient"], out["metrics"],
                               out["log"], out["stdout"], error, out["value"], out["cost"],
                               out.get("messages", []), out.get("conversation", {}))
            if not isinstance(result.error, InternalError):
                self.runtime.store.save(self.id, {"variables": result.variables,
                                                  "transient": result.transient,
                                                  "metrics": result.metrics,
                                                  **result.conversation})
            return result


class InternalError(ConvoscriptError):
    """A bug in convoscript itself (never the script's fault); the conversation is untouched."""

    type = "InternalError"


def bind_handles(state: RunState, faults: dict[str, str] | None = None) -> dict:
    """The service handles of one run, bound to its state. `faults` maps
    "handleName.method" to a Java exception class the call raises instead (for tests)."""
    handles = {
        "execution": Execution(state),
        "log": Log(state),
        "transientVariableService": TransientVariableService(state),
        "customMetricService": CustomMetricService(state),
    }
    for key, exception in (faults or {}).items():
        handle_name, _, method = key.partition(".")
        handle = handles.get(handle_name)
        if handle is None or not method:
            raise ValueError(f"unknown service method for a fault: {key}")
        handle.faults = {**handle.faults, method: exception}
    return handles


def execute(compiled: CompiledScript, state: RunState, limits: Limits,
            context: RunContext | None = None, faults: dict[str, str] | None = None
            ) -> RunResult:
    """Run a compiled script on a RunState within `limits`; never raises for script faults.
    `context` fixes the run's clock, time zone and random seed (default: now, UTC, unseeded)."""
    budget = Budget(limits)
    token = budget_mod.activate(budget)
    context_token = runcontext.activate(context or runcontext.make_context())
    _ensure_python_stack(limits.max_depth)
    error: ConvoscriptError | None = None
    value = None
    try:
        frame = Frame(compiled.code, compiled.constants, compiled.methods,
                      bind_handles(state, faults),
                      state.stdout, budget, compiled.classes)
        value = frame.run()
    except BaseException as exc:
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        error = translate_error(exc, compiled)
    finally:
        runcontext.deactivate(context_token)
        budget_mod.deactivate(token)
    try:
        plain_value = to_plain(value)
        result = RunResult(
            conversation_id=state.conversation_id,
            variables=to_plain(state.variables),  # type: ignore[arg-type]
            transient=to_plain(state.transient),  # type: ignore[arg-type]
            metrics=dict(state.metrics),
            messages=list(state.messages),
            conversation=state.conversation_data(),
            log=list(state.log),
            stdout="".join(state.stdout),
            error=error,
            value=plain_value,
            cost={"steps": budget.steps, "seconds": budget.elapsed(),
                  "peak_depth": budget.peak_depth, "output_bytes": budget.output_bytes,
                  "log_entries": budget.log_entries, "peak_string": budget.peak_string,
                  "peak_collection": budget.peak_collection},
        )
    except BudgetExceeded as exc:  # a string too big to convert, say
        raise LimitExceeded(exc.kind, exc.limit, exc.message, file=compiled.filename) from None
    return result


def _ensure_python_stack(max_depth: int) -> None:
    needed = max_depth * _PY_FRAMES_PER_LEVEL + 200
    if sys.getrecursionlimit() < needed:
        sys.setrecursionlimit(needed)


# ---- errors --------------------------------------------------------------------------------
def script_position(tb: TracebackType | None, filename: str) -> tuple[int | None, list]:
    """The innermost script line in a traceback, and the Groovy-style trace of script calls."""
    line = None
    trace: list[tuple[str, int]] = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == filename:
            line = tb.tb_lineno
            trace.append((_groovy_frame_name(code.co_name), tb.tb_lineno))
        tb = tb.tb_next
    trace.reverse()
    return line, trace


def _groovy_frame_name(pyname: str) -> str:
    if pyname == "s_main":
        return "run"
    if pyname.startswith("m_"):
        return pyname[2:].split("_")[0] if "_" in pyname[2:] else pyname[2:]
    if pyname.startswith("c_"):
        return "closure" + pyname[2:]
    return pyname


def translate_error(exc: BaseException, compiled: CompiledScript) -> ConvoscriptError:
    filename = pseudo_filename(compiled.filename)
    raw_line, raw_trace = script_position(exc.__traceback__, filename)
    if isinstance(exc, GroovyThrowable) and exc.groovy_line:
        raw_line = exc.groovy_line
    # with libraries, lines of the joined source map back to their own files
    file, line = compiled.locate(raw_line)
    trace = [(name, compiled.locate(at)[1] or at) for name, at in raw_trace]
    if isinstance(exc, GroovyThrowable):
        return ScriptError(exc.java_class, exc.message, file=file, line=line, trace=trace)
    if isinstance(exc, BudgetExceeded):
        return LimitExceeded(exc.kind, exc.limit, exc.message, file=file, line=line)
    if isinstance(exc, SecurityRefused):
        return SecurityViolation(exc.signature, exc.message, file=file, line=line)
    if isinstance(exc, RecursionError):
        return LimitExceeded("recursion", sys.getrecursionlimit(),
                             "Recursion limit exceeded", file=file, line=line)
    if isinstance(exc, MemoryError):
        return LimitExceeded("memory", None, "Out of memory", file=file, line=line)
    return InternalError(f"internal error: {type(exc).__name__}: {exc}", file=file, line=line)


__all__ = ["Conversation", "InternalError", "Limits", "RunResult", "Runtime", "Script"]
