"""What the engine tells operators: structured `logging` records and optional OpenTelemetry
spans for each compile and run (docs/observability.md).

The engine calls in here at the edges of `Runtime.compile` and `Conversation.run` only; this
module knows the fields, the loggers and the spans, the engine knows none of them.

Loggers (all under `convoscript`, which has a NullHandler: a library is silent until the host
configures logging): `convoscript.run` (one INFO record per run; ERROR with the detail of an
InternalError), `convoscript.compile` (one DEBUG record per compile), `convoscript.store`
(DEBUG per commit conflict, WARNING when a run's commit fails or its retries run out),
`convoscript.worker` (WARNING when a worker process dies).

Nothing here ever reads a script value, a variable or an error message a script could have
written: the fields are ids, names, digests, counts, times and error *types*.
"""

from __future__ import annotations

import contextvars
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from convoscript.errors import ConvoscriptError, InternalError, LimitExceeded, StoreError

RUN_LOG = logging.getLogger("convoscript.run")
COMPILE_LOG = logging.getLogger("convoscript.compile")
STORE_LOG = logging.getLogger("convoscript.store")
WORKER_LOG = logging.getLogger("convoscript.worker")
# a library must not print through the root logger's last-resort handler
logging.getLogger("convoscript").addHandler(logging.NullHandler())

# span attribute names are the log fields with this prefix (OpenTelemetry's namespacing)
ATTRIBUTE_PREFIX = "convoscript."


def _otel() -> Any:
    """`opentelemetry.trace` if the host has imported it, else None (every span a no-op).

    OpenTelemetry is optional (the `otel` extra) and never imported here: a host can only set
    a tracer provider, or open a span a compile would join, after importing
    `opentelemetry.trace` itself (as `opentelemetry-instrument` does at start-up), so until
    then there is nothing to report to, and importing it would cost every process that does
    not trace (docs/architecture.md, "Lazy imports")."""
    return sys.modules.get("opentelemetry.trace")


def store_kind(store: object) -> str:
    """The store's kind for the `store` field ("memory", "sqlite", "postgres", "redis", or
    an embedder's class name) — never its URL, which may hold a password."""
    kind = _KINDS.get(type(store))
    if kind is None:
        name = type(store).__name__
        kind = name[: -len("Store")].lower() if name.endswith("Store") and name != "Store" else name
        _KINDS[type(store)] = kind
    return kind


_KINDS: dict[type, str] = {}  # a store class's kind, worked out once (every run asks)


def outcome(error: BaseException | None) -> str:
    """ "ok", or the error's type (`ConvoscriptError.type`; a host exception's class name)."""
    if error is None:
        return "ok"
    if isinstance(error, ConvoscriptError):
        return error.type
    return type(error).__name__


class RunObservation:
    """The fields of one run, filled in as it goes: the engine's commit loop reports each
    attempt, and the end of `Conversation.run` reports the result. The fields are worked out
    only when something reads them (a log record, a span, an error's record): a run nobody
    watches does not pay for them."""

    __slots__ = ("_fields", "_finished", "attempts", "conversation_id", "started", "store")

    def __init__(self, conversation_id: str, store: str):
        self.conversation_id = conversation_id
        self.store = store
        self.attempts = 0
        self.started = time.perf_counter()
        self._fields: dict[str, Any] | None = None
        self._finished: tuple | None = None

    def finish(self, script: str | None, digest: str | None, result: Any) -> None:
        """Record how the run ended (`result`: the RunResult)."""
        self._finished = (script, digest, result, time.perf_counter())
        self._fields = None

    @property
    def fields(self) -> dict[str, Any]:
        if self._fields is None:
            self._fields = self._make_fields()
        return self._fields

    @fields.setter
    def fields(self, value: dict[str, Any]) -> None:
        self._fields = value

    def _make_fields(self) -> dict[str, Any]:
        if self._finished is None:
            return {}
        script, digest, result, ended = self._finished
        error = result.error
        cost = result.cost or {}
        return {
            "conversation_id": self.conversation_id,
            "script": script,
            "digest": digest,
            "outcome": outcome(error),
            "limit": error.limit if isinstance(error, LimitExceeded) else None,
            "steps": cost.get("steps"),
            "seconds": _rounded(cost.get("seconds")),
            "wall_seconds": round(ended - self.started, 6),
            "attempts": self.attempts,
            "store": self.store,
        }


def _rounded(seconds: object) -> object:
    return round(seconds, 6) if isinstance(seconds, float) else seconds


_current_run: contextvars.ContextVar[RunObservation | None] = contextvars.ContextVar(
    "convoscript_run", default=None
)


class observed_run:  # lower case: used as `with observe.observed_run(...)`, like a function
    """Around one `Conversation.run`: a `convoscript.run` span, and at its end the run's
    INFO record (plus the WARNING / ERROR records its outcome calls for). A class rather than
    a generator context manager: it runs around every run, and costs half as much."""

    __slots__ = ("seen", "span", "span_context", "token")

    def __init__(self, conversation_id: str, store: object):
        self.seen = RunObservation(conversation_id, store_kind(store))

    def __enter__(self) -> RunObservation:
        self.token = _current_run.set(self.seen)
        self.span_context = _span("convoscript.run") if _tracing() else None
        self.span = self.span_context.__enter__() if self.span_context is not None else None
        return self.seen

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        seen = self.seen
        try:
            if exc is not None:
                # a run that raised (a bad `now` or zone, a wrong argument): still one record
                seen.fields = {
                    "conversation_id": seen.conversation_id,
                    "outcome": outcome(exc),
                    "attempts": seen.attempts,
                    "store": seen.store,
                    "wall_seconds": round(time.perf_counter() - seen.started, 6),
                }
            _current_run.reset(self.token)
            _report_run(seen, self.span)
        finally:
            if self.span_context is not None:
                self.span_context.__exit__(kind, exc, tb)


def finish_run(seen: RunObservation, script: Any, result: Any) -> None:
    """The end of a run: its fields from the Script (or None) and the RunResult, and the
    records about its error that are not the INFO line (they need the error itself)."""
    seen.finish(script.filename if script is not None else None, result.digest, result)
    error = result.error
    if isinstance(error, InternalError):
        # the detail is the host's only (never in the RunResult): the operator's clue
        RUN_LOG.error(
            "run on %s broke inside convoscript: %s",
            seen.conversation_id,
            error.detail or "(no detail)",
            extra={**seen.fields, "detail": error.detail},
        )
    elif isinstance(error, StoreError):  # StoreConflict included: retries ran out
        STORE_LOG.warning(
            "run on %s committed nothing: %s after %d attempt(s)",
            seen.conversation_id,
            error.type,
            seen.attempts,
            extra=seen.fields,
        )


def _report_run(seen: RunObservation, span: Any) -> None:
    fields = seen.fields
    if span is not None:
        _set_attributes(span, fields)
        otel = _otel()
        if fields.get("outcome") != "ok" and otel is not None:
            span.set_status(otel.Status(otel.StatusCode.ERROR, fields["outcome"]))
    if RUN_LOG.isEnabledFor(logging.INFO):
        RUN_LOG.info(
            "run %s on %s: %s (%s steps, %s s, %d attempt(s))",
            fields.get("script"),
            fields.get("conversation_id"),
            fields.get("outcome"),
            fields.get("steps"),
            fields.get("seconds"),
            fields.get("attempts", 0),
            extra=fields,
        )


def attempt(number: int) -> None:
    """The commit loop starts attempt `number` (1 is the first; a later one follows a commit
    that lost its compare-and-swap to another run)."""
    seen = _current_run.get()
    if seen is not None:
        seen.attempts = number
    if number > 1 and STORE_LOG.isEnabledFor(logging.DEBUG):
        STORE_LOG.debug(
            "commit conflict on %s: attempt %d",
            seen.conversation_id if seen is not None else None,
            number,
            extra={
                "conversation_id": seen.conversation_id if seen is not None else None,
                "attempts": number,
            },
        )


def worker_died(how: str, script: str | None = None) -> None:
    """A worker process died: during a run (`how`: "deadline" — killed past its time — or
    "limit" — ended by an OS limit) or while idle ("idle")."""
    seen = _current_run.get()
    WORKER_LOG.warning(
        "worker process died (%s)%s",
        how,
        f" running {script}" if script else "",
        extra={
            "worker": how,
            "script": script,
            "conversation_id": seen.conversation_id if seen is not None else None,
        },
    )


@contextmanager
def observed_compile(filename: str) -> Iterator[dict[str, Any]]:
    """Around one `Runtime.compile`: a `convoscript.compile` span and a DEBUG record. The
    caller fills in `digest` and `cache_hit` in the yielded dict."""
    fields: dict[str, Any] = {"script": filename, "digest": None, "cache_hit": None}
    started = time.perf_counter()
    with _span("convoscript.compile") as span:
        try:
            yield fields
            fields["outcome"] = "ok"
        except BaseException as exc:
            fields["outcome"] = outcome(exc)
            raise
        finally:
            fields["seconds"] = round(time.perf_counter() - started, 6)
            if span is not None:
                _set_attributes(span, fields)
            if COMPILE_LOG.isEnabledFor(logging.DEBUG):
                COMPILE_LOG.debug(
                    "compile %s: %s (%s s, cache %s)",
                    filename,
                    fields["outcome"],
                    fields["seconds"],
                    "hit" if fields["cache_hit"] else "miss",
                    extra=fields,
                )


def wants_compile_digest() -> bool:
    """Whether a compile's digest is wanted (a DEBUG record or a recording span): it costs
    a hash of the source, which a cache hit otherwise skips."""
    if COMPILE_LOG.isEnabledFor(logging.DEBUG):
        return True
    otel = _otel()
    return otel is not None and otel.get_current_span().is_recording()


def _tracing() -> bool:
    """Whether the host configured an OpenTelemetry SDK: with none, even the API's no-op span
    is skipped (its context switch costs more than the rest of this module per run)."""
    otel = _otel()
    return otel is not None and not isinstance(
        otel.get_tracer_provider(), (otel.ProxyTracerProvider, otel.NoOpTracerProvider)
    )


@contextmanager
def _span(name: str) -> Iterator[Any]:
    """A current span named `name` (None without opentelemetry-api or an SDK); exceptions
    are recorded on it."""
    if not _tracing():
        yield None
        return
    otel = _otel()
    with otel.get_tracer("convoscript").start_as_current_span(name) as span:
        yield span


def _set_attributes(span: Any, fields: dict[str, Any]) -> None:
    if not span.is_recording():
        return
    for key, value in fields.items():
        if value is not None:  # OpenTelemetry attributes cannot be None
            span.set_attribute(ATTRIBUTE_PREFIX + key, value)
