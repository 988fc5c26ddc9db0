"""The embedding API: Runtime, Script, Conversation (and the RunResult a run returns).

This module (with `cli.py`) wires the layers together: the compiler makes a `Script`, a
`Conversation` loads its state from the store, the executor (runtime.run.execute) runs it with
handles bound to that state (services.binding) and its own budget, or a worker process does
(isolation), and the result is committed back as plain data.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import convoscript.lib  # noqa: F401 - registers the library into the door before any (timed) run
from convoscript.compiler import CompileCache
from convoscript.compiler.artifact import CompiledScript
from convoscript.compiler.libraries import Library, order
from convoscript.errors import (
    ConvoscriptError,
    FlowSyntaxError,
    InternalError,
    LimitExceeded,
    SecurityViolation,
)
from convoscript.grammar.budget import CompileLimits
from convoscript.isolation import ProcessPool, error_from_dict
from convoscript.runtime.core.regexcache import RegexCache
from convoscript.runtime.door.extensions import AllowListExtension
from convoscript.runtime.model import runcontext
from convoscript.runtime.model.budget import Limits
from convoscript.runtime.model.pythonlimits import fit_recursion_limit, lift_int_digit_limit
from convoscript.runtime.run.execute import execute
from convoscript.runtime.run.result import RunResult
from convoscript.services.base import ServiceHandle
from convoscript.services.binding import bind_handles
from convoscript.services.secure import SecretBox, SecretKey
from convoscript.services.state import RunState, load_run_state, plain_state
from convoscript.services.turn import TurnInputs, apply_turn, entity_items
from convoscript.store import codec, records
from convoscript.store.memory import MemoryStore

# Importing the API lifts CPython's int<->str digit limit, process-wide (see pythonlimits).
lift_int_digit_limit()


@dataclass(frozen=True)
class Script:
    """A compiled script: immutable, cached, shareable between threads and conversations."""

    compiled: CompiledScript
    # what the compile was made from (the script alone, and its libraries): a worker process
    # (isolation="process") compiles the same again, since only its own compiler's code runs
    source: str | None = None
    libraries: tuple[Library, ...] = ()

    @property
    def filename(self) -> str:
        return self.compiled.filename

    @functools.cached_property
    def digest(self) -> str:
        """sha256 (hex) of the script's source and its libraries' names and sources, in the
        order they are joined: equal digests mean the same code ran."""
        return source_digest(
            self.source if self.source is not None else self.compiled.source, self.libraries
        )


def source_digest(source: str, libraries: tuple[Library, ...] = ()) -> str:
    """The digest of `Script.digest`: each part length-prefixed, so no two splits collide."""
    h = hashlib.sha256(b"convoscript-digest-1\n")
    for part in (*(t for lib in libraries for t in (lib.name, lib.source)), source):
        data = part.encode("utf-8", "surrogatepass")
        h.update(b"%d:" % len(data) + data)
    return h.hexdigest()


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
        secret_key: SecretKey | None = None,
        compile_limits: CompileLimits | None = None,
    ):
        """`isolation="process"` runs scripts in worker processes with OS limits (defence in
        depth; slower); the default runs them in this process. `allow` adds the embedder's
        allow-list entries (it can never open the permanently denied set). `services`
        registers extra handles: name -> factory(RunState) -> ServiceHandle (only its
        `@script_method` methods are visible to scripts); in-process isolation only.
        `secret_key` (a Fernet key, or a list for rotation) encrypts secure variables in the
        store; without one they are not kept past their run (docs/embedding.md).

        `compile_limits` is the compile budget of every script compiled here (tokens,
        nesting, interpolations, literal digits, time; see docs/sandbox.md)."""
        self.allow = allow
        # compiled regexes, shared by this Runtime's runs only (bounded; immutable values)
        self.regex_cache = RegexCache()
        self.secrets = SecretBox(secret_key, codec.encode, codec.decode)
        if isolation not in ("thread", "process"):
            raise ValueError("isolation must be 'thread' or 'process'")
        self.store = store if store is not None else MemoryStore()
        self.limits = limits or Limits()
        self.services = _check_services(services)
        if self.services and isolation == "process":
            raise ValueError(
                "extra services need isolation='thread' (handles cannot cross to worker processes)"
            )
        self.compile_limits = compile_limits or CompileLimits()
        self.cache = CompileCache(cache_size, self.compile_limits)
        self.libraries: dict[str, Library] = {}
        self.pool = (
            ProcessPool(workers, extension=allow, compile_limits=self.compile_limits)
            if isolation == "process"
            else None
        )
        # process-wide, only ever raised: deep recursion must end by the depth budget
        fit_recursion_limit(self.limits.max_depth)

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
        return Script(self.cache.get(source, filename, needed), source, needed)

    def digest(self, source: str, libraries: list[str] | tuple[str, ...] = ()) -> str:
        """`Script.digest` of what `compile(source, libraries=...)` would make, without
        compiling (for reporting a script that does not compile)."""
        needed = tuple(order(self.libraries, list(libraries))) if libraries else ()
        return source_digest(source, needed)

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

    def replace_state(
        self, state: dict, base_dir: str | None = None, roots: tuple[str, ...] = ()
    ) -> None:
        """Store `state` (plain data; see docs/state.md). CSV table paths are read from inside
        `base_dir` (default: the working directory) or one of `roots` only. State nested too
        deeply, too large, or naming a file elsewhere is a FlowStateError; nothing is stored."""
        plain = plain_state(state, base_dir, roots)
        self._save(self.runtime.secrets.seal_state(plain, state.get("secureValues")))

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
        items = [] if entities is None else entity_items(entities)

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

    async def arun(self, script: Script | str, **options: Any) -> RunResult:
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
        *,
        variables: dict | None = None,
        transient: dict | None = None,
        secure: dict | None = None,
        utterance: str | None = None,
        intent: str | dict | None = None,
        entities: dict | list | None = None,
    ) -> RunResult:
        """Run a script (or source text) on this conversation and commit its effects.

        `now` (ISO-8601), `zone` (an IANA time zone) and `seed` fix the run's clock, default
        time zone and random numbers, for reproducible runs and tests. `faults` makes service
        calls fail: {"customMetricService.upsertMetric": "IllegalStateException"}.
        Per-turn inputs (services/turn.py), laid over the stored state for this run and
        committed with it: `variables`, `transient` and `secure` (secure variables) as
        {name: plain value}, the user's `utterance`, the `intent` (a code or a dict) and
        the `entities`. A script fault, source text that does not compile included, is the
        RunResult's `error`: see docs/embedding.md for the little that raises."""
        inputs = TurnInputs(variables, transient, utterance, intent, entities, secure)
        if isinstance(script, str):
            source = script
            try:
                script = self.runtime.compile(source)
            except (FlowSyntaxError, SecurityViolation) as exc:
                return self._not_compiled(source_digest(source), exc)
        result = self._run(script, limits, now, zone, seed, faults, inputs=inputs)
        result.digest = script.digest
        return result

    def _not_compiled(self, digest: str, error: ConvoscriptError) -> RunResult:
        """The answer to source text that does not compile: nothing ran, nothing changed."""
        plain = self.state()
        variables = self.runtime.secrets.masked(plain)
        return RunResult(
            self.id, variables, plain["transient"], plain["metrics"], [], "", error, digest=digest
        )

    def _prepare(self, plain: dict, inputs: TurnInputs) -> dict:
        """The stored state as the run starts from it: secure variables decrypted, then the
        host's per-turn inputs laid over it (a new dict; `plain` is left as it is)."""
        return apply_turn(self.runtime.secrets.reveal(plain), inputs, _user_turn)  # type: ignore[return-value]

    def _run(
        self,
        script: Script | str,
        limits: Limits | None = None,
        now: str | None = None,
        zone: str | None = None,
        seed: int | None = None,
        faults: dict[str, str] | None = None,
        binding: dict | None = None,
        inputs: TurnInputs = TurnInputs(),  # noqa: B008 - frozen, never changed
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
            return self._run_in_process(script, limits, now, zone, seed, faults, inputs)
        # a check, and a change only for limits deeper than any before (a run's own limits,
        # or runtime.limits replaced since the Runtime was made)
        fit_recursion_limit(limits.max_depth)
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
            plain = self._prepare(plain, inputs)
            state = load_run_state(self.id, plain)
            bind = functools.partial(bind_handles, faults=faults, services=self.runtime.services)
            result = execute(
                script.compiled,
                state,
                limits,
                bind,
                runcontext.make_context(
                    now, zone, seed, self.runtime.allow, self.runtime.regex_cache
                ),
                binding,
                previous=plain,
            )
            self.runtime.secrets.seal(result)
            self._save_result(result, plain)
            return result

    def _save_result(self, result: RunResult, previous: dict) -> None:
        """Commit what a run left (unless the run broke inside convoscript itself)."""
        if not isinstance(result.error, InternalError):
            self._save(
                {
                    "variables": result.variables,
                    "transient": result.transient,
                    "metrics": result.metrics,
                    **result.conversation,
                },
                run=True,
                previous=previous,
            )

    def _run_in_process(
        self,
        script: Script,
        limits: Limits,
        now: str | None,
        zone: str | None,
        seed: int | None,
        faults: dict[str, str] | None,
        inputs: TurnInputs = TurnInputs(),  # noqa: B008 - frozen, never changed
    ) -> RunResult:
        """`_run` in a worker process, with every option the in-process run takes (the
        runtime's allow-list extension is the workers' own, inherited when they start)."""
        runcontext.make_context(now, zone, seed)  # a bad `now` or zone raises here, as in-process
        with self.runtime.store.lock(self.id):
            plain = self.state()
            out = self.runtime.pool.run(  # type: ignore[union-attr]
                script.source if script.source is not None else script.compiled.source,
                script.compiled.filename,
                self.id,
                self._prepare(plain, inputs),
                limits,
                libraries=script.libraries,
                now=now,
                zone=zone,
                seed=seed,
                faults=faults,
            )
            error = _worker_failure(out, script, limits)
            if error is not None:  # nothing ran to the end: the conversation stays as it was
                variables = self.runtime.secrets.masked(plain)
                return RunResult(
                    self.id, variables, plain["transient"], plain["metrics"], [], "", error
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
            self.runtime.secrets.seal(result)
            self._save_result(result, plain)
            return result


def _user_turn(text: str, user: dict, sequence_id: int) -> dict:
    """A per-turn utterance as a transcript turn (services/turn.py makes it with this)."""
    return records.utterance(text, "USER", user=user, sequence_id=sequence_id)


def _worker_failure(out: dict, script: Script, limits: Limits) -> ConvoscriptError | None:
    """The error of a worker run that did not come back with a result, else None."""
    if "compile_error" in out:
        return error_from_dict(out["compile_error"])
    if "worker_error" in out:
        return error_from_dict(out["worker_error"])
    died = out.get("worker_died")
    if died == "deadline":
        return LimitExceeded(
            "time",
            limits.max_seconds,
            f"Time limit exceeded: the script ran longer than {limits.max_seconds} s "
            "and its worker process was stopped",
            file=script.filename,
        )
    if died:
        return LimitExceeded(
            "process",
            None,
            "The worker process running the script was ended by an operating-system limit "
            "(CPU seconds or address space)",
            file=script.filename,
        )
    return None


def _check_services(services: dict | None) -> dict:
    checked = {}
    for name, factory in (services or {}).items():
        if not isinstance(name, str) or not name.isidentifier():
            raise ValueError(f"a service name must be an identifier, not {name!r}")
        if not callable(factory):
            raise TypeError(f"service {name!r}: the factory must be callable")
        checked[name] = factory
    return checked


__all__ = ["Conversation", "Runtime", "Script"]
