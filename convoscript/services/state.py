"""The state a run works on: one conversation's variables, transient variables and metrics,
plus what the run produced (log entries, stdout). Handles read and write it directly, so
effects are visible at once inside the run; the engine commits it at the end of the run."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RunState:
    conversation_id: str
    variables: dict = field(default_factory=dict)
    transient: dict = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)
    log: list = field(default_factory=list)
    stdout: list = field(default_factory=list)
