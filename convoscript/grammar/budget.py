"""The compile budget: what parsing and compiling one script may cost (issue 11, item 5).

Compiling runs before any run budget exists, on text an untrusted author wrote, so it has limits
of its own: source size, tokens, nesting depth, GString interpolations, digits in a number
literal and the wall clock for parse + compile. A limit that runs out raises
`CompileLimitExceeded` (a FlowSyntaxError) at the place in the source where it ran out.

The active budget lives in a context variable, like the run budget: the scanner, the parser and
the compiler's stages charge it without threading it through every call. `parse()` called
outside a compile gets a budget with the default limits.
"""

from __future__ import annotations

import contextvars
import time
from dataclasses import dataclass

from convoscript.errors import CompileLimitExceeded


@dataclass(frozen=True)
class CompileLimits:
    """Hard limits for compiling one script (with its libraries). The defaults are far above
    any flow script (a few KB, a few thousand tokens, nesting below 100): see docs/sandbox.md."""

    max_source_chars: int = 1_000_000
    max_tokens: int = 50_000  # scanned tokens, those inside GString interpolations included
    # nesting of the parse tree (brackets, blocks, operator chains: `1 + 1 + ...` nests once
    # per operator); every later stage recurses over the tree, so this bounds them all
    max_nesting: int = 1_000
    max_interpolations: int = 10_000  # `$x` and `${...}` in all strings of the script
    max_literal_digits: int = 10_000  # digits in one number literal (run time: max_number_digits)
    # wall clock for parse + compile: a backstop to the token limit, generous for a loaded host
    # (a 17,000-token file took 9 s on a 2-CPU machine running the test suite)
    max_seconds: float = 20.0

    def replace(self, **changes: object) -> CompileLimits:
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        values.update(changes)
        return CompileLimits(**values)  # type: ignore[arg-type]


DEFAULT_LIMITS = CompileLimits()

# How many tokens or tree nodes pass between two clock reads.
_CLOCK_EVERY = 4096


class CompileBudget:
    """What one compile may still spend; `refuse` raises at a source position."""

    __slots__ = (
        "_tick",
        "deadline",
        "filename",
        "interpolations",
        "limits",
        "nesting",
        "source",
        "tokens",
    )

    def __init__(self, limits: CompileLimits, filename: str, source: str):
        self.limits = limits
        self.filename = filename
        self.source = source  # the whole text: refusals quote its line
        self.deadline = time.monotonic() + limits.max_seconds
        self.tokens = 0
        self.interpolations = 0
        self.nesting = 0  # tree levels above the text being parsed (GString interpolations)
        self._tick = 0

    def refuse(self, limit: str, message: str, line: int, col: int) -> CompileLimitExceeded:
        return CompileLimitExceeded.at(self.filename, self.source, line, col, message, limit)

    def charge_tokens(self, count: int, line: int, col: int) -> None:
        self.tokens += count
        if self.tokens > self.limits.max_tokens:
            raise self.refuse(
                "tokens",
                f"Script too large: more than {self.limits.max_tokens} tokens",
                line,
                col,
            )

    def charge_interpolation(self, line: int, col: int) -> None:
        self.interpolations += 1
        if self.interpolations > self.limits.max_interpolations:
            raise self.refuse(
                "interpolations",
                f"Too many GString interpolations: more than {self.limits.max_interpolations} "
                "'$' expressions in the script's strings",
                line,
                col,
            )

    def check_digits(self, text: str, line: int, col: int) -> None:
        if len(text) <= self.limits.max_literal_digits:
            return
        digits = sum(1 for c in text if c.isalnum())  # hex digits too (and a suffix)
        if digits > self.limits.max_literal_digits:
            raise self.refuse(
                "digits",
                f"Number literal too long: {digits} digits (the limit is "
                f"{self.limits.max_literal_digits})",
                line,
                col,
            )

    def tick(self, line: int = 1, col: int = 1) -> None:
        """Count one unit of work; read the clock every few thousand."""
        self._tick += 1
        if self._tick >= _CLOCK_EVERY:
            self._tick = 0
            self.check_time(line, col)

    def check_time(self, line: int = 1, col: int = 1) -> None:
        if time.monotonic() > self.deadline:
            raise self.refuse(
                "time",
                f"Script took too long to compile (more than {self.limits.max_seconds:g} s)",
                line,
                col,
            )


_active: contextvars.ContextVar[CompileBudget | None] = contextvars.ContextVar(
    "convoscript_compile_budget", default=None
)


def active(filename: str, source: str) -> CompileBudget:
    """The budget of the compile under way, or a fresh default one (a bare `parse()`)."""
    budget = _active.get()
    if budget is None:
        budget = CompileBudget(DEFAULT_LIMITS, filename, source)
    return budget


def tick(line: int | None, col: int | None) -> None:
    """Count one unit of compile work (a node visited) against the active budget's clock."""
    budget = _active.get()
    if budget is not None:
        budget.tick(line or 1, col or 1)


def current() -> CompileBudget | None:
    return _active.get()


def begin(budget: CompileBudget) -> contextvars.Token:
    """Make `budget` the active one; pass the result to `end`."""
    return _active.set(budget)


def end(token: contextvars.Token) -> None:
    _active.reset(token)
