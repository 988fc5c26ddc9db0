"""convoscript: run Groovy conversation-flow scripts (Amelia-style BPN script tasks) in a sandbox.

The public API: compile a script once with a `Runtime`, run it on a `Conversation`, read the
`RunResult`. Every error a user can meet is one of the four below.
"""

from convoscript._version import __version__
from convoscript.engine import Conversation, Runtime, RunResult, Script  # noqa: E402
from convoscript.errors import FlowSyntaxError, LimitExceeded, ScriptError, SecurityViolation  # noqa: E402
from convoscript.runtime.model.budget import Limits  # noqa: E402

__all__ = ["Runtime", "Script", "Conversation", "RunResult", "Limits", "FlowSyntaxError",
           "ScriptError", "SecurityViolation", "LimitExceeded", "__version__"]
