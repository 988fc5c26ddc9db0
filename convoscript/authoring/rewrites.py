"""The portable rewrite of each refused construct `convoscript lint` reports, keyed by what the
refusal names: a class (qualified), a member, or an annotation. One table to review; each
rewrite is something that runs here (and on Amelia), or says plainly that there is none."""

from __future__ import annotations

_HTTP = "call the integration through integrationService.runSynchronously(...) (docs/services.md)"
_FILES = (
    "scripts have no file system: read reference data with tabularDataService.query(...) "
    "or keep it in a script library as a Groovy map or list"
)
_EVAL = (
    "write the expression as code; to choose behaviour by name, keep closures in a map "
    "(`def ops = [add: { a, b -> a + b }]; ops[name](1, 2)`)"
)
_WAIT = (
    "a run cannot block or start threads (its time budget is its clock): leave waiting to "
    "the flow (a timer event between tasks) and do the work in this run"
)

# by qualified class name
_CLASSES: dict[str, str] = {
    "java.io.File": _FILES,
    "java.io.FileInputStream": _FILES,
    "java.io.FileOutputStream": _FILES,
    "java.io.FileReader": _FILES,
    "java.io.FileWriter": _FILES,
    "java.io.RandomAccessFile": _FILES,
    "java.nio.file.Files": _FILES,
    "java.nio.file.Paths": _FILES,
    "java.nio.file.Path": _FILES,
    "java.net.URL": _HTTP,
    "java.net.URI": _HTTP,
    "java.net.HttpURLConnection": _HTTP,
    "java.net.Socket": _HTTP,
    "groovy.util.Eval": _EVAL,
    "groovy.lang.GroovyShell": _EVAL,
    "groovy.util.GroovyScriptEngine": _EVAL,
    "javax.script.ScriptEngineManager": _EVAL,
    "java.lang.Thread": _WAIT,
    "java.util.concurrent.Executors": _WAIT,
    "java.util.Timer": _WAIT,
    "groovy.text.SimpleTemplateEngine": (
        'build the text with a GString ("Dear ${name}") or String.format'
    ),
    "groovy.text.GStringTemplateEngine": (
        'build the text with a GString ("Dear ${name}") or String.format'
    ),
    "groovy.time.Duration": (
        "declare durations `def` or `TimeDuration`, or write groovy.time.Duration in full "
        "(docs/dialect.md, Not supported yet)"
    ),
}

# by member (as the refusal or the source names it), on any receiver
_MEMBERS: dict[str, str] = {
    "System.currentTimeMillis": "new Date().time",
    "System.nanoTime": "new Date().time (milliseconds)",
    "System.getenv": (
        "the host's environment is not reachable: pass configuration in as a process "
        "variable (execution.getVariable('name')) or a transient variable"
    ),
    "System.getProperty": (
        "the host's properties are not reachable: pass configuration in as a process "
        "variable (execution.getVariable('name'))"
    ),
    "System.out": "println (it writes to the run's output)",
    "System.err": "log.error(...) or println",
    "System.exit": "return from the script (or throw an exception the flow handles)",
    "execute": _HTTP + "; no process can be started",
    "sleep": _WAIT,
    "wait": _WAIT,
    "evaluate": _EVAL,
    "classLoader": (
        "name the class directly (an import of an allowed class); classes cannot be loaded by name"
    ),
    "getClassLoader": "name the class directly (an import of an allowed class)",
    "forName": "name the class directly (an import of an allowed class)",
    "newInstance": "construct it with `new Type(...)` (an allowed class)",
    "metaClass": (
        "write a script method or a class (script libraries can share them) instead of "
        "changing a class at run time"
    ),
    "getMetaClass": "write a script method or a class instead of changing a class at run time",
    "getenv": "pass configuration in as a process variable (execution.getVariable('name'))",
    "getEnv": "pass configuration in as a process variable (execution.getVariable('name'))",
    "properties": "read the properties you need by name (`obj.name`), or build a map of them",
    "invokeMethod": "call the method by name, or keep closures in a map and call `map[name]()`",
    "getProperty": 'read the property as `obj[name]` on a map, or `obj."$name"`',
    "setProperty": "write `map[name] = value` on a map",
    "binding": "use variables directly, or execution.getVariable/setVariable for flow state",
    "getBinding": "use variables directly, or execution.getVariable/setVariable for flow state",
    "withReader": _FILES,
    "withWriter": _FILES,
    "eachFile": _FILES,
    "newReader": _FILES,
}

# by annotation
_ANNOTATIONS: dict[str, str] = {
    "@Grab": (
        "dependencies cannot be fetched: use the allowed classes (groovy.json.JsonSlurper, "
        "JsonOutput, java.time, ...; docs/allowlist.md) or integrationService for a remote call"
    ),
    "@Grapes": "dependencies cannot be fetched: use the allowed classes (docs/allowlist.md)",
}


def rewrite_for(name: str) -> str | None:
    """The rewrite for what a refusal names: `java.io.File`, `System.getenv`, `execute`,
    `@Grab`, `Thread.sleep(Integer)`, `new java.io.File(String)`, ... or None."""
    if name.startswith("@"):
        return _ANNOTATIONS.get(name.split("(", 1)[0])
    name = name.removeprefix("new ").split("(", 1)[0].removesuffix("[]")
    owner, _, member = name.rpartition(".")
    simple_owner = owner.rsplit(".", 1)[-1]
    by_simple = {q.rsplit(".", 1)[-1]: text for q, text in _CLASSES.items()}
    for found in (
        _CLASSES.get(name),
        _MEMBERS.get(f"{simple_owner}.{member}" if owner else member),
        by_simple.get(name),
        _CLASSES.get(owner),
        by_simple.get(simple_owner),
        _MEMBERS.get(member),
    ):
        if found is not None:
            return found
    return None
