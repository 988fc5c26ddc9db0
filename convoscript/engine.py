"""The embedding API: Runtime, Script, Conversation, RunResult.

This module (with `cli.py`) wires the layers together: the compiler makes a `Script`, a
`Conversation` loads its state from the store, a run gets a fresh `Frame` with handles bound to
that state and its own budget, and the result is committed back as plain data.
"""

from __future__ import annotations

import asyncio
import functools
import sys
from collections import ChainMap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType

import convoscript.lib  # noqa: F401 - registers the library into the door before any (timed) run
from convoscript.compiler import CompileCache, is_stamped, pseudo_filename
from convoscript.compiler.artifact import CompiledScript
from convoscript.compiler.libraries import Library, order
from convoscript.errors import ConvoscriptError, LimitExceeded, ScriptError, SecurityViolation
from convoscript.runtime.door.extensions import AllowListExtension
from convoscript.runtime.model import budget as budget_mod
from convoscript.runtime.model import runcontext
from convoscript.runtime.model.budget import Budget, Limits
from convoscript.runtime.model.exceptions import BudgetExceeded, GroovyThrowable, SecurityRefused
from convoscript.runtime.model.positions import column_at
from convoscript.runtime.model.runcontext import RunContext
from convoscript.runtime.run.binding import Binding
from convoscript.runtime.run.boundary import (
    from_plain,
    plain_entries_after_failure,
    plain_node_cap,
    to_plain,
)
from convoscript.runtime.run.frame import Frame
from convoscript.services.base import ServiceHandle
from convoscript.services.registry import HANDLE_MAKERS
from convoscript.services.state import RunState, normalise_conversation
from convoscript.store import records
from convoscript.store.memory import MemoryStore

# Python frames per Groovy call level (helper, closure call, body): keep CPython's own limit
# above what the depth budget allows, so the budget, not CPython, ends deep recursion.
_PY_FRAMES_PER_LEVEL = 8

# Error messages longer than this are cut when they leave a run.
MAX_ERROR_MESSAGE = 10_000

# Python refuses int<->str conversions past 4300 digits; our own limit (max_number_digits,
# checked before numbers are built) is the bound that matters, so lift Python's.
if hasattr(sys, "set_int_max_str_digits") and 0 < sys.get_int_max_str_digits() < 1_000_000:
    sys.set_int_max_str_digits(1_000_000)


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

    def __init__(
        self,
        store: MemoryStore | None = None,
        limits: Limits | None = None,
        cache_size: int = 256,
        isolation: str = "thread",
        workers: int | None = None,
        allow: AllowListExtension | None = None,
        services: dict[str, Callable[[RunState], ServiceHandle]] | None = None,
    ):
        """`isolation="process"` runs scripts in worker processes with OS limits (defence in
        depth; slower); the default runs them in this process. `allow` adds the embedder's
        allow-list entries (it can never open the permanently denied set). `services`
        registers extra handles: name -> factory(RunState) -> ServiceHandle (only its
        `@script_method` methods are visible to scripts); in-process isolation only."""
        self.allow = allow
        if isolation not in ("thread", "process"):
            raise ValueError("isolation must be 'thread' or 'process'")
        self.store = store if store is not None else MemoryStore()
        self.limits = limits or Limits()
        self.services = _check_services(services)
        if self.services and isolation == "process":
            raise ValueError(
                "extra services need isolation='thread' (handles cannot cross to worker processes)"
            )
        self.cache = CompileCache(cache_size)
        self.libraries: dict[str, Library] = {}
        self.pool = None
        if isolation == "process":
            from convoscript.isolation import ProcessPool

            self.pool = ProcessPool(workers)

    def close(self) -> None:
        """Stop the worker processes (process isolation only)."""
        if self.pool is not None:
            self.pool.close()

    def compile(
        self,
        source: str,
        filename: str = "script.groovy",
        libraries: list[str] | tuple[str, ...] = (),
    ) -> Script:
        """Parse and compile (cached). `libraries` names registered script libraries whose
        functions and classes the script uses. Raises FlowSyntaxError or SecurityViolation."""
        needed = tuple(order(self.libraries, list(libraries))) if libraries else ()
        return Script(self.cache.get(source, filename, needed))

    def register_library(
        self,
        name: str,
        source: str,
        filename: str | None = None,
        imports: list[str] | tuple[str, ...] = (),
    ) -> None:
        """A named Groovy script library (Amelia's "Script Library"); it may import others."""
        self.libraries[name] = Library(name, source, filename or f"{name}.groovy", tuple(imports))

    def register_service(self, name: str, factory: Callable[[RunState], ServiceHandle]) -> None:
        """Add (or replace) an embedder handle `name` for runs that start from now on."""
        if self.pool is not None:
            raise ValueError("extra services need isolation='thread'")
        self.services = {**self.services, **_check_services({name: factory})}

    def conversation(
        self,
        conversation_id: str,
        state: dict | None = None,
        *,
        channel: str | None = None,
        user: dict | str | None = None,
        domain: dict | str | None = None,
    ) -> Conversation:
        """A handle on one conversation; `state` (plain data) replaces what the store holds.
        `channel` ("webchat_custui", "voice", ...), `user` ({"id", "name", "email"} or a
        name) and `domain` ({"code", "id"} or a code) are recorded with it."""
        conv = Conversation(self, conversation_id)
        if state is not None:
            conv.replace_state(state)
        if channel is not None or user is not None or domain is not None:
            conv.set_info(channel=channel, user=user, domain=domain)
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
        self._save(plain)

    def state(self) -> dict:
        return self.runtime.store.load(self.id) or {"variables": {}, "transient": {}, "metrics": {}}

    # ---- conversation records (see convoscript.store.records) ---------------------------
    def _save(self, new: dict, run: bool = False, previous: dict | None = None) -> None:
        """Save `new`, carrying over the conversation's `meta` (timestamps, channel, runs).
        `previous`: the state as loaded under the lock still held (a run passes what it
        started from, sparing the store a second full load and copy just to read `meta`)."""
        with self.runtime.store.lock(self.id):
            if previous is None:
                previous = self.runtime.store.load(self.id)
            self.runtime.store.save(self.id, records.stamp(previous, new, run=run))

    def _update(self, change: Callable[[dict], object]) -> object:
        """Load, change and save this conversation's state under its lock."""
        with self.runtime.store.lock(self.id):
            state = self.state()
            out = change(state)
            self._save(state)
            return out

    def set_info(
        self,
        *,
        channel: str | None = None,
        user: dict | str | None = None,
        domain: dict | str | None = None,
    ) -> None:
        """Record the channel (also `attributes.initialChannel`), the user (docs/state.md:
        `userId`, `username`, `firstName`, `lastName`, `email`, ...; `id` and `name` are
        accepted for `userId` and `username`; a str is a username) and the domain (`code`,
        `id`, `name`; a str is a code)."""
        if isinstance(user, str):
            user = {"username": user}
        elif user is not None:
            user = dict(user)
            for alias, key in (("id", "userId"), ("name", "username")):
                if alias in user:
                    user.setdefault(key, user.pop(alias))
        if isinstance(domain, str):
            domain = {"code": domain}

        def change(state: dict) -> None:
            if channel is not None:
                state.setdefault("meta", {})["channel"] = str(channel)
                state["attributes"] = {
                    **(state.get("attributes") or {}),
                    "initialChannel": str(channel),
                }
            if user is not None:
                state["user"] = {**(state.get("user") or {}), **dict(user)}
            if domain is not None:
                state["domain"] = {**(state.get("domain") or {}), **dict(domain)}

        self._update(change)

    def add_utterance(
        self,
        text: str,
        user_type: str = "USER",
        *,
        user_name: str | None = None,
        understood: bool | None = None,
        source: str | None = None,
        created: float | None = None,
    ) -> dict:
        """Append a transcript turn (`user_type` USER, END_USER or AMELIA); returns it."""

        def change(state: dict) -> dict:
            transcript = state.get("transcript") or []
            turn = records.utterance(
                text,
                user_type,
                user_name=user_name,
                understood=understood,
                source=source,
                created=created,
                user=state.get("user"),
                sequence_id=len(transcript) + 1,
            )
            state["transcript"] = [*(state.get("transcript") or []), turn]
            return turn

        return self._update(change)  # type: ignore[return-value]

    def set_intent(
        self,
        code: str | None,
        *,
        name: str | None = None,
        score: float | None = None,
        intent_id: str | None = None,
        action_type: str | None = None,
    ) -> None:
        """The intent the last utterance triggered (None: no intent is running)."""

        def change(state: dict) -> None:
            if code is None:
                state.pop("intent", None)
                return
            intent = {"code": str(code), "name": str(name if name is not None else code)}
            if intent_id is not None:
                intent["id"] = str(intent_id)
            if action_type is not None:
                intent["actionType"] = str(action_type)
            if score is not None:
                intent["score"] = score
            state["intent"] = intent
            state["intentHistory"] = [*(state.get("intentHistory") or []), intent]

        self._update(change)

    def set_entities(self, entities: dict | list | None) -> None:
        """The entities (slots) of the current context: {code: value or [values]} or a list
        of {"code", "value", ...} objects (None: none). Replaces the previous entities."""
        if entities is None:
            items: list = []
        elif isinstance(entities, dict):
            items = []
            for code, value in entities.items():
                for v in value if isinstance(value, list) else [value]:
                    items.append({"code": str(code), "value": v, "latest": True})
        else:
            items = [dict(e) for e in entities]
            if not all("code" in e for e in items):
                raise ValueError("every entity needs a 'code'")

        def change(state: dict) -> None:
            state["entities"] = items

        self._update(change)

    def close(self) -> dict:
        """End the conversation: clear its transient variables, stamp the finish time and
        freeze the default metrics (turn count, handle time, ...). Returns those metrics.
        Closing twice keeps the first finish time."""

        def change(state: dict) -> dict:
            meta = state.setdefault("meta", {})
            t = records.now()
            meta.setdefault("created", t)
            if not meta.get("finished"):
                meta["finished"] = t
            meta["updated"] = t
            state["transient"] = {}
            state.pop("defaultMetrics", None)
            state["defaultMetrics"] = records.default_metrics(state)
            return dict(state["defaultMetrics"])

        return self._update(change)  # type: ignore[return-value]

    @property
    def closed(self) -> bool:
        return bool((self.state().get("meta") or {}).get("finished"))

    async def arun(self, script: Script | str, **options: object) -> RunResult:
        """`run` for asyncio: the run happens in a worker thread, off the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, functools.partial(self.run, script, **options))

    def run(
        self,
        script: Script | str,
        limits: Limits | None = None,
        now: str | None = None,
        zone: str | None = None,
        seed: int | None = None,
        faults: dict[str, str] | None = None,
    ) -> RunResult:
        """Run a script (or source text) on this conversation and commit its effects.

        `now` (ISO-8601), `zone` (an IANA time zone) and `seed` fix the run's clock, default
        time zone and random numbers, for reproducible runs and tests. `faults` makes service
        calls fail: {"customMetricService.upsertMetric": "IllegalStateException"}."""
        return self._run(script, limits, now, zone, seed, faults)

    def _run(
        self,
        script: Script | str,
        limits: Limits | None = None,
        now: str | None = None,
        zone: str | None = None,
        seed: int | None = None,
        faults: dict[str, str] | None = None,
        binding: dict | None = None,
    ) -> RunResult:
        """`run`, plus the REPL's hook: `binding` holds binding variables the run starts
        with, and is refilled with those it ends with. Internal: its values are the run's
        own objects (closures, script objects), never plain data fit for host code."""
        if isinstance(script, str):
            script = self.runtime.compile(script)
        limits = limits or self.runtime.limits
        if self.runtime.pool is not None:
            if binding is not None:
                raise ValueError("binding variables cannot cross to worker processes")
            return self._run_in_process(script, limits)
        store = self.runtime.store
        with store.lock(self.id):
            # the run copies what it takes from the stored state (from_plain, load_conversation),
            # so a store that can lend its snapshot spares a whole copy of it here
            load_shared = getattr(store, "load_shared", None)
            plain = (load_shared(self.id) if load_shared is not None else store.load(self.id)) or {
                "variables": {},
                "transient": {},
                "metrics": {},
            }
            state = RunState(
                self.id,
                variables=from_plain(plain.get("variables", {})),  # type: ignore[arg-type]
                transient=from_plain(plain.get("transient", {})),  # type: ignore[arg-type]
                metrics=dict(plain.get("metrics", {})),
            )
            state.load_conversation(plain)
            result = execute(
                script.compiled,
                state,
                limits,
                runcontext.make_context(now, zone, seed, self.runtime.allow),
                faults,
                self.runtime.services,
                binding,
                previous=plain,
            )
            if not isinstance(result.error, InternalError):
                self._save(
                    {
                        "variables": result.variables,
                        "transient": result.transient,
                        "metrics": result.metrics,
                        **result.conversation,
                    },
                    run=True,
                    previous=plain,
                )
            return result

    def _run_in_process(self, script: Script, limits: Limits) -> RunResult:
        from convoscript.isolation import error_from_dict

        with self.runtime.store.lock(self.id):
            plain = self.state()
            out = self.runtime.pool.run(
                script.compiled.source,  # type: ignore[union-attr]
                script.compiled.filename,
                self.id,
                plain,
                limits,
            )
            if out.get("worker_died") or "compile_error" in out:
                error = (
                    error_from_dict(out["compile_error"])
                    if "compile_error" in out
                    else LimitExceeded(
                        "process",
                        None,
                        "The worker process running the script was "
                        "ended by an operating-system limit (CPU seconds or address "
                        "space)",
                        file=script.filename,
                    )
                )
                return RunResult(
                    self.id, plain["variables"], plain["transient"], plain["metrics"], [], "", error
                )
            error = error_from_dict(out["error"]) if out["error"] is not None else None
            result = RunResult(
                self.id,
                out["variables"],
                out["transient"],
                out["metrics"],
                out["log"],
                out["stdout"],
                error,
                out["value"],
                out["cost"],
                out.get("messages", []),
                out.get("conversation", {}),
            )
            if not isinstance(result.error, InternalError):
                self._save(
                    {
                        "variables": result.variables,
                        "transient": result.transient,
                        "metrics": result.metrics,
                        **result.conversation,
                    },
                    run=True,
                    previous=plain,
                )
            return result


def _check_services(services: dict | None) -> dict:
    checked = {}
    for name, factory in (services or {}).items():
        if not isinstance(name, str) or not name.isidentifier():
            raise ValueError(f"a service name must be an identifier, not {name!r}")
        if not callable(factory):
            raise TypeError(f"service {name!r}: the factory must be callable")
        checked[name] = factory
    return checked


class InternalError(ConvoscriptError):
    """A bug in convoscript itself (never the script's fault); the conversation is untouched."""

    type = "InternalError"


def bind_handles(
    state: RunState,
    faults: dict[str, str] | None = None,
    services: dict[str, Callable[[RunState], ServiceHandle]] | None = None,
    variables: dict | None = None,
) -> Binding:
    """The binding of one run: `variables` (binding variables carried in, for the REPL) and
    the service handles, each made bound to `state` the first time the script uses it.
    `faults` maps "handleName.method" to a Java exception class the call raises instead (for
    tests). `services` adds the embedder's handle factories (see `Runtime(services=...)`);
    they may not shadow a built-in handle. Bad names fail here, before the script runs."""
    makers: Mapping[str, Callable[[RunState], object]] = HANDLE_MAKERS
    if services:
        if not services.keys().isdisjoint(HANDLE_MAKERS):
            shadowed = min(services.keys() & HANDLE_MAKERS.keys())
            raise ValueError(f"service {shadowed!r} would shadow a built-in handle")
        # no per-run copy of either table: the embedder's factories are wrapped on first use
        makers = ChainMap(HANDLE_MAKERS, _EmbedderMakers(services))  # type: ignore[arg-type]
    if faults:
        makers = _with_faults(makers, faults)
    return Binding(makers, state, variables)


class _EmbedderMakers(Mapping):
    """The embedder's factories, each looked up as a maker that checks what it makes."""

    __slots__ = ("_services",)

    def __init__(self, services: dict[str, Callable[[RunState], ServiceHandle]]):
        self._services = services

    def __getitem__(self, name: str) -> Callable[[RunState], ServiceHandle]:
        return functools.partial(_embedder_handle, name, self._services[name])

    def __contains__(self, name: object) -> bool:
        return name in self._services

    def __iter__(self):
        return iter(self._services)

    def __len__(self) -> int:
        return len(self._services)


def _embedder_handle(
    name: str, factory: Callable[[RunState], ServiceHandle], state: RunState
) -> ServiceHandle:
    handle = factory(state)
    if not isinstance(handle, ServiceHandle):
        raise TypeError(f"service {name!r} must be a ServiceHandle, not {type(handle).__name__}")
    return handle


def _with_faults(
    makers: Mapping[str, Callable[[RunState], object]], faults: dict[str, str]
) -> dict[str, Callable[[RunState], object]]:
    """`makers` with the faulted handles made with their `faults` set (per handle: a fresh
    dict on the new handle, never the class's shared default)."""
    per_handle: dict[str, dict[str, str]] = {}
    for key, exception in faults.items():
        handle_name, _, method = key.partition(".")
        if handle_name not in makers or not method:
            raise ValueError(f"unknown service method for a fault: {key}")
        per_handle.setdefault(handle_name, {})[method] = exception
    out = dict(makers)
    for handle_name, methods in per_handle.items():
        out[handle_name] = functools.partial(_faulted, makers[handle_name], methods)
    return out


def _faulted(
    make: Callable[[RunState], object], methods: dict[str, str], state: RunState
) -> object:
    handle = make(state)
    handle.faults = {**handle.faults, **methods}  # type: ignore[attr-defined]
    return handle


def execute(
    compiled: CompiledScript,
    state: RunState,
    limits: Limits,
    context: RunContext | None = None,
    faults: dict[str, str] | None = None,
    services: dict[str, Callable[[RunState], ServiceHandle]] | None = None,
    binding: dict | None = None,
    previous: dict | None = None,
) -> RunResult:
    """Run a compiled script on a RunState within `limits`; never raises for script faults.
    `context` fixes the run's clock, time zone and random seed (default: now, UTC, unseeded).
    `binding` (the REPL's): binding variables to start with, refilled with the ones the run
    ends with (even when it fails), as groovysh carries them between inputs.
    `previous` is the conversation's plain state before the run: after a failure, a variable
    too large to save keeps its previous value."""
    budget = Budget(limits)
    token = budget_mod.activate(budget)
    context_token = runcontext.activate(context or runcontext.make_context())
    _ensure_python_stack(limits.max_depth)
    error: ConvoscriptError | None = None
    value = None
    converted: tuple | None = None
    run_binding: Binding | None = None
    frame: Frame | None = None
    try:
        if not is_stamped(compiled.code):
            raise ValueError("refusing to run code that the policy compiler did not produce")
        run_binding = bind_handles(state, faults, services, binding)
        if binding:
            _refresh_carried_handles(run_binding)
        frame = Frame(
            compiled.code,
            compiled.constants,
            compiled.methods,
            run_binding,
            state.stdout,
            budget,
            compiled.classes,
            compiled.global_names,
        )
        value = frame.run()
        # boundary hygiene inside the budget: a script object's toString() runs here
        cap = plain_node_cap(limits)
        converted = (
            to_plain(value, max_nodes=cap),
            to_plain(state.variables, max_nodes=cap),
            to_plain(state.transient, max_nodes=cap),
        )
    except BaseException as exc:
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        error = translate_error(exc, compiled)
        # the budget keeps the exception that stopped the run (`stopped`); its traceback
        # would hold this frame, and so the budget itself, in a cycle only the GC can free
        exc.__traceback__ = None
    finally:
        runcontext.deactivate(context_token)
        budget_mod.deactivate(token)
        if run_binding is not None:
            run_binding.end()
            if binding is not None:
                variables = run_binding.variables()
                binding.clear()
                binding.update(variables)
    if converted is None:  # the run failed: convert without running any more script code
        converted = _convert_after_failure(value, state, limits, previous)
    try:
        plain_value, plain_variables, plain_transient = converted
        result = RunResult(
            conversation_id=state.conversation_id,
            variables=plain_variables,  # type: ignore[arg-type]
            transient=plain_transient,  # type: ignore[arg-type]
            metrics=dict(state.metrics),
            messages=list(state.messages),
            conversation=state.conversation_data(),
            log=list(state.log),
            stdout="".join(state.stdout),
            error=error,
            value=plain_value,
            cost={
                "steps": budget.steps,
                "seconds": budget.elapsed(),
                "peak_depth": budget.peak_depth,
                "output_bytes": budget.output_bytes,
                "log_entries": budget.log_entries,
                "peak_string": budget.peak_string,
                "peak_collection": budget.peak_collection,
            },
        )
    except BudgetExceeded as exc:  # a string too big to convert, say
        raise LimitExceeded(exc.kind, exc.limit, exc.message, file=compiled.filename) from None
    if frame is not None and binding is None:  # the REPL's carried closures need their frame
        frame.close()
    return result


def _refresh_carried_handles(run_binding: Binding) -> None:
    """The REPL carries binding variables between inputs; one holding a handle (`x = log`)
    gets this run's handle of the same name, as groovysh's long-lived `log` would be (the old
    one belongs to a finished run and refuses calls)."""
    for name, value in list(run_binding.items()):
        if isinstance(value, ServiceHandle) and run_binding.is_made_name(value.binding_name):
            run_binding[name] = run_binding[value.binding_name]


def _convert_after_failure(
    value: object, state: RunState, limits: Limits, previous: dict | None
) -> tuple:
    """A failed run's value and state as plain data. The run's budget is spent, so this work
    gets its own small one (a tenth of the run's time) besides the node cap: an entry too
    large, too deep or too slow to save keeps its value from before the run (`previous`, the
    conversation's plain state) or is left out. Ordinary state converts in microseconds."""
    cap = plain_node_cap(limits)
    grace = Budget(Limits(max_steps=10**15, max_seconds=max(0.1 * limits.max_seconds, 0.02)))
    token = budget_mod.activate(grace)
    try:
        try:
            plain_value = to_plain(value, run_script_code=False, max_nodes=cap)
        except BudgetExceeded:
            plain_value = None
        previous = previous or {}
        return (
            plain_value,
            plain_entries_after_failure(state.variables, previous.get("variables"), cap),
            plain_entries_after_failure(state.transient, previous.get("transient"), cap),
        )
    finally:
        budget_mod.deactivate(token)


def _ensure_python_stack(max_depth: int) -> None:
    needed = max_depth * _PY_FRAMES_PER_LEVEL + 200
    if sys.getrecursionlimit() < needed:
        sys.setrecursionlimit(needed)


# ---- errors --------------------------------------------------------------------------------
def script_position(tb: TracebackType | None, filename: str) -> tuple[int | None, int | None, list]:
    """The innermost script line and column in a traceback (the column of the operation that
    failed, see runtime/model/positions.py), and the Groovy-style trace of script calls."""
    line = column = None
    trace: list[tuple[str, int]] = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == filename:
            line = tb.tb_lineno
            column = column_at(code, tb.tb_lasti, line)
            trace.append((_groovy_frame_name(code.co_name), tb.tb_lineno))
        tb = tb.tb_next
    trace.reverse()
    return line, column, trace


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
    raw_line, column, raw_trace = script_position(exc.__traceback__, filename)
    if isinstance(exc, GroovyThrowable) and exc.groovy_line:
        raw_line, column = exc.groovy_line, exc.groovy_column
    # with libraries, lines of the joined source map back to their own files (whole lines:
    # columns stay as they are)
    file, line = compiled.locate(raw_line)
    trace = [(name, compiled.locate(at)[1] or at) for name, at in raw_trace]
    if isinstance(exc, GroovyThrowable):
        message = exc.message
        if isinstance(message, str) and len(message) > MAX_ERROR_MESSAGE:
            # the cut message, marker included, stays within MAX_ERROR_MESSAGE
            marker = f"... ({len(message)} characters)"
            message = message[: MAX_ERROR_MESSAGE - len(marker)] + marker
        return ScriptError(
            exc.java_class, message, file=file, line=line, column=column, trace=trace
        )
    if isinstance(exc, BudgetExceeded):
        return LimitExceeded(exc.kind, exc.limit, exc.message, file=file, line=line, column=column)
    if isinstance(exc, SecurityRefused):
        return SecurityViolation(exc.signature, exc.message, file=file, line=line, column=column)
    if isinstance(exc, RecursionError):
        return LimitExceeded(
            "recursion",
            sys.getrecursionlimit(),
            "Recursion limit exceeded",
            file=file,
            line=line,
            column=column,
        )
    if isinstance(exc, MemoryError):
        return LimitExceeded("memory", None, "Out of memory", file=file, line=line, column=column)
    return InternalError(
        f"internal error: {type(exc).__name__}: {exc}", file=file, line=line, column=column
    )


__all__ = ["Conversation", "InternalError", "Limits", "RunResult", "Runtime", "Script"]
