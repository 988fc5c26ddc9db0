"""The files a command names (scripts, libraries, state files), read with errors that say which
file and what is wrong, as click usage errors (exit 2)."""

from __future__ import annotations

from pathlib import Path

import click

from convoscript import jsonio
from convoscript.runtime.model.budget import Limits
from convoscript.services.state import check_numbers, normalise_conversation

# the command line runs with the default limits: no run of it can make a longer number
STATE_NUMBER_DIGITS = Limits().max_number_digits


def read_text(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise click.UsageError(f"cannot read {what} {path}: {reason}") from None


def read_state(path: str | None) -> dict:
    if path is None:
        return {}
    text = read_text(path, "state file")
    try:
        # numbers longer than a run may make are measured, not converted (check_numbers)
        state = jsonio.loads(text, max_digits=STATE_NUMBER_DIGITS)
    except ValueError as exc:
        raise click.UsageError(f"state file {path} is not valid JSON: {exc}") from None
    if not isinstance(state, dict):
        raise click.UsageError(f"state file {path} must hold a JSON object")
    for key in ("variables", "transient", "metrics"):
        if key in state and not isinstance(state[key], dict):
            raise click.UsageError(f"state file {path}: '{key}' must be a JSON object")
    try:  # conversation keys (user, entities, tables, ...); CSV paths are relative to the file
        check_numbers(state, STATE_NUMBER_DIGITS)
        state.update(normalise_conversation(state, Path(path).parent))
    except ValueError as exc:
        raise click.UsageError(f"state file {path}: {exc}") from None
    return state
