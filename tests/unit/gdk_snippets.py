"""Helper for the table-driven library tests: run one Groovy snippet through the whole pipeline.

Each table row is (snippet, outcome). The outcome was observed by running the same snippet in
real Groovy 2.4.21 on JDK 17 (default zone UTC) inside
    def run = { Closure c -> try { def r = c(); r == null ? "null" :
                r.toString() + " | " + r.getClass().name }
                catch (Throwable e) { e.getClass().simpleName + ": " + e.message } }
keeping the first line: "<toString> | <class name>" or "<ExceptionSimpleName>: <message>".
"""

from __future__ import annotations

from convoscript import Runtime

IMPORTS = """import java.text.*
import java.time.*
import java.time.format.*
import java.time.temporal.*
import java.math.MathContext
import java.math.RoundingMode
import groovy.json.*
"""

_RUNTIME = Runtime()


def outcome(
    snippet: str, now: str = "2024-05-01T10:00:00Z", zone: str = "UTC", seed: int = 7
) -> str:
    source = (
        IMPORTS + "def r = { -> " + snippet + " }()\n"
        "println(r == null ? 'null' : r.toString() + ' | ' + r.getClass().name)\n"
    )
    result = _RUNTIME.conversation("gdk-test").run(source, now=now, zone=zone, seed=seed)
    if result.error is not None:
        kind = getattr(result.error, "type", type(result.error).__name__)
        message = getattr(result.error, "groovy_message", str(result.error))
        message = "null" if message is None else message
        text = f"{kind}: {message}"
    else:
        text = result.stdout.rstrip("\n")
    return text.split("\n")[0]
