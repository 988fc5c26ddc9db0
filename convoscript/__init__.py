"""convoscript: run Groovy conversation-flow scripts (Amelia-style BPN script tasks) in a sandbox.

The public API: compile a script once with a `Runtime`, run it on a `Conversation`, read the
`RunResult`. Every error a user can meet is one of the four below.
"""

from convoscript._version import __version__
from convoscript.engine import Conversation, Runtime, Script
from convoscript.errors import (
    CompileLimitExceeded,
    FlowStateError,
    FlowSyntaxError,
    LimitExceeded,
    ScriptError,
    SecurityViolation,
)
from convoscript.grammar.budget import CompileLimits
from convoscript.runtime.model.budget import Limits
from convoscript.runtime.run.result import RunResult

__all__ = [
    "CompileLimitExceeded",
    "CompileLimits",
    "Conversation",
    "FlowStateError",
    "FlowSyntaxError",
    "LimitExceeded",
    "Limits",
    "RunResult",
    "Runtime",
    "Script",
    "ScriptError",
    "SecurityViolation",
    "__version__",
]
