"""Traceback translation: how a run's exception reaches the user, at Groovy lines and columns,
with a Groovy-style trace of script calls and never a Python frame."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from convoscript.compiler import pseudo_filename
from convoscript.compiler.artifact import CompiledScript
from convoscript.errors import (
    ConvoscriptError,
    EmbedderError,
    InternalError,
    LimitExceeded,
    ScriptError,
    SecurityViolation,
    TraceFrame,
)
from convoscript.runtime.door.scriptclasses import ScriptThrowable
from convoscript.runtime.model.exceptions import BudgetExceeded, GroovyThrowable, SecurityRefused
from convoscript.runtime.model.positions import column_at

# Error messages longer than this are cut when they leave a run.
MAX_ERROR_MESSAGE = 10_000

# The error `type` of an exception whose class the script defined: "script:Name". No Java class
# name and no host error type (LimitExceeded, SecurityViolation, InternalError...) contains a
# colon, so a script class named `LimitExceeded` can never pass for a host limit.
SCRIPT_CLASS_PREFIX = "script:"

# What a run's InternalError says: nothing of the Python exception (its class, its text, a
# repr or an address). The detail stays on the host side: `InternalError.detail`, and a DEBUG
# record with the traceback on this logger.
INTERNAL_ERROR_MESSAGE = "internal error: a fault in convoscript, not in the script"
_log = logging.getLogger("convoscript.internal")


def script_position(tb: TracebackType | None, filename: str) -> tuple[int | None, int | None, list]:
    """The innermost script line and column in a traceback (the column of the operation that
    failed, see runtime/model/positions.py), and the Groovy-style trace of script calls as
    (method, line, column), innermost first (lines of the compiled, joined source)."""
    line = column = None
    trace: list[tuple[str, int, int | None]] = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == filename:
            line = tb.tb_lineno
            column = column_at(code, tb.tb_lasti, line)
            trace.append((_groovy_frame_name(code.co_name), line, column))
        tb = tb.tb_next
    trace.reverse()
    return line, column, trace


def _groovy_frame_name(pyname: str) -> str:
    if pyname == "s_main":
        return "run"
    if pyname.startswith("m_"):
        return pyname[2:].split("_")[0] if "_" in pyname[2:] else pyname[2:]
    if pyname.startswith("c_"):
        return "closure" + pyname[2:]
    return pyname


def _frame(compiled: CompiledScript, name: str, at: int, column: int | None) -> TraceFrame:
    file, line = compiled.locate(at)
    return TraceFrame(name, line or at, file, column)


def translate_error(exc: BaseException, compiled: CompiledScript) -> ConvoscriptError:
    """The user's error for what ended a run: ScriptError, LimitExceeded, SecurityViolation,
    or InternalError for anything that is a bug in convoscript rather than the script."""
    filename = pseudo_filename(compiled.filename)
    raw_line, column, raw_trace = script_position(exc.__traceback__, filename)
    if isinstance(exc, GroovyThrowable) and exc.groovy_line:
        raw_line, column = exc.groovy_line, exc.groovy_column
    # with libraries, lines of the joined source map back to their own files (whole lines:
    # columns stay as they are)
    file, line = compiled.locate(raw_line)
    trace = [_frame(compiled, name, at, col) for name, at, col in raw_trace]
    if trace and (trace[0].line, trace[0].file) == (line, file) and column is not None:
        trace[0] = trace[0]._replace(column=column)  # the failing operation's own column
    if isinstance(exc, GroovyThrowable):
        message = exc.message
        if isinstance(message, str) and len(message) > MAX_ERROR_MESSAGE:
            # the cut message, marker included, stays within MAX_ERROR_MESSAGE
            marker = f"... ({len(message)} characters)"
            message = message[: MAX_ERROR_MESSAGE - len(marker)] + marker
        # a script's own exception class is marked as the script's, never a bare name
        kind = exc.java_class
        if isinstance(exc, ScriptThrowable):
            kind = SCRIPT_CLASS_PREFIX + kind
        return ScriptError(kind, message, file=file, line=line, column=column, trace=trace)
    if isinstance(exc, BudgetExceeded):
        return LimitExceeded(exc.kind, exc.limit, exc.message, file=file, line=line, column=column)
    if isinstance(exc, SecurityRefused):
        return SecurityViolation(exc.signature, exc.message, file=file, line=line, column=column)
    if isinstance(exc, RecursionError):
        return LimitExceeded(
            "recursion",
            sys.getrecursionlimit(),
            "Recursion limit exceeded",
            file=file,
            line=line,
            column=column,
        )
    if isinstance(exc, MemoryError):
        return LimitExceeded("memory", None, "Out of memory", file=file, line=line, column=column)
    if isinstance(exc, EmbedderError):  # our own words for the embedder: kept
        return EmbedderError(exc.message, file=file, line=line, column=column)
    _log.debug("internal error at %s:%s", file, line, exc_info=exc)
    bug = InternalError(INTERNAL_ERROR_MESSAGE, file=file, line=line, column=column)
    bug.detail = f"{type(exc).__name__}: {exc}"  # for the host's logs; never in to_dict()
    return bug
