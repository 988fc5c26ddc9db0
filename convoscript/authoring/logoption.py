"""`--log-format json|text` for the commands that run scripts: sends convoscript's structured
log records (docs/observability.md) to stderr. Without the flag, $CONVOSCRIPT_LOG_FORMAT; with
neither, nothing is logged (the library's default)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from convoscript import logformat as convo_logging

_F = TypeVar("_F", bound=Callable[..., Any])


def _configure(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value:  # an empty $CONVOSCRIPT_LOG_FORMAT is "not set"
        convo_logging.configure(value)


def log_format_option(command: _F) -> _F:
    """The option, configured as soon as it is parsed (before the command's body runs)."""
    return click.option(
        "--log-format",
        type=click.Choice(convo_logging.FORMATS),
        envvar=convo_logging.FORMAT_VARIABLE,
        show_envvar=True,
        expose_value=False,
        callback=_configure,
        help="Log each run (and store conflicts, worker deaths) to stderr as JSON lines or "
        "text; the level is $CONVOSCRIPT_LOG_LEVEL (default INFO).",
    )(command)
