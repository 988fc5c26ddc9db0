"""The two process-wide CPython limits convoscript changes, always upwards, and why.

CPython's recursion limit and its int<->str digit limit belong to the whole process. Only the
embedding API and the compiler call these functions (when is in docs/embedding.md); a run itself changes
nothing in `sys`.
"""

from __future__ import annotations

import sys

# CPython frames per Groovy call level (runtime helper, closure call, body), plus a margin for
# the frames under the script (the API, the executor, the frame).
_PY_FRAMES_PER_LEVEL = 8
_PY_FRAMES_UNDER_SCRIPT = 200

# int<->str conversions of this many digits are allowed (Python's own default is 4300)
INT_DIGITS = 1_000_000


def fit_recursion_limit(max_depth: int) -> None:
    """Raise CPython's recursion limit, never lower it, so that `max_depth` nested Groovy calls
    fit: deep recursion must end by the depth budget (LimitExceeded "recursion" with the
    budget's value, at a script line), not by a RecursionError wherever CPython runs out, maybe
    inside a runtime helper. Process-wide, so called when a Runtime is made and when a run
    brings deeper limits of its own, never per run."""
    raise_recursion_limit(max_depth * _PY_FRAMES_PER_LEVEL + _PY_FRAMES_UNDER_SCRIPT)


def raise_recursion_limit(needed: int) -> None:
    """CPython's recursion limit at least `needed` (the compiler's recursive descent over a
    deeply nested script needs more than the default, too)."""
    if sys.getrecursionlimit() < needed:
        sys.setrecursionlimit(needed)


def lift_int_digit_limit() -> None:
    """Lift CPython's int<->str digit limit (never lower it): our own `max_number_digits`,
    checked before a number is built, is the bound that matters, and state with big numbers
    may be read before any Runtime exists (so convoscript.engine does this when imported)."""
    if 0 < sys.get_int_max_str_digits() < INT_DIGITS:
        sys.set_int_max_str_digits(INT_DIGITS)
