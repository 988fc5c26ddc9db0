"""Java/Groovy throwables as scripts see them, and the budget error scripts cannot catch.

A script's `try/catch` only ever catches `GroovyThrowable` subclasses, matched by Java class
name through `JAVA_PARENTS`; `BudgetExceeded` derives from `BaseException` so no generated
handler can swallow it.
"""

from __future__ import annotations

from collections.abc import Callable

# Java class hierarchy by simple name: child -> parent. Also the allow-list of throwable
# classes a script may name in `catch` or construct with `new`.
JAVA_PARENTS: dict[str, str | None] = {
    "Throwable": None,
    "Exception": "Throwable",
    "Error": "Throwable",
    "AssertionError": "Error",
    "PowerAssertionError": "AssertionError",
    "StackOverflowError": "Error",
    "LinkageError": "Error",  # a script class's static initialiser failed (scriptclasses.py)
    "ExceptionInInitializerError": "LinkageError",
    "NoClassDefFoundError": "LinkageError",
    "RuntimeException": "Exception",
    "ScriptException": "Exception",
    "IOException": "Exception",
    "ArithmeticException": "RuntimeException",
    "NullPointerException": "RuntimeException",
    "IllegalArgumentException": "RuntimeException",
    "NumberFormatException": "IllegalArgumentException",
    "IllegalStateException": "RuntimeException",
    "IndexOutOfBoundsException": "RuntimeException",
    "ArrayIndexOutOfBoundsException": "IndexOutOfBoundsException",
    "StringIndexOutOfBoundsException": "IndexOutOfBoundsException",
    "UnsupportedOperationException": "RuntimeException",
    "ClassCastException": "RuntimeException",
    "ConcurrentModificationException": "RuntimeException",
    "NoSuchElementException": "RuntimeException",
    "GroovyRuntimeException": "RuntimeException",
    "GroovyCastException": "ClassCastException",
    "MissingMethodException": "GroovyRuntimeException",
    "MissingPropertyException": "GroovyRuntimeException",
    "ReadOnlyPropertyException": "MissingPropertyException",
    "MissingFieldException": "GroovyRuntimeException",
    "JsonException": "GroovyRuntimeException",
    "JsonInternalException": "JsonException",
    "PatternSyntaxException": "IllegalArgumentException",
    "IllegalFormatException": "IllegalArgumentException",
    "MissingFormatArgumentException": "IllegalFormatException",
    "IllegalFormatConversionException": "IllegalFormatException",
    "UnknownFormatConversionException": "IllegalFormatException",
    "NegativeArraySizeException": "RuntimeException",
    "ParseException": "Exception",
    "DateTimeException": "RuntimeException",
    "DateTimeParseException": "DateTimeException",
    "ZoneRulesException": "DateTimeException",
    "UnsupportedTemporalTypeException": "DateTimeException",
    # value classes of I/O, network and concurrency failures that scripts construct and throw
    # to model a flaky call (constructing one does no I/O and starts no thread)
    "InterruptedIOException": "IOException",
    "SocketTimeoutException": "InterruptedIOException",
    "SocketException": "IOException",
    "ConnectException": "SocketException",
    "UnknownHostException": "IOException",
    "EOFException": "IOException",
    "UnsupportedEncodingException": "IOException",  # new String(bytes, "no-such-charset")
    "UncheckedIOException": "RuntimeException",
    "TimeoutException": "Exception",
    "ExecutionException": "Exception",
    "CancellationException": "IllegalStateException",
    "InterruptedException": "Exception",
    "InputMismatchException": "NoSuchElementException",
    "EmptyStackException": "RuntimeException",
}

# Fully qualified names, for printing (`toString()` of a throwable is "fqcn: message").
JAVA_PACKAGES: dict[str, str] = {
    "PowerAssertionError": "org.codehaus.groovy.runtime.powerassert",
    "GroovyRuntimeException": "groovy.lang",
    "GroovyCastException": "org.codehaus.groovy.runtime.typehandling",
    "MissingMethodException": "groovy.lang",
    "MissingPropertyException": "groovy.lang",
    "ReadOnlyPropertyException": "groovy.lang",
    "MissingFieldException": "groovy.lang",
    "ScriptException": "javax.script",
    "IOException": "java.io",
    "ConcurrentModificationException": "java.util",
    "NoSuchElementException": "java.util",
    "JsonException": "groovy.json",
    "JsonInternalException": "groovy.json.internal.Exceptions$",
    "PatternSyntaxException": "java.util.regex",
    "IllegalFormatException": "java.util",
    "MissingFormatArgumentException": "java.util",
    "IllegalFormatConversionException": "java.util",
    "UnknownFormatConversionException": "java.util",
    "ParseException": "java.text",
    "DateTimeException": "java.time",
    "DateTimeParseException": "java.time.format",
    "ZoneRulesException": "java.time.zone",
    "UnsupportedTemporalTypeException": "java.time.temporal",
    "InterruptedIOException": "java.io",
    "UnsupportedEncodingException": "java.io",
    "SocketTimeoutException": "java.net",
    "SocketException": "java.net",
    "ConnectException": "java.net",
    "UnknownHostException": "java.net",
    "EOFException": "java.io",
    "UncheckedIOException": "java.io",
    "TimeoutException": "java.util.concurrent",
    "ExecutionException": "java.util.concurrent",
    "CancellationException": "java.util.concurrent",
    "InputMismatchException": "java.util",
    "EmptyStackException": "java.util",
}


def java_is_a(name: str, ancestor: str) -> bool:
    """True when Java class `name` is `ancestor` or a subclass of it."""
    current: str | None = name
    while current is not None:
        if current == ancestor:
            return True
        current = JAVA_PARENTS.get(current)
    return False


def qualified_name(name: str) -> str:
    package = JAVA_PACKAGES.get(name, "java.lang")
    return f"{package}{name}" if package.endswith("$") else f"{package}.{name}"


class GroovyThrowable(Exception):
    """A Java throwable raised by or inside a script; catchable by script `catch` clauses."""

    _message: str | None

    def __init__(
        self,
        java_class: str,
        message: str | None = None,
        cause: object = None,
        details: dict | None = None,
    ):
        super().__init__(message)
        self.java_class = java_class
        self.message = message
        # the rest of the message, made when first read: Groovy's "Possible solutions:" line
        # costs a ranking that a script catching the exception unread should not pay for
        self.message_tail: Callable[[], str] | None = None
        self.cause = cause
        # what Groovy's exception carries besides the message: `property` and `type` of a
        # MissingPropertyException, `method` and `type` of a MissingMethodException
        self.details = details or {}
        self.groovy_line: int | None = None
        self.groovy_column: int | None = None
        self.groovy_trace: list[tuple[str, int]] = []

    @property
    def message(self) -> str | None:
        if self.message_tail is not None:
            tail, self.message_tail = self.message_tail, None
            self._message = (self._message or "") + tail()
        return self._message

    @message.setter
    def message(self, value: str | None) -> None:
        self._message = value
        self.message_tail = None

    def __str__(self) -> str:
        return self.to_java_string()

    def qualified_class(self) -> str:
        """The class's qualified name (a script-defined exception class has no package)."""
        return qualified_name(self.java_class)

    def to_java_string(self) -> str:
        """Java's Throwable.toString(): the qualified class name, then ": message"."""
        name = self.qualified_class()
        return name if self.message is None else f"{name}: {self.message}"


def throwable(java_class: str, message: str | None = None) -> GroovyThrowable:
    return GroovyThrowable(java_class, message)


# The two Groovy exceptions whose text scripts and goldens depend on are written here, once;
# callers describe the owner class and the arguments the way their layer can (the receiver-level
# builders are runtime.door.missing's).
def no_signature(
    owner: str,
    method: str,
    types: str,
    values: str,
    arguments: tuple | None = None,
    suggestions: Callable[[], str] | None = None,
) -> GroovyThrowable:
    """Groovy's MissingMethodException: no method `owner.method` takes these arguments, given
    as Groovy lists them (`types` and `values` comma-separated), then Groovy's
    `suggestions` ("\nPossible solutions: ..." or "", made when the message is first read).
    With `arguments`, the exception also carries `e.method`, `e.type` and `e.arguments`."""
    exc = GroovyThrowable(
        "MissingMethodException",
        f"No signature of method: {owner}.{method}() is applicable for argument types: "
        f"({types}) values: [{values}]",
        details=None
        if arguments is None
        else {"method": method, "type": owner, "arguments": list(arguments)},
    )
    exc.message_tail = suggestions
    return exc


def no_such_property(
    owner: str, name: str, details: bool = True, suggestions: Callable[[], str] | None = None
) -> GroovyThrowable:
    """Groovy's MissingPropertyException for property `name` of class `owner`, then Groovy's
    `suggestions` ("\nPossible solutions: ..." or "", made when the message is first read);
    with `details` it also carries `e.property` and `e.type`."""
    exc = GroovyThrowable(
        "MissingPropertyException",
        f"No such property: {name} for class: {owner}",
        details={"property": name, "type": owner} if details else None,
    )
    exc.message_tail = suggestions
    return exc


class BudgetExceeded(BaseException):
    """A budget ran out. BaseException, so neither script handlers nor `except Exception` catch it."""

    def __init__(self, kind: str, limit: object, message: str):
        super().__init__(message)
        self.kind = kind
        self.limit = limit
        self.message = message


class SecurityRefused(BaseException):
    """The script tried something the allow-list refuses. Uncatchable by scripts, like a budget."""

    def __init__(self, signature: str, message: str | None = None):
        super().__init__(message or f"Refused: {signature}")
        self.signature = signature
        self.message = message or f"Groovy scripts are not allowed to call {signature}"
        self.groovy_line: int | None = None
