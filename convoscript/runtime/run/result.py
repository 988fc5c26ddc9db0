"""RunResult: what one run did, as plain data — the executor's output and the API's answer."""

from __future__ import annotations

from dataclasses import dataclass, field

from convoscript.errors import ConvoscriptError


@dataclass
class RunResult:
    """What one run did: the state after it, its log and output, its error, its cost."""

    conversation_id: str
    variables: dict
    transient: dict
    metrics: dict
    log: list[dict]
    stdout: str
    error: ConvoscriptError | None
    value: object = None
    cost: dict = field(default_factory=dict)
    messages: list = field(default_factory=list)  # integration messages sent (JSON strings)
    conversation: dict = field(default_factory=dict)  # user, entities, ... after the run
    # sha256 (hex) of the script's source and libraries (engine.Script.digest)
    digest: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict:
        """The CLI's `--json` shape."""
        return {
            "variables": self.variables,
            "transient": self.transient,
            "metrics": self.metrics,
            "log": self.log,
            "messages": self.messages,
            "stdout": self.stdout,
            "error": None if self.error is None else self.error.to_dict(),
            "digest": self.digest,
        }
