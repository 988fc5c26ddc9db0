"""The engine calls behind the routes, all blocking (the routes run them in threads): check,
register, run, read, close and export, each for one tenant, on one Runtime per process.

Compiles of registered scripts go through `Service.compile`, which registers the tenant's
library versions the script was registered with (names namespaced `TENANT/NAME`) and compiles,
under one lock: the Runtime holds one version per library name, so the two steps must not
interleave with another compile's. Compiles are cached, so the lock is held briefly."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

from convoscript import export as export_mod
from convoscript.authoring.diagnostics import diagnose
from convoscript.engine import Runtime, Script
from convoscript.errors import FlowStateError, FlowSyntaxError, SecurityViolation
from convoscript.runtime.model.budget import Limits
from convoscript.service.metrics import CountingStore, ServiceMetrics
from convoscript.service.registry import Registry, conversation_key, is_conversation, tenant_prefix
from convoscript.service.schemas import DIGEST_RE, ApiError, check_id
from convoscript.service.settings import LIMIT_NAMES, Settings, Tenant
from convoscript.services.secure import SecretBox
from convoscript.store import open_store

INLINE_FILENAME = "inline.groovy"
# what GET /v1/conversations/{id} shows of a stored state (not the sealed secure values)
SHOWN = (
    "variables",
    "transient",
    "metrics",
    "defaultMetrics",
    "meta",
    "transcript",
    "user",
    "intent",
    "entities",
)


class Service:
    """One process's engine side of the API: a Runtime on the configured store."""

    def __init__(self, settings: Settings, metrics: ServiceMetrics, runtime: Runtime | None = None):
        self.settings = settings
        self.metrics = metrics
        if runtime is None:
            store = CountingStore(open_store(settings.store), metrics)
            runtime = Runtime(store=store, max_retries=settings.max_retries)  # type: ignore[arg-type]
        self.runtime = runtime
        self._compile_lock = threading.Lock()
        metrics.watch_cache(runtime.cache)

    # ---- compiling ----------------------------------------------------------------------
    def compile(self, tenant: str, source: str, filename: str, libraries: list[dict]) -> Script:
        """Compile with these library records (see the module doc); raises the compile error."""
        with self._compile_lock:
            for lib in libraries:
                self.runtime.register_library(
                    f"{tenant}/{lib['name']}",
                    lib["source"],
                    filename=f"{lib['name']}.groovy",
                    imports=[f"{tenant}/{name}" for name in lib.get("imports", [])],
                )
            names = [f"{tenant}/{lib['name']}" for lib in libraries]
            return self.runtime.compile(source, filename, libraries=names)

    def check(self, tenant: Tenant, body: dict) -> dict:
        libraries = self._libraries(tenant, body.get("libraries", []))
        source = body["source"]
        filename = body.get("filename") or INLINE_FILENAME
        try:
            self.compile(tenant.name, source, filename, libraries)
        except (FlowSyntaxError, SecurityViolation) as exc:
            return {"ok": False, "diagnostics": [_diagnostic(exc, source, filename, libraries)]}
        return {"ok": True, "diagnostics": []}

    def _libraries(self, tenant: Tenant, names: list[str]) -> list[dict]:
        for name in names:
            check_id(name, "a library name")
        return Registry(self.runtime.store, tenant.name).libraries_for(names)

    # ---- registering --------------------------------------------------------------------
    def register_script(self, tenant: Tenant, body: dict) -> dict:
        name = check_id(body["name"], "a script name")
        libraries = self._libraries(tenant, body.get("libraries", []))
        filename = f"{name}.groovy"
        script = self._compiled_or_422(tenant, body["source"], filename, libraries)
        Registry(self.runtime.store, tenant.name).save_script(
            name, script.digest, body["source"], filename, libraries
        )
        return {"name": name, "digest": script.digest}

    def register_library(self, tenant: Tenant, body: dict) -> dict:
        name = check_id(body["name"], "a library name")
        imports = body.get("libraries", [])
        others = [lib for lib in self._libraries(tenant, imports) if lib["name"] != name]
        record = {"name": name, "source": body["source"], "imports": imports}
        # a library compiles as part of a script: an empty script that imports it
        script = self._compiled_or_422(tenant, "", f"{name}-check.groovy", [*others, record])
        Registry(self.runtime.store, tenant.name).save_library(
            name, body["source"], imports, script.digest
        )
        return {"name": name, "digest": script.digest}

    def _compiled_or_422(
        self, tenant: Tenant, source: str, filename: str, libraries: list[dict]
    ) -> Script:
        try:
            return self.compile(tenant.name, source, filename, libraries)
        except (FlowSyntaxError, SecurityViolation) as exc:
            raise ApiError(
                422,
                exc.type,
                exc.message,
                extra={"diagnostics": [_diagnostic(exc, source, filename, libraries)]},
            ) from None
        except ValueError as exc:  # an import cycle between libraries
            raise ApiError(422, "LibraryError", str(exc)) from None

    # ---- running ------------------------------------------------------------------------
    def run(self, tenant: Tenant, conversation_id: str, body: dict) -> dict:
        """The `run --json` document of one run, plus its cost."""
        chosen = [k for k in ("script", "digest", "source") if k in body]
        if len(chosen) != 1:
            raise ApiError(400, "InvalidRequest", "give exactly one of script, digest, source")
        if "libraries" in body and chosen != ["source"]:
            raise ApiError(400, "InvalidRequest", "libraries go with an inline source only")
        registry = Registry(self.runtime.store, tenant.name)
        if "script" in body:
            record = registry.script(check_id(body["script"], "a script name"))
        elif "digest" in body:
            if not DIGEST_RE.match(body["digest"]):
                raise ApiError(400, "InvalidField", "digest must be 64 lowercase hex digits")
            record = registry.digest(body["digest"])
        else:
            libraries = self._libraries(tenant, body.get("libraries", []))
            record = {"source": body["source"], "filename": INLINE_FILENAME, "libraries": libraries}
        limits = run_limits(tenant, body.get("limits"))
        try:
            conversation = self.runtime.conversation(
                conversation_key(tenant.name, conversation_id), body.get("state")
            )
        except (FlowStateError, ValueError) as exc:
            raise ApiError(400, "InvalidState", f"state: {exc}") from None
        started = time.perf_counter()
        try:
            script = self.compile(
                tenant.name, record["source"], record["filename"], record["libraries"]
            )
        except (FlowSyntaxError, SecurityViolation) as exc:
            result = conversation.not_compiled(
                self.runtime.digest(
                    record["source"],
                    [f"{tenant.name}/{lib['name']}" for lib in record["libraries"]],
                ),
                exc,
            )
        else:
            try:
                result = conversation.run(
                    script,
                    limits=limits,
                    variables=body.get("variables"),
                    transient=body.get("transient"),
                    utterance=body.get("utterance"),
                    intent=body.get("intent"),
                    entities=body.get("entities"),
                )
            except (FlowStateError, ValueError) as exc:  # turn inputs the state cannot take
                raise ApiError(400, "InvalidInput", str(exc)) from None
        self.metrics.observe_run(result, time.perf_counter() - started)
        return {**result.to_dict(), "cost": result.cost}

    # ---- conversations ------------------------------------------------------------------
    def conversation_state(self, tenant: Tenant, conversation_id: str) -> dict:
        stored = self.runtime.store.load(conversation_key(tenant.name, conversation_id))
        if stored is None:
            raise ApiError(404, "UnknownConversation", f"no conversation {conversation_id!r}")
        shown = {key: stored[key] for key in SHOWN if key in stored}
        shown["variables"] = SecretBox.masked(stored)
        closed = bool((stored.get("meta") or {}).get("finished"))
        return {"conversationId": conversation_id, "closed": closed, **shown}

    def close(self, tenant: Tenant, conversation_id: str) -> dict:
        key = conversation_key(tenant.name, conversation_id)
        if self.runtime.store.load(key) is None:
            raise ApiError(404, "UnknownConversation", f"no conversation {conversation_id!r}")
        metrics = self.runtime.conversation(key).close()
        return {"conversationId": conversation_id, "defaultMetrics": metrics}

    def export(
        self, tenant: Tenant, fmt: str, start: float | None, end: float | None
    ) -> Iterator[str]:
        """The tenant's export, streamed (the store reads with a cursor)."""
        prefix = tenant_prefix(tenant.name)
        records = (
            export_mod.conversation_record(key[len(prefix) :], state)
            for key, state in self.runtime.store.iter_states(start, end)
            if is_conversation(key, tenant.name)
        )
        return export_mod.stream(records, fmt)

    def ready(self) -> None:
        """Raises StoreError when the store does not answer."""
        self.runtime.store.schema_version()


def run_limits(tenant: Tenant, requested: dict | None) -> Limits:
    """The tenant's limits with the request's lower ones laid over (never higher)."""
    if not requested:
        return tenant.limits
    unknown = sorted(set(requested) - LIMIT_NAMES)
    if unknown:
        raise ApiError(
            400,
            "UnknownField",
            f"limits: unknown {', '.join(unknown)}; known: {', '.join(sorted(LIMIT_NAMES))}",
        )
    changes: dict[str, object] = {}
    for name, value in requested.items():
        ceiling = getattr(tenant.limits, name)
        if value <= 0:
            raise ApiError(400, "InvalidField", f"limits.{name} must be positive")
        if value > ceiling:
            raise ApiError(
                400, "LimitTooHigh", f"limits.{name} {value} is over this tenant's {ceiling}"
            )
        changes[name] = type(ceiling)(value)
    return tenant.limits.replace(**changes)


def _diagnostic(exc, source: str, filename: str, libraries: list[dict]) -> dict:
    sources = {filename: source, **{f"{lib['name']}.groovy": lib["source"] for lib in libraries}}
    return diagnose(exc, sources if libraries else source)
