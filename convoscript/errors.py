"""The errors convoscript reports to its users, each with the fields of DESIGN.md §5.

These are host-facing: they carry plain data (strings, ints, lists) only, never a script object.
"""

from __future__ import annotations

from typing import NamedTuple


class ConvoscriptError(Exception):
    """Base of every error convoscript reports."""

    type: str = "ConvoscriptError"

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column

    def to_dict(self) -> dict[str, object]:
        """The JSON shape used by the CLI: type, message, line (and more where known)."""
        data: dict[str, object] = {"type": self.type, "message": self.message, "line": self.line}
        if self.column is not None:
            data["column"] = self.column
        if self.file is not None:
            data["file"] = self.file
        return data


class FlowSyntaxError(ConvoscriptError):
    """The script does not parse or compile: file, line, column, message, source line, caret."""

    type = "FlowSyntaxError"

    def __init__(self, message: str, *, file: str, line: int, column: int, source_line: str):
        super().__init__(message, file=file, line=line, column=column)
        self.source_line = source_line

    @classmethod
    def at(cls, file: str, source: str, line: int, column: int, message: str) -> FlowSyntaxError:
        lines = source.splitlines()
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        return cls(message, file=file, line=line, column=column, source_line=text)

    def render(self) -> str:
        """Compiler-style report: `FILE:LINE:COL: message`, the source line, a caret."""
        caret = " " * (max(self.column or 1, 1) - 1) + "^"
        expanded = self.source_line.replace("\t", " ")
        return f"{self.file}:{self.line}:{self.column}: {self.message}\n{expanded}\n{caret}"

    def __str__(self) -> str:
        return self.render()


class CompileLimitExceeded(FlowSyntaxError):
    """A compile budget ran out (tokens, nesting, interpolations, digits, time): a syntax error
    at the place it ran out, with `limit` saying which. Its `type` stays FlowSyntaxError: every
    caller that reports a script that does not compile reports this one the same way."""

    def __init__(
        self, message: str, *, file: str, line: int, column: int, source_line: str, limit: str
    ):
        super().__init__(message, file=file, line=line, column=column, source_line=source_line)
        self.limit = limit

    @classmethod
    def at(  # type: ignore[override]
        cls, file: str, source: str, line: int, column: int, message: str, limit: str = "size"
    ) -> CompileLimitExceeded:
        lines = source.splitlines()
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        return cls(message, file=file, line=line, column=column, source_line=text, limit=limit)

    def to_dict(self) -> dict[str, object]:
        data = super().to_dict()
        data["limit"] = self.limit
        return data


class TraceFrame(NamedTuple):
    """One frame of a script's Groovy-style trace: the script method (`run` for the script body,
    `closure1`...), its line and column, and the file it is in (the script or a library)."""

    method: str
    line: int
    file: str | None = None
    column: int | None = None

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"method": self.method, "line": self.line}
        if self.column is not None:
            data["column"] = self.column
        if self.file is not None:
            data["file"] = self.file
        return data


class ScriptError(ConvoscriptError):
    """The script raised a Groovy/Java exception it did not catch."""

    def __init__(
        self,
        groovy_type: str,
        message: str | None,
        *,
        file: str | None = None,
        line: int | None = None,
        trace: list[TraceFrame] | None = None,
        column: int | None = None,
    ):
        super().__init__(
            message if message is not None else "", file=file, line=line, column=column
        )
        self.type = groovy_type
        self.groovy_message = message
        # plain (method, line[, file, column]) tuples are accepted: a worker's report
        self.trace = [TraceFrame(*frame) for frame in trace or []]

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "type": self.type,
            "message": self.groovy_message,
            "line": self.line,
        }
        if self.column is not None:
            data["column"] = self.column
        if self.file is not None:
            data["file"] = self.file
        if self.trace:
            data["trace"] = [frame.to_dict() for frame in self.trace]
        return data

    def __str__(self) -> str:
        where = f" (line {self.line})" if self.line else ""
        return f"{self.type}: {self.groovy_message}{where}"


class SecurityViolation(ConvoscriptError):
    """The script tried something the sandbox refuses; `signature` names it exactly."""

    type = "SecurityViolation"

    def __init__(
        self,
        signature: str,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ):
        super().__init__(message, file=file, line=line, column=column)
        self.signature = signature

    def to_dict(self) -> dict[str, object]:
        data = super().to_dict()
        data["signature"] = self.signature
        return data


class LimitExceeded(ConvoscriptError):
    """A budget ran out: `limit` is which one (steps, time, memory, recursion, output)."""

    type = "LimitExceeded"

    def __init__(
        self,
        limit: str,
        value: object,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ):
        super().__init__(message, file=file, line=line, column=column)
        self.limit = limit
        self.value = value

    def to_dict(self) -> dict[str, object]:
        data = super().to_dict()
        data["limit"] = self.limit
        data["value"] = self.value
        return data


class InternalError(ConvoscriptError):
    """A bug in convoscript itself (never the script's fault); the conversation is untouched.
    Its message names no Python exception; `detail` (host side only, never in `to_dict()`)
    says which, for the embedder's logs."""

    type = "InternalError"
    detail: str | None = None


class EmbedderError(InternalError):
    """The embedder's setup is wrong (a service that shadows a handle, a factory that makes no
    handle, a fault on an unknown name): not the script's fault and not a bug. Its message is
    convoscript's own, written for the embedder, so a run reports it as it is (an
    InternalError's message otherwise names nothing of the Python exception)."""


class FlowStateError(ConvoscriptError, ValueError):
    """A conversation state that cannot be stored or run on: nested too deeply, too large, or
    naming a file outside the directory it may read from. Raised before anything is stored or
    run, so the conversation is left as it was; a ValueError too, as wrong-shaped state is."""

    type = "FlowStateError"


class StoreError(ConvoscriptError):
    """The conversation store failed (unreachable, refused the query, schema missing or too
    old): nothing of the run was committed. The driver's own exception is never raised to the
    host; its message is kept here."""

    type = "StoreError"


class StoreConflict(StoreError):
    """The run's commit lost the compare-and-swap on the conversation's version on every
    attempt (other runs on the same conversation kept committing first): nothing of this run
    was committed. Raise `Runtime(max_retries=...)` or reduce contention."""

    type = "StoreConflict"


class ConversationClosed(ConvoscriptError):
    """A run on a conversation that was closed (`Conversation.close()`): refused, nothing ran.
    Reopen it explicitly (`Conversation.reopen()`, `convoscript reopen ID --store URL`)."""

    type = "ConversationClosed"
