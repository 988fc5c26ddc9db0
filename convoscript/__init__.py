"""convoscript: run Groovy conversation-flow scripts (Amelia-style BPN script tasks) in a sandbox.

The public API: compile a script once with a `Runtime`, run it on a `Conversation`, read the
`RunResult`. Every error a user can meet is one of those below.
"""

from convoscript._version import __version__
from convoscript.engine import Conversation, Runtime, Script
from convoscript.errors import (
    CompileLimitExceeded,
    ConversationClosed,
    FlowStateError,
    FlowSyntaxError,
    LimitExceeded,
    ScriptError,
    SecurityViolation,
    StoreConflict,
    StoreError,
)
from convoscript.grammar.budget import CompileLimits
from convoscript.runtime.model.budget import Limits
from convoscript.runtime.run.result import RunResult
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.state import RunState
from convoscript.store import (
    MemoryStore,
    PostgresStore,
    RedisStore,
    SQLiteStore,
    Store,
    open_store,
)

__all__ = [
    "CompileLimitExceeded",
    "CompileLimits",
    "Conversation",
    "ConversationClosed",
    "FlowStateError",
    "FlowSyntaxError",
    "LimitExceeded",
    "Limits",
    "MemoryStore",
    "PostgresStore",
    "RedisStore",
    "RunResult",
    "RunState",
    "Runtime",
    "SQLiteStore",
    "Script",
    "ScriptError",
    "SecurityViolation",
    "ServiceHandle",
    "Store",
    "StoreConflict",
    "StoreError",
    "__version__",
    "open_store",
    "script_method",
]
