"""Per-run clock and random numbers, so that dates and `Random` are deterministic when the
embedder (or a state file's `now`/`seed`) fixes them, and never shared between runs.

`now()` is the instant the run sees as "now" (timezone-aware, fixed for the whole run);
`default_zone()` is the run's default time zone (the JVM default on Amelia; UTC unless set);
`rng()` is the run's `random.Random`.
"""

from __future__ import annotations

import contextvars
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo


@dataclass
class RunContext:
    now: datetime
    zone: str = "UTC"
    seed: int | None = None
    _rng: random.Random | None = field(default=None, repr=False)
    # (delegate, resolve strategy) of the closures running now, innermost last
    delegates: list = field(default_factory=list, repr=False)
    # the categories of the `use(Category) { ... }` blocks running now, innermost last (their
    # members apply while the block runs, in the methods it calls too, as in Groovy)
    categories: list = field(default_factory=list, repr=False)
    # the embedder's allow-list extension (runtime.extensions.AllowListExtension) or None
    extension: object = None
    # the Runtime's compiled-pattern cache (runtime.core.regexcache.RegexCache), shared by its
    # runs; None: the run makes its own on first use
    regex_cache: object = field(default=None, repr=False)
    # the classes, interfaces and enums the running script defines: name -> (kind, the
    # interfaces it extends or implements, as written); a cast coerces a closure to an
    # interface among them
    script_types: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict, repr=False)
    # the superclass of each of them, qualified (a script class's by its name; None for an
    # interface): what `x.class.superclass` answers
    script_supers: dict[str, str | None] = field(default_factory=dict, repr=False)
    # the script's `this` and its classes by name (runtime.run's ScriptSelf and ScriptClass
    # objects): what a closure's owner is when it was written in the script or a static member
    script_self: object = field(default=None, repr=False)
    script_classes: dict = field(default_factory=dict, repr=False)
    # identity hash codes handed out in this run (id of a live object -> 31-bit number)
    _identities: dict | None = field(default=None, repr=False)
    _identity_rng: random.Random | None = field(default=None, repr=False)
    # the run's own copies of the mutable statics (PerRun -> its value in this run)
    _statics: dict | None = field(default=None, repr=False)

    def static_value(self, static: PerRun) -> object:
        """The value `static` has in this run: made on first use, the same object after."""
        if self._statics is None:
            self._statics = {}
        value = self._statics.get(static, _UNSET)
        if value is _UNSET:
            value = self._statics[static] = static.make()
        return value

    def identity_hash(self, value: object) -> int:
        """Java's identityHashCode for `value`: a random 31-bit number, fixed for the object
        within the run and reproducible with the run's seed (never a host memory address)."""
        if self._identities is None:
            self._identities = {}
            self._identity_rng = random.Random(None if self.seed is None else ~self.seed)
        key = id(value)
        code = self._identities.get(key)
        if code is None:
            code = self._identity_rng.getrandbits(31)  # type: ignore[union-attr]
            self._identities[key] = code
        return code

    def rng(self) -> random.Random:
        if self._rng is None:
            self._rng = random.Random(self.seed)
        return self._rng


_UNSET = object()


class PerRun:
    """A static (a `STATIC_FIELDS` value) with mutable insides, such as `Collections.EMPTY_MAP`:
    each run gets its own, made by `make` on first use, so nothing one run writes into it (through
    a path its read-only face forgot to refuse) is seen by another run. Within a run it is one
    object, as a Java static is (`Collections.EMPTY_LIST.is(Collections.EMPTY_LIST)`)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], object]):
        self.make = make

    def __repr__(self) -> str:
        return "PerRun()"


def make_context(
    now: datetime | str | None = None,
    zone: str | None = None,
    seed: int | None = None,
    extension: object = None,
    regex_cache: object = None,
) -> RunContext:
    """A run's context; `now` may be an ISO-8601 string (a naive one is read in `zone`)."""
    tz_name = zone or "UTC"
    tz = ZoneInfo(tz_name)
    if now is None:
        instant = datetime.now(UTC)
    elif isinstance(now, str):
        instant = datetime.fromisoformat(now.replace("Z", "+00:00"))
    else:
        instant = now
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=tz)
    return RunContext(instant, tz_name, seed, extension=extension, regex_cache=regex_cache)


_current: contextvars.ContextVar[RunContext | None] = contextvars.ContextVar(
    "convoscript_run_context", default=None
)


def current() -> RunContext:
    ctx = _current.get()
    if ctx is None:  # outside a run (unit tests of the GDK): a fresh real-time context
        ctx = make_context()
        _current.set(ctx)
    return ctx


def now() -> datetime:
    return current().now


def default_zone() -> str:
    return current().zone


def rng() -> random.Random:
    return current().rng()


def category_active(name: str) -> bool:
    """Whether a `use(name) { ... }` block is running in this run."""
    return name in current().categories


def identity_hash(value: object) -> int:
    return current().identity_hash(value)


def activate(ctx: RunContext) -> contextvars.Token:
    return _current.set(ctx)


def deactivate(token: contextvars.Token) -> None:
    _current.reset(token)
