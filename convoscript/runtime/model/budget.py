"""The per-run budget: steps, wall clock, recursion depth and sizes, charged by generated code and
runtime helpers; running out raises `BudgetExceeded`, which script `catch` clauses cannot see.

The active budget lives in a context variable so that runtime helpers deep in the GDK can charge
it without threading it through every call; each run sets its own (threads and asyncio tasks
each see their own run's budget).
"""

from __future__ import annotations

import contextvars
import time
from dataclasses import dataclass

from convoscript.runtime.model.exceptions import BudgetExceeded


@dataclass(frozen=True)
class Limits:
    """Hard limits for one run. Defaults suit a conversation-flow script task."""

    max_steps: int = 1_000_000
    max_seconds: float = 2.0
    max_depth: int = 200
    max_string_length: int = 1_000_000
    max_collection_size: int = 100_000
    max_number_digits: int = 10_000
    max_output_bytes: int = 1_000_000
    max_log_entries: int = 10_000
    max_metrics: int = 1_000  # custom metrics a conversation may hold
    max_metric_length: int = 65_536  # characters in one metric's code or value
    max_transient_variables: int = 10_000  # transient variables a conversation may hold
    max_process_variables: int = 10_000  # process variables (`execution`) a conversation may hold
    # characters of JSON the value, the (transient) variables and the conversation data a run
    # leaves may take together, a shared value counted each time it is written: the size of
    # what is saved and returned
    max_state_bytes: int = 16 * 2**20
    # bytes the process's resident memory may grow while a run is under way: a best-effort
    # backstop (runtime/run/watchdog.py) for memory no size limit counts, such as many large
    # values held at once; process-wide, so concurrent runs in one process share it
    max_rss_growth: int = 2**30

    def replace(self, **changes: object) -> Limits:
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        values.update(changes)
        return Limits(**values)  # type: ignore[arg-type]


# Nesting deeper than this is refused in data a run parses (JSON) or saves (its state):
# Groovy recurses per level too, with the JVM stack as its only limit.
MAX_DATA_NESTING = 500

# How many steps pass between two wall-clock reads (a clock read costs more than a step).
_CLOCK_EVERY = 1024


class Budget:
    """What one run may still spend, and what it has spent."""

    __slots__ = (
        "_next_check",
        "_next_clock",
        "deadline",
        "depth",
        "limits",
        "log_entries",
        "output_bytes",
        "peak_collection",
        "peak_depth",
        "peak_string",
        "started",
        "steps",
        "stopped",
    )

    def __init__(self, limits: Limits):
        self.limits = limits
        self.steps = 0
        self.depth = 0
        self.peak_depth = 0
        self.output_bytes = 0
        self.log_entries = 0
        self.peak_string = 0
        self.peak_collection = 0
        self.started = time.perf_counter()
        self.deadline = self.started + limits.max_seconds
        self._next_clock = _CLOCK_EVERY
        # the step count at which tick() leaves its fast path (clock read, limit, stop)
        self._next_check = min(_CLOCK_EVERY, limits.max_steps + 1)
        # Set once a budget runs out or the sandbox refuses something: the run is over, and any
        # script code that still runs (a `finally` block) is stopped at its first step.
        self.stopped: BaseException | None = None

    # -- charging -------------------------------------------------------------------------
    def tick(self, cost: int = 1) -> None:
        """Charge `cost` steps; called at every loop iteration and call, and by helpers.

        The fast path is one add and one compare; everything else happens in `_check`."""
        self.steps += cost
        if self.steps >= self._next_check:
            self._check()

    def _check(self) -> None:
        if self.stopped is not None:
            raise self.stopped
        if self.steps > self.limits.max_steps:
            self._fail(
                "steps",
                self.limits.max_steps,
                f"Step limit exceeded: the script ran more than {self.limits.max_steps} steps",
            )
        if self.steps >= self._next_clock:
            self._next_clock = self.steps + _CLOCK_EVERY
            self.check_clock()
        self._next_check = min(self._next_clock, self.limits.max_steps + 1)

    def guard(self) -> None:
        """Start of every `finally` block: a stopped run runs no more script code."""
        if self.stopped is not None:
            raise self.stopped

    def stop(self, reason: BaseException) -> None:
        if self is not _UNLIMITED and self.stopped is None:
            self.stopped = reason
            self._next_check = 0  # the next step of any kind raises `reason` again

    def check_clock(self) -> None:
        if time.perf_counter() > self.deadline:
            self._fail(
                "time",
                self.limits.max_seconds,
                f"Time limit exceeded: the script ran longer than {self.limits.max_seconds} s",
            )

    def enter(self) -> None:
        """A script method or closure call begins."""
        self.depth += 1
        self.peak_depth = max(self.peak_depth, self.depth)
        if self.depth > self.limits.max_depth:
            self._fail(
                "recursion",
                self.limits.max_depth,
                f"Recursion limit exceeded: calls nested deeper than {self.limits.max_depth}",
            )
        self.tick()

    def leave(self) -> None:
        self.depth -= 1

    def check_string(self, length: int) -> None:
        if length > self.peak_string:
            self.peak_string = length
            if length > self.limits.max_string_length:
                self._fail(
                    "memory",
                    self.limits.max_string_length,
                    f"String size limit exceeded: {length} characters "
                    f"(limit {self.limits.max_string_length})",
                )

    def check_collection(self, size: int) -> None:
        if size > self.peak_collection:
            self.peak_collection = size
            if size > self.limits.max_collection_size:
                self._fail(
                    "memory",
                    self.limits.max_collection_size,
                    f"Collection size limit exceeded: {size} elements "
                    f"(limit {self.limits.max_collection_size})",
                )

    def check_number_bits(self, bits: int) -> None:
        """Refuse a BigInteger/BigDecimal result of about `bits` bits before computing it."""
        digits = int(bits * 0.30103) + 1
        if digits > self.limits.max_number_digits:
            self._fail(
                "memory",
                self.limits.max_number_digits,
                f"Number size limit exceeded: about {digits} digits "
                f"(limit {self.limits.max_number_digits})",
            )

    def charge_output(self, nbytes: int) -> None:
        self.output_bytes += nbytes
        if self.output_bytes > self.limits.max_output_bytes:
            self._fail(
                "output",
                self.limits.max_output_bytes,
                f"Output limit exceeded: more than {self.limits.max_output_bytes} bytes",
            )

    def charge_log(self) -> None:
        self.log_entries += 1
        if self.log_entries > self.limits.max_log_entries:
            self._fail(
                "output",
                self.limits.max_log_entries,
                f"Log limit exceeded: more than {self.limits.max_log_entries} entries",
            )

    def check_metrics(self, count: int, code: str | None, value: str | None) -> None:
        """Before a metric is written: the conversation's count and the value's length."""
        longest = max(len(code or ""), len(value or ""))
        if longest > self.limits.max_metric_length:
            self._fail(
                "memory",
                self.limits.max_metric_length,
                f"Metric size limit exceeded: {longest} characters "
                f"(limit {self.limits.max_metric_length})",
            )
        if count > self.limits.max_metrics:
            self._fail(
                "memory",
                self.limits.max_metrics,
                f"Metric count limit exceeded: {count} metrics (limit {self.limits.max_metrics})",
            )

    def check_transient(self, count: int) -> None:
        if count > self.limits.max_transient_variables:
            self._fail(
                "memory",
                self.limits.max_transient_variables,
                f"Transient variable limit exceeded: {count} variables "
                f"(limit {self.limits.max_transient_variables})",
            )

    def check_process_variables(self, count: int) -> None:
        if count > self.limits.max_process_variables:
            self._fail(
                "memory",
                self.limits.max_process_variables,
                f"Process variable limit exceeded: {count} variables "
                f"(limit {self.limits.max_process_variables})",
            )

    def refuse(self, kind: str, limit: object, message: str) -> None:
        """Fail the run with a limit of its own kind (a cap that is not one of `Limits`)."""
        self._fail(kind, limit, message)

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def remaining(self) -> float:
        """Seconds left before the deadline (0.0 once it has passed): what a service may wait."""
        return max(self.deadline - time.perf_counter(), 0.0)

    def wake(self) -> None:
        """Make the run's next step read the clock (the watchdog's call, from its own thread,
        once the deadline has passed): the run stops right after the builtin or service call
        it is in returns, not up to 1,024 steps later. Two attribute stores, safe from any
        thread; if a concurrent `_check` overwrites them, the next wake or clock read wins."""
        self._next_clock = 0
        self._next_check = 0

    def interrupt(self, kind: str, limit: object, message: str) -> None:
        """Stop the run from another thread (the watchdog): its next step, and any `finally`
        block after it, raises LimitExceeded(`kind`). Nothing is raised here."""
        self.stop(BudgetExceeded(kind, limit, message))

    def _fail(self, kind: str, limit: object, message: str) -> None:
        # Once exhausted, stays exhausted: a `finally` block that runs afterwards trips at once.
        exc = BudgetExceeded(kind, limit, message)
        self.stop(exc)
        raise exc


_UNLIMITED = Budget(
    Limits(
        max_steps=10**18,
        max_seconds=10**9,
        max_depth=10**6,
        max_string_length=10**12,
        max_collection_size=10**12,
        max_number_digits=10**9,
        max_output_bytes=10**15,
        max_log_entries=10**15,
        max_metrics=10**15,
        max_metric_length=10**15,
        max_transient_variables=10**15,
        max_process_variables=10**15,
    )
)

_current: contextvars.ContextVar[Budget] = contextvars.ContextVar(
    "convoscript_budget", default=_UNLIMITED
)


def current() -> Budget:
    """The budget of the run executing on this thread/task (unlimited outside any run)."""
    return _current.get()


def running() -> Budget | None:
    """The budget of the run executing on this thread/task, or None outside any run."""
    b = _current.get()
    return None if b is _UNLIMITED else b


def activate(budget: Budget) -> contextvars.Token:
    return _current.set(budget)


def deactivate(token: contextvars.Token) -> None:
    _current.reset(token)
