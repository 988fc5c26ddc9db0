"""Group E: capabilities that must never be reachable (threats.md §4 E1-E9).

Processes, process exit, environment and system properties, files, URLs, timers, host
singletons and other tenants, class loading and script engines, sockets/JNDI/JDBC: every
spelling is refused with the exact signature and line, or does not exist at all.
"""

from __future__ import annotations

import os

import pytest
from sandbox_harness import (
    SMALL,
    assert_value,
    row,
    run,
    check,
)

from convoscript import Runtime


def cases(items):
    return pytest.mark.parametrize(
        "source,expected", [(s, e) for _, s, e in items], ids=[n for n, _, _ in items]
    )


E1 = [
    ("string-execute", '"id".execute()\nprintln "ESCAPED"', ("refused", "String.execute()", 1)),
    ("string-execute-text", '"id".execute().text', ("refused", "String.execute()", 1)),
    ("list-execute", '["sh", "-c", "id"].execute()', ("refused", "ArrayList.execute()", 1)),
    ("gstring-execute", 'def c = "id"\n"$c".execute()', ("refused", "GStringImpl.execute()", 2)),
    ("execute-with-env", '"id".execute(null, null)', ("refused", "String.execute(null, null)", 1)),
    ("runtime-exec", 'Runtime.getRuntime().exec("id")', ("refused", "Runtime.getRuntime()", 1)),
    ("runtime-property", 'Runtime.runtime.exec("id")', ("refused", "Runtime.runtime", 1)),
    (
        "fq-runtime",
        'java.lang.Runtime.getRuntime().exec("id")',
        ("refused", "Runtime.getRuntime()", 1),
    ),
    (
        "process-builder",
        'new ProcessBuilder("id").start()',
        ("refused", "new java.lang.ProcessBuilder(String)", 1),
    ),
    (
        "process-builder-list",
        'new ProcessBuilder(["id"]).start()',
        ("refused", "new java.lang.ProcessBuilder(ArrayList)", 1),
    ),
    (
        "fq-process-builder",
        'new java.lang.ProcessBuilder("id")',
        ("refused", "new java.lang.ProcessBuilder(String)", 1),
    ),
    (
        "import-process-builder",
        "import java.lang.ProcessBuilder\nnew ProcessBuilder('id')",
        ("compile-refused", "import java.lang.ProcessBuilder", 1),
    ),
    ("process-class", "Process.destroy()", ("refused", "Process.destroy()", 1)),
    ("execute-pointer", 'def f = "id".&execute', ("refused", "String.execute()", 1)),
    ("execute-computed", '"id"."${"exe" + "cute"}"()', ("refused", "String.execute()", 1)),
]
E2 = [
    ("system-exit", "System.exit(0)\nprintln 'ESCAPED'", ("refused", "System.exit(Integer)", 1)),
    (
        "system-exit-caught",
        "try { System.exit(1) } catch (Throwable t) { println 'ESCAPED' }",
        ("refused", "System.exit(Integer)", 1),
    ),
    ("runtime-halt", "Runtime.getRuntime().halt(0)", ("refused", "Runtime.getRuntime()", 1)),
    ("runtime-exit", "Runtime.runtime.exit(0)", ("refused", "Runtime.runtime", 1)),
    ("fq-system-exit", "java.lang.System.exit(0)", ("refused", "System.exit(Integer)", 1)),
    (
        "static-import-exit",
        "import static java.lang.System.exit\nexit(0)",
        ("compile-refused", "import java.lang.System.exit", 1),
    ),
    ("python-exit", "exit(0)", ("error", "MissingMethodException", 1)),
    ("python-quit", "quit()", ("error", "MissingMethodException", 1)),
    ("python-os-exit", "os._exit(0)", ("error", "MissingPropertyException", 1)),
    ("system-exit-exception", "throw new SystemExit()", ("refused", "new SystemExit()", 1)),
    (
        "keyboard-interrupt",
        "throw new KeyboardInterrupt()",
        ("refused", "new KeyboardInterrupt()", 1),
    ),
]
E3 = [
    ("getenv", 'System.getenv("HOME")', ("refused", "System.getenv(String)", 1)),
    ("getenv-all", "System.getenv()", ("refused", "System.getenv()", 1)),
    ("env-property", "System.env", ("refused", "System.env", 1)),
    (
        "get-property",
        'System.getProperty("user.home")',
        ("refused", "System.getProperty(String)", 1),
    ),
    (
        "set-property",
        'System.setProperty("a", "b")',
        ("refused", "System.setProperty(String, String)", 1),
    ),
    ("properties", "System.properties", ("refused", "System.getProperties()", 1)),
    ("clear-property", 'System.clearProperty("a")', ("refused", "System.clearProperty(String)", 1)),
    ("python-environ", "os.environ", ("error", "MissingPropertyException", 1)),
    ("integer-getinteger", 'Integer.getInteger("x")', ("refused", "Integer.getInteger(String)", 1)),
    ("boolean-getboolean", 'Boolean.getBoolean("x")', ("refused", "Boolean.getBoolean(String)", 1)),
]
E4 = [
    ("new-file", 'new File("/etc/passwd").text', ("refused", "new java.io.File(String)", 1)),
    (
        "new-file-two-args",
        'new File("/etc", "passwd")',
        ("refused", "new java.io.File(String, String)", 1),
    ),
    (
        "file-input-stream",
        'new java.io.FileInputStream("/etc/passwd")',
        ("refused", "new java.io.FileInputStream(String)", 1),
    ),
    (
        "file-reader",
        'new FileReader("/etc/passwd")',
        ("refused", "new java.io.FileReader(String)", 1),
    ),
    ("file-writer", 'new FileWriter("/tmp/x")', ("refused", "new java.io.FileWriter(String)", 1)),
    (
        "random-access",
        'new RandomAccessFile("/etc/passwd", "r")',
        ("refused", "new java.io.RandomAccessFile(String, String)", 1),
    ),
    (
        "temp-file",
        'File.createTempFile("a", "b")',
        ("refused", "File.createTempFile(String, String)", 1),
    ),
    (
        "paths-import",
        'import java.nio.file.Paths\nPaths.get("/etc/passwd")',
        ("compile-refused", "import java.nio.file.Paths", 1),
    ),
    (
        "files-import",
        "import java.nio.file.Files",
        ("compile-refused", "import java.nio.file.Files", 1),
    ),
    ("star-import", 'import java.io.*\nnew File("/x")', ("compile-refused", "import java.io.*", 1)),
    ("paths-fq", 'java.nio.file.Paths.get("/etc/passwd")', ("refused", "Paths.get(String)", 1)),
    ("string-as-file", "'/etc/passwd' as File", ("error", "GroovyCastException", 1)),
    ("with-reader", '"x".withReader { }', ("refused", "String.withReader(Closure)", 1)),
    ("new-reader", '"x".newReader()', ("refused", "String.newReader()", 1)),
    ("each-file", '"x".eachFile { }', ("refused", "String.eachFile(Closure)", 1)),
    ("python-open", 'open("/etc/passwd")', ("error", "MissingMethodException", 1)),
    (
        "object-output-stream",
        "new ObjectOutputStream(null)",
        ("refused", "new java.io.ObjectOutputStream(null)", 1),
    ),
]
E5 = [
    ("url-text", 'new URL("file:///etc/passwd").text', ("refused", "new java.net.URL(String)", 1)),
    (
        "url-open-stream",
        'new URL("file:///etc/passwd").openStream()',
        ("refused", "new java.net.URL(String)", 1),
    ),
    ("string-to-url", '"file:///etc/passwd".toURL().text', ("error", "MissingMethodException", 1)),
    ("uri-to-url", 'new URI("http://x").toURL()', ("refused", "new java.net.URI(String)", 1)),
    ("url-cast", '"file:///etc/passwd" as URL', ("error", "GroovyCastException", 1)),
    (
        "http-url-connection",
        "new HttpURLConnection(null)",
        ("refused", "new java.net.HttpURLConnection(null)", 1),
    ),
    (
        "json-slurper-url",
        'new groovy.json.JsonSlurper().parse(new URL("file:///etc/passwd"))',
        ("refused", "new java.net.URL(String)", 1),
    ),
    (
        "json-slurper-parse-file",
        'new groovy.json.JsonSlurper().parse("/etc/passwd")',
        ("error", "MissingMethodException", 1),
    ),
]
E6 = [
    ("nano-time", "System.nanoTime()", ("refused", "System.nanoTime()", 1)),
    (
        "current-time-millis",
        "System.currentTimeMillis()",
        ("refused", "System.currentTimeMillis()", 1),
    ),
    ("python-time", "time.perf_counter()", ("error", "MissingPropertyException", 1)),
    ("thread-sleep-timing", "Thread.sleep(1)", ("refused", "Thread.sleep(Integer)", 1)),
    # java.time.Clock (issue 10): a system clock reads the run's now, as Instant.now() does,
    # so it is no finer timer than the run already has; reflection stays refused beside it
    (
        "clock-is-the-runs-now",
        "import java.time.*\nClock.systemUTC().instant() == Instant.now()",
        ("value", True),
    ),
    (
        "clock-fixed-is-data",
        "import java.time.*\nClock.fixed(Instant.EPOCH, ZoneOffset.UTC).millis()",
        ("value", 0),
    ),
    (
        "clock-new-instance",
        "import java.time.Clock\nClock.systemUTC().getClass().newInstance()",
        ("refused", "Class.newInstance()", 2),
    ),
    (
        "clock-properties",
        "import java.time.Clock\nClock.systemUTC().properties",
        ("refused", "SystemClock.getProperties()", 2),
    ),
    (
        "clock-tick-not-modelled",
        "import java.time.*\nClock.tickMillis(ZoneOffset.UTC)",
        ("error", "MissingMethodException", 2),
    ),
]
E7 = [
    ("jenkins-instance", "Jenkins.getInstance()", ("error", "MissingPropertyException", 1)),
    ("jenkins-fq", "jenkins.model.Jenkins.instance", ("error", "MissingPropertyException", 1)),
    ("runtime-store", "this.runtime", ("error", "MissingPropertyException", 1)),
    ("handle-store", "execution.store", ("error", "MissingPropertyException", 1)),
    ("handle-runtime", "execution.runtime", ("error", "MissingPropertyException", 1)),
    ("handle-state", "execution.state", ("error", "MissingPropertyException", 1)),
    ("log-state", "log.state", ("error", "MissingPropertyException", 1)),
    ("metrics-state", "customMetricService.state", ("error", "MissingPropertyException", 1)),
    ("transient-state", "transientVariableService.state", ("error", "MissingPropertyException", 1)),
    ("log-add", 'log._add("INFO", "forged")', ("error", "MissingMethodException", 1)),
    (
        "other-conversation-handle",
        'execution.forConversation("c-victim")',
        ("error", "MissingMethodException", 1),
    ),
    ("handle-process-id-is-own", "execution.id", ("value", "proc-c-attack")),
    ("conversation-id-is-own", "execution.conversationId()", ("value", "c-attack")),
    ("thread-current", "Thread.currentThread()", ("refused", "Thread.currentThread()", 1)),
    # Thread.State is the one member of Thread a script may name (issue 10): six inert enum
    # constants; Thread itself, its statics and its other members stay refused
    ("thread-state-value", 'Thread.State.valueOf("NEW").name()', ("value", "NEW")),
    ("thread-state-constant", "Thread.State.WAITING.ordinal()", ("value", 3)),
    ("thread-state-sleep", "Thread.State.sleep(1)", ("refused", "Class.sleep(Integer)", 1)),
    ("thread-other-member", "Thread.MAX_PRIORITY", ("refused", "Thread.MAX_PRIORITY", 1)),
    ("thread-new", "new Thread()", ("refused", "new java.lang.Thread()", 1)),
    (
        "thread-state-class-loader",
        "Thread.State.classLoader",
        ("refused", "Class.getClassLoader()", 1),
    ),
    (
        "thread-state-new-instance",
        "Thread.State.NEW.getClass().newInstance()",
        ("refused", "Class.newInstance()", 1),
    ),
    (
        "thread-state-current",
        "Thread.State.currentThread()",
        ("error", "MissingMethodException", 1),
    ),
]
E8 = [
    (
        "groovy-shell",
        'new GroovyShell().evaluate("1")',
        ("refused", "new groovy.lang.GroovyShell()", 1),
    ),
    (
        "script-engine-manager",
        "new javax.script.ScriptEngineManager()",
        ("refused", "new javax.script.ScriptEngineManager()", 1),
    ),
    (
        "script-engine-import",
        "import javax.script.ScriptEngineManager\nnew ScriptEngineManager()",
        ("compile-refused", "import javax.script.ScriptEngineManager", 1),
    ),
    (
        "class-loader-load",
        'this.class.classLoader.loadClass("java.lang.Runtime")',
        ("refused", "Class.getClassLoader()", 1),
    ),
    (
        "system-class-loader",
        "ClassLoader.systemClassLoader",
        ("refused", "ClassLoader.systemClassLoader", 1),
    ),
    (
        "context-class-loader",
        "Thread.currentThread().contextClassLoader",
        ("refused", "Thread.currentThread()", 1),
    ),
    ("url-class-loader", "new URLClassLoader()", ("refused", "new java.net.URLClassLoader()", 1)),
    (
        "groovy-class-loader",
        "new GroovyClassLoader()",
        ("refused", "new groovy.lang.GroovyClassLoader()", 1),
    ),
    ("grape", 'groovy.grape.Grape.grab(group: "x")', ("refused", "Grape.grab(LinkedHashMap)", 1)),
    (
        "class-forname",
        'Class.forName("java.lang.Runtime")',
        ("refused", "Class.forName(String)", 1),
    ),
    ("python-import", "__import__('os')", ("compile-refused", "__import__", 1)),
]
E9 = [
    (
        "socket",
        'new Socket("localhost", 80)',
        ("refused", "new java.net.Socket(String, Integer)", 1),
    ),
    (
        "socket-import",
        'import java.net.Socket\nnew Socket("localhost", 80)',
        ("compile-refused", "import java.net.Socket", 1),
    ),
    (
        "server-socket",
        "new ServerSocket(8080)",
        ("refused", "new java.net.ServerSocket(Integer)", 1),
    ),
    (
        "jndi",
        'import javax.naming.InitialContext\nnew InitialContext().lookup("ldap://x")',
        ("compile-refused", "import javax.naming.InitialContext", 1),
    ),
    (
        "jdbc-import",
        'import java.sql.DriverManager\nDriverManager.getConnection("jdbc:x")',
        ("compile-refused", "import java.sql.DriverManager", 1),
    ),
    (
        "jdbc-fq",
        'java.sql.DriverManager.getConnection("jdbc:x")',
        ("compile-refused", "java.sql.DriverManager", 1),
    ),
    (
        "groovy-sql",
        'import groovy.sql.Sql\nSql.newInstance("jdbc:x")',
        ("compile-refused", "import groovy.sql.Sql", 1),
    ),
    (
        "http-builder",
        'new URL("http://evil.example").getText()',
        ("refused", "new java.net.URL(String)", 1),
    ),
]


@row("E1")
@cases(E1)
def test_E01_process_execution(source, expected) -> None:
    check(source, expected)


@row("E2")
@cases(E2)
def test_E02_process_termination(source, expected) -> None:
    check(source, expected)


@row("E3")
@cases(E3)
def test_E03_environment_and_properties(source, expected) -> None:
    before = dict(os.environ)
    check(source, expected)
    assert dict(os.environ) == before


@row("E4")
@cases(E4)
def test_E04_file_system(source, expected) -> None:
    check(source, expected)


@row("E5")
@cases(E5)
def test_E05_urls(source, expected) -> None:
    check(source, expected)


@row("E6")
@cases(E6)
def test_E06_high_resolution_timers(source, expected) -> None:
    check(source, expected)


@row("E7")
@cases(E7)
def test_E07_host_singletons_and_other_tenants(source, expected) -> None:
    check(source, expected)


@row("E7")
def test_E07_other_conversation_data_unreachable() -> None:
    rt = Runtime(limits=SMALL)
    rt.conversation(
        "c-victim",
        {
            "variables": {"secret": "victim-pin-1234"},
            "transient": {"token": "victim-token"},
            "metrics": {"m": "victim-metric"},
        },
    ).run("1")
    result = run(
        '[execution.getVariable("secret"), transientVariableService.getVariable("token"),\n'
        ' customMetricService.getMetric("m"), execution.getVariablesAsMap(),\n'
        " transientVariableService.getVariables(), customMetricService.getAllMetrics()]",
        rt=rt,
        cid="c-attack",
    )
    assert_value(result, [None, None, None, {}, {}, {}])
    assert "victim" not in str(result.to_dict())


@row("E8")
@cases(E8)
def test_E08_class_loading_and_script_engines(source, expected) -> None:
    check(source, expected)


@row("E9")
@cases(E9)
def test_E09_sockets_jndi_jdbc(source, expected) -> None:
    check(source, expected)
