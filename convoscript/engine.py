"""The embedding API: Runtime, Script, Conversation (and the RunResult a run returns).

This module (with `cli.py`) wires the layers together: the compiler makes a `Script`, a
`Conversation` loads its state from the store, the executor (runtime.run.execute) runs it with
handles bound to that state (services.binding) and its own budget, or a worker process does
(isolation), and the result is committed back as plain data.

Commits are optimistic: a run loads the state and its version, runs with no store lock held,
and commits with a compare-and-swap on the version; when another commit landed first, the run
runs again from the fresh state (`Runtime(max_retries=...)` times at most). Store failures and
exhausted retries come back as the RunResult's error (StoreError, StoreConflict), never raised.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import random
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import convoscript.lib  # noqa: F401 - registers the library into the door before any (timed) run
from convoscript import observe
from convoscript.compiler import CompileCache
from convoscript.compiler.artifact import CompiledScript
from convoscript.compiler.libraries import Library, order
from convoscript.errors import (
    ConversationClosed,
    ConvoscriptError,
    FlowSyntaxError,
    InternalError,
    LimitExceeded,
    SecurityViolation,
    StoreConflict,
    StoreError,
)
from convoscript.grammar.budget import CompileLimits
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
from convoscript.store import codec, open_store, records
from convoscript.store.base import Store
from convoscript.store.memory import MemoryStore, copy_plain

if TYPE_CHECKING:
    from convoscript.isolation import ProcessPool

_T = TypeVar("_T")

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


class ConversationTurns:
    """One in-process queue per conversation: a Runtime's threads running on the same
    conversation take turns, so they do not all run, conflict and retry; the entry goes away
    with its last holder (a Runtime serving millions of conversations keeps none idle)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: weakref.WeakValueDictionary[str, _Turn] = weakref.WeakValueDictionary()

    def hold(self, conversation_id: str) -> _Turn:
        with self._guard:
            turn = self._locks.get(conversation_id)
            if turn is None:
                turn = self._locks[conversation_id] = _Turn()
            return turn


class _Turn:
    __slots__ = ("__weakref__", "_lock")

    def __init__(self) -> None:
        self._lock = threading.RLock()  # a service may run the same conversation re-entrantly

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


class Runtime:
    """Compiles scripts and runs them on conversations kept in a store."""

    def __init__(
        self,
        store: Store | str | None = None,
        limits: Limits | None = None,
        cache_size: int = 256,
        isolation: str = "thread",
        workers: int | None = None,
        allow: AllowListExtension | None = None,
        services: dict[str, Callable[[RunState], ServiceHandle]] | None = None,
        secret_key: SecretKey | None = None,
        compile_limits: CompileLimits | None = None,
        max_retries: int = 8,
    ):
        """`isolation="process"` runs scripts in worker processes with OS limits (defence in
        depth; slower); the default runs them in this process. `allow` adds the embedder's
        allow-list entries (it can never open the permanently denied set). `services`
        registers extra handles: name -> factory(RunState) -> ServiceHandle (only its
        `@script_method` methods are visible to scripts); in-process isolation only.
        `secret_key` (a Fernet key, or a list for rotation) encrypts secure variables in the
        store; without one they are not kept past their run (docs/embedding.md).

        `compile_limits` is the compile budget of every script compiled here (tokens,
        nesting, interpolations, literal digits, time; see docs/sandbox.md).
        `store`: a Store or a URL for `open_store` (default: a MemoryStore). `max_retries`:
        how many times a run whose commit lost to another run on the same conversation runs
        again from the fresh state before its result says StoreConflict."""
        self.allow = allow
        # compiled regexes, shared by this Runtime's runs only (bounded; immutable values)
        self.regex_cache = RegexCache()
        self.secrets = SecretBox(secret_key, codec.encode, codec.decode)
        if isolation not in ("thread", "process"):
            raise ValueError("isolation must be 'thread' or 'process'")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError("max_retries must be an int >= 0")
        self.max_retries = max_retries
        self.turns = ConversationTurns()
        if isinstance(store, str):
            store = open_store(store)
        self.store: Store = store if store is not None else MemoryStore()
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
            _process_pool(workers, allow, self.compile_limits) if isolation == "process" else None
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
        with observe.observed_compile(filename) as seen:
            needed = tuple(order(self.libraries, list(libraries))) if libraries else ()
            compiled, seen["cache_hit"] = self.cache.lookup(source, filename, needed)
            script = Script(compiled, source, needed)
            if observe.wants_compile_digest():
                seen["digest"] = script.digest
        return script

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
        new = self.runtime.secrets.seal_state(
            plain_state(state, base_dir, roots, self.runtime.limits.max_number_digits),
            state.get("secureValues"),
        )

        def replace(current: dict) -> None:
            current.clear()
            current.update(new)

        self._update(replace)

    def state(self) -> dict:
        """A copy of the stored state (an empty one for a new conversation). A store failure
        raises StoreError."""
        found = _store_call(self.runtime.store.load, self.id)
        return found if found is not None else _empty()

    # ---- conversation records (see convoscript.store.records) ---------------------------
    def _update(self, change: Callable[[dict], object]) -> object:
        """Load, change and commit this conversation's state with a compare-and-swap on its
        version, `meta` carried over (records.stamp); a conflict loads and changes again. A
        store failure, or conflicts past `max_retries`, raise StoreError / StoreConflict."""
        store = self.runtime.store
        for _ in range(self.runtime.max_retries + 1):
            stored, version = _store_call(store.load_versioned, self.id)
            state = copy_plain(stored) if stored is not None else _empty()
            out = change(state)
            if _store_call(store.commit, self.id, version, records.stamp(stored, state)):
                return out
        raise StoreConflict(_conflict_message(self.id, self.runtime.max_retries))

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

    def reopen(self) -> None:
        """Open a closed conversation again: runs are accepted, the finish time and the frozen
        default metrics are dropped (close() freezes them afresh)."""

        def change(state: dict) -> None:
            meta = state.setdefault("meta", {})
            meta["finished"] = None
            state.pop("defaultMetrics", None)

        self._update(change)

    @property
    def closed(self) -> bool:
        return _is_closed(self.state())

    async def arun(self, script: Script | str, **options: Any) -> RunResult:
        """`run` for asyncio: the run happens in a worker thread, off the event loop."""
        import asyncio  # noqa: PLC0415 - lazy: loaded already when a caller awaits this

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
        with observe.observed_run(self.id, self.runtime.store) as seen:
            if isinstance(script, str):
                source = script
                try:
                    script = self.runtime.compile(source)
                except (FlowSyntaxError, SecurityViolation) as exc:
                    result = self.not_compiled(source_digest(source), exc)
                    observe.finish_run(seen, None, result)
                    return result
            result = self._run(script, limits, now, zone, seed, faults, inputs=inputs)
            result.digest = script.digest
            observe.finish_run(seen, script, result)
        return result

    def not_compiled(self, digest: str, error: ConvoscriptError) -> RunResult:
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
        bind = functools.partial(bind_handles, faults=faults, services=self.runtime.services)
        start_binding = dict(binding) if binding is not None else None

        def attempt(plain: dict, number: int) -> tuple[RunResult, bool]:
            if binding is not None and number > 1:  # the retry starts from the same binding
                binding.clear()
                binding.update(start_binding or {})
            prepared = self._prepare(plain, inputs)  # the per-turn inputs, on every attempt
            state = load_run_state(self.id, prepared)
            state.attempt = number
            result = execute(
                script.compiled,
                state,
                limits,
                bind,
                runcontext.make_context(
                    now, zone, seed, self.runtime.allow, self.runtime.regex_cache
                ),
                binding,
                previous=prepared,
            )
            self.runtime.secrets.seal(result)
            # a run that broke inside convoscript itself commits nothing
            return result, not isinstance(result.error, InternalError)

        return self._optimistic(attempt)

    def _optimistic(self, attempt: Callable[[dict, int], tuple[RunResult, bool]]) -> RunResult:
        """Run `attempt(stored plain state, attempt number)` with no store lock held and
        commit its result with a compare-and-swap on the version it started from; when
        another commit landed first, run again from the fresh state. Store failures, a closed
        conversation and exhausted retries are the RunResult's error: nothing is committed."""
        # runs on one conversation from this process's threads queue here instead of racing
        # to commit (they would conflict and retry); no store lock is held, and runs on other
        # conversations never wait. Other processes and hosts meet at the compare-and-swap.
        with self.runtime.turns.hold(self.id):
            return self._commit_loop(attempt)

    def _commit_loop(self, attempt: Callable[[dict, int], tuple[RunResult, bool]]) -> RunResult:
        store = self.runtime.store
        result: RunResult | None = None
        plain: dict = _empty()
        for number in range(1, self.runtime.max_retries + 2):
            observe.attempt(number)
            if number > 1:  # another process committed first: back off a little, with jitter
                time.sleep(random.uniform(0, 0.002 * 2 ** min(number, 8)))
            try:
                # the run copies what it takes from the stored state (from_plain,
                # load_conversation), so a store that lends its snapshot spares a copy here
                stored, version = _store_call(store.load_versioned, self.id)
            except StoreError as exc:
                return _unsaved(self.id, plain, exc, result)
            plain = stored if stored is not None else _empty()
            if _is_closed(plain):
                return _unsaved(self.id, plain, _closed_error(self.id), None)
            result, commit = attempt(plain, number)
            if not commit:
                return result
            new = records.stamp(
                plain,
                {
                    "variables": result.variables,
                    "transient": result.transient,
                    "metrics": result.metrics,
                    **result.conversation,
                },
                run=True,
            )
            try:
                if _store_call(store.commit, self.id, version, new) is not None:
                    return result
            except StoreError as exc:
                return _unsaved(self.id, plain, exc, result)
        conflict = StoreConflict(_conflict_message(self.id, self.runtime.max_retries))
        return _unsaved(self.id, plain, conflict, result)

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
        runtime's allow-list extension is the workers' own, inherited when they start);
        committed by the same optimistic path."""
        runcontext.make_context(now, zone, seed)  # a bad `now` or zone raises here, as in-process

        def attempt(plain: dict, number: int) -> tuple[RunResult, bool]:
            pool = self.runtime.pool
            assert pool is not None
            out = pool.run(
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
            error = _worker_failure(out, script, limits, pool.error)
            if error is not None:  # nothing ran to the end: the conversation stays as it was
                return _unsaved(self.id, plain, error, None), False
            error = pool.error(out["error"]) if out["error"] is not None else None
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
            return result, not isinstance(error, InternalError)

        return self._optimistic(attempt)


def _empty() -> dict:
    return {"variables": {}, "transient": {}, "metrics": {}}


def _is_closed(state: dict) -> bool:
    meta = state.get("meta")
    return isinstance(meta, dict) and bool(meta.get("finished"))


def _closed_error(conversation_id: str) -> ConversationClosed:
    return ConversationClosed(
        f"conversation {conversation_id} is closed: the run was refused (reopen it first:"
        " Conversation.reopen(), or `convoscript reopen ID --store URL`)"
    )


def _conflict_message(conversation_id: str, retries: int) -> str:
    return (
        f"conversation {conversation_id}: other runs committed first on every attempt"
        f" ({retries + 1} attempts); nothing of this run was committed"
    )


def _unsaved(
    conversation_id: str, plain: dict, error: ConvoscriptError, ran: RunResult | None
) -> RunResult:
    """The result of a run that committed nothing: the stored state as it is, with `error`
    (and the log and output of the attempt that ran, if one did)."""
    result = RunResult(
        conversation_id,
        copy_plain(SecretBox.masked(plain)),  # secure variables read ********
        copy_plain(plain.get("transient") or {}),
        copy_plain(plain.get("metrics") or {}),
        [],
        "",
        error,
    )
    if ran is not None:
        result = dataclasses.replace(result, log=ran.log, stdout=ran.stdout, cost=ran.cost)
    return result


def _store_call(method: Callable[..., _T], *args: object) -> _T:
    """Call a store method; any failure that is not already a convoscript error (a store of
    the embedder's own may raise anything) becomes a StoreError."""
    try:
        return method(*args)
    except ConvoscriptError:
        raise
    except Exception:
        # the message says what failed, in words a user can act on; the driver's exception
        # (its class and text, Python's own words) goes to the host's log only
        what = _STORE_ACTIONS.get(getattr(method, "__name__", ""), "answer")
        _store_log.warning("the conversation store failed to %s", what, exc_info=True)
        raise StoreError(
            f"store failure: the conversation store could not {what} "
            "(the host's log has the detail)"
        ) from None


# what each Store method does, for the message of a failure in it
_STORE_ACTIONS = {
    "load": "read the conversation",
    "load_versioned": "read the conversation",
    "commit": "save the conversation",
    "save": "save the conversation",
    "delete": "delete the conversation",
}
_store_log = logging.getLogger("convoscript.store")


def _process_pool(workers: int | None, allow: object, limits: CompileLimits) -> ProcessPool:
    """The worker processes of `isolation="process"`."""
    # lazy: multiprocessing and the worker's modules only for runtimes that use them
    from convoscript.isolation import ProcessPool  # noqa: PLC0415

    return ProcessPool(workers, extension=allow, compile_limits=limits)


def _user_turn(text: str, user: dict, sequence_id: int) -> dict:
    """A per-turn utterance as a transcript turn (services/turn.py makes it with this)."""
    return records.utterance(text, "USER", user=user, sequence_id=sequence_id)


def _worker_failure(
    out: dict, script: Script, limits: Limits, rebuild: Callable[[dict], ConvoscriptError]
) -> ConvoscriptError | None:
    """The error of a worker run that did not come back with a result, else None; `rebuild`
    makes a reported error (plain data) the error class again."""
    if "compile_error" in out:
        return rebuild(out["compile_error"])
    if "worker_error" in out:
        return rebuild(out["worker_error"])
    died = out.get("worker_died")
    if died:
        observe.worker_died(died, script.filename)
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
