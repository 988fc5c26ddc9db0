"""The throwable classes scripts may name, construct and catch: their constructors
(`new IllegalStateException("x", cause)`), Throwable's methods and properties (getMessage,
cause, initCause, ...), and their default imports.

Every throwable is runtime.model's `GroovyThrowable`, whose Java class and parents are listed
there (`JAVA_PARENTS`); the classes are java.lang's, java.util's, java.io's, groovy.lang's, groovy.json's
JsonException, and the value classes of java.net and java.util.concurrent failures (scripts
throw them to model a failed call; constructing one does no I/O and starts no thread).
"""

from __future__ import annotations

from convoscript.runtime.core.arrays import JavaArray
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.door.allowlist import EXCEPTION_PROPERTIES
from convoscript.runtime.door.missing import described_missing_method, described_missing_property
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import (
    JAVA_PARENTS,
    GroovyThrowable,
    java_is_a,
    qualified_name,
)
from convoscript.runtime.model.values import GString, Long


def _cause_text(cause: GroovyThrowable) -> str:
    """cause.toString(), the message of `new X(cause)`: a copy of the cause's message, so it is
    size-checked and charged by its length (a chain of wraps holds every message: without the
    charge 100,000 wraps held 1.1 GB in a linear number of steps)."""
    text = cause.to_java_string()
    b = budget.current()
    b.check_string(len(text))
    b.tick(1 + len(text) // 64)
    return text


def _message_of(value: object) -> str | None:
    if value is None:
        return None
    return to_string(value)


def _throwable_constructor(name: str, with_cause: bool = True):
    def construct(*args: object) -> GroovyThrowable:
        arity(args, 0, 1, 2)
        if not args:
            return GroovyThrowable(name, None)
        if len(args) == 2:
            if not with_cause or not isinstance(args[1], GroovyThrowable) and args[1] is not None:
                raise NoSignature
            return GroovyThrowable(name, _message_text(args[0]), args[1])
        arg = args[0]
        index_message = _index_message(name, arg)
        if index_message is not None:
            return GroovyThrowable(name, index_message)
        if isinstance(arg, GroovyThrowable):
            if not with_cause:
                raise NoSignature
            return GroovyThrowable(name, _cause_text(arg), arg)
        return GroovyThrowable(name, _message_text(arg))

    return construct


# The index constructors: `new IndexOutOfBoundsException(3)` is "Index out of range: 3"
# (IndexOutOfBoundsException also takes a long); the message's prefix, and whether a Long fits.
_INDEX_MESSAGES = {
    "IndexOutOfBoundsException": ("Index out of range: ", True),
    "ArrayIndexOutOfBoundsException": ("Array index out of range: ", False),
    "StringIndexOutOfBoundsException": ("String index out of range: ", False),
}


def _index_message(name: str, value: object) -> str | None:
    """The message of `new X(index)` for the index exceptions, or None for another argument."""
    found = _INDEX_MESSAGES.get(name)
    if found is None or type(value) is not int and not (found[1] and type(value) is Long):
        return None
    return f"{found[0]}{int(value)}"  # type: ignore[call-overload]


def _groovy_runtime_exception(*args: object) -> GroovyThrowable:
    """`new GroovyRuntimeException(...)`: Groovy's getMessage() writes a null message as
    "null" (message + location text), and the (Throwable) constructor keeps no message of its
    own, only the cause (checked on Groovy 2.4)."""
    exc = _throwable_constructor("GroovyRuntimeException")(*args)
    if len(args) == 1 and isinstance(args[0], GroovyThrowable):
        exc.message = None
    if exc.message is None:
        exc.message = "null"
    return exc


def _message_text(value: object) -> str | None:
    if value is None:
        return None
    if type(value) not in (str, GString):
        raise NoSignature
    return to_string(value)


def _assertion_error(*args: object) -> GroovyThrowable:
    arity(args, 0, 1, 2)
    if not args:
        return GroovyThrowable("AssertionError", None)
    if len(args) == 2:
        return GroovyThrowable("AssertionError", _message_text(args[0]), args[1])
    if type(args[0]) in (str, GString):
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"could not access constructor: private java.lang.AssertionError(java.lang.String) "
            f"with arguments: [{to_string(args[0])}] reason: java.lang.IllegalAccessException: "
            f"class org.codehaus.groovy.reflection.CachedConstructor cannot access a member of "
            f'class java.lang.AssertionError (in module java.base) with modifiers "private"',
        )
    cause = args[0] if isinstance(args[0], GroovyThrowable) else None
    return GroovyThrowable("AssertionError", _message_of(args[0]), cause)


_THROWABLES_WITH_CAUSE = (
    "Throwable",
    "Exception",
    "Error",
    "RuntimeException",
    "IllegalArgumentException",
    "IllegalStateException",
    "UnsupportedOperationException",
    "ConcurrentModificationException",
    "GroovyRuntimeException",
    "IOException",
    "JsonException",
)


_THROWABLES_MESSAGE_ONLY = (
    "ArithmeticException",
    "NullPointerException",
    "NumberFormatException",
    "IndexOutOfBoundsException",
    "ArrayIndexOutOfBoundsException",
    "StringIndexOutOfBoundsException",
    "ClassCastException",
    "NoSuchElementException",
    "InterruptedIOException",
    "SocketTimeoutException",
    "SocketException",
    "ConnectException",
    "UnknownHostException",
    "EOFException",
    "TimeoutException",
    "CancellationException",
    "InterruptedException",
    "InputMismatchException",
)


def _protected_constructor(name: str, args: tuple) -> GroovyThrowable:
    """What Groovy 2.4 raises for a JDK constructor that is protected (checked on Groovy)."""
    qualified = qualified_name(name)
    params = ", ".join("java.lang.String" for _ in args)
    values = ", ".join(to_string(a) for a in args)
    return GroovyThrowable(
        "GroovyRuntimeException",
        f"could not access constructor: protected {qualified}({params}) with arguments: "
        f"[{values}] reason: java.lang.IllegalAccessException: class "
        f"org.codehaus.groovy.reflection.CachedConstructor cannot access a member of class "
        f'{qualified} (in module java.base) with modifiers "protected"',
    )


def _execution_exception(*args: object) -> GroovyThrowable:
    """ExecutionException(String, Throwable) and (Throwable) are public; () and (String) are
    protected."""
    arity(args, 0, 1, 2)
    if len(args) == 2:
        if args[1] is not None and not isinstance(args[1], GroovyThrowable):
            raise NoSignature
        return GroovyThrowable("ExecutionException", _message_text(args[0]), args[1])
    if args and isinstance(args[0], GroovyThrowable):
        return GroovyThrowable("ExecutionException", _cause_text(args[0]), args[0])
    if args and args[0] is not None and type(args[0]) not in (str, GString):
        raise NoSignature
    raise _protected_constructor("ExecutionException", args)


def _unchecked_io_exception(*args: object) -> GroovyThrowable:
    """UncheckedIOException(String, IOException) and (IOException); the cause must be set."""
    arity(args, 1, 2)
    cause = args[-1]
    if cause is not None and not (
        isinstance(cause, GroovyThrowable) and java_is_a(cause.java_class, "IOException")
    ):
        raise NoSignature
    if cause is None:
        raise GroovyThrowable("NullPointerException", None)
    message = _message_text(args[0]) if len(args) == 2 else _cause_text(cause)
    return GroovyThrowable("UncheckedIOException", message, cause)


def _empty_stack_exception(*args: object) -> GroovyThrowable:
    arity(args, 0)
    return GroovyThrowable("EmptyStackException", None)


def _class_value(value: object) -> object:
    """A `Class` argument: a class reference or a class the script defines (a sandboxed
    value either way; its name and method candidates are all a message reads)."""
    if isinstance(value, ClassRef) or hasattr(value, "method_candidates"):
        return value
    if value is None:  # Groovy fails later, reading the null type's name
        raise GroovyThrowable("NullPointerException", None)
    raise NoSignature


def _name_text(value: object) -> str:
    if value is None:  # MethodRankHelper's Levenshtein distance rejects a null name
        raise GroovyThrowable("IllegalArgumentException", "Strings must not be null")
    if type(value) not in (str, GString):
        raise NoSignature
    return to_string(value)


def _missing_method_exception(*args: object) -> GroovyThrowable:
    """`new MissingMethodException(method, type, arguments[, isStatic])`: the exception a
    failed call raises, built by the script (to rethrow or to model a failure); its message
    and candidates are a failed call's on `type` (checked on Groovy 2.4)."""
    arity(args, 3, 4)
    arguments = args[2]
    if arguments is None:
        values: tuple = ()
    elif isinstance(arguments, JavaArray):
        values = tuple(arguments)
    else:  # Groovy passes any other value as the one element of the Object[]
        values = (arguments,)
    static = len(args) == 4 and args[3] is True
    cls = _class_value(args[1])
    name = _name_text(args[0])
    return described_missing_method(cls, name, values, static)


def missing_method_is_static(self: object, *args: object) -> bool:
    """`e.isStatic()` of a MissingMethodException: whether it names a static call."""
    arity(args, 0)
    if not isinstance(self, GroovyThrowable) or self.java_class != "MissingMethodException":
        raise NoSignature
    return str(self.details.get("type", "")).startswith("static ")


def _missing_property_exception(*args: object) -> GroovyThrowable:
    """`new MissingPropertyException(message)`, `(property, type)`, `(property, type, cause)`
    and `(message, property, type)`: a given message wins over the one Groovy writes; with a
    cause the message is "No such property: p for class: C. Reason: <cause>" (Groovy 2.4)."""
    arity(args, 1, 2, 3)
    if len(args) == 1:
        return GroovyThrowable("MissingPropertyException", _message_text(args[0]))
    if len(args) == 3 and isinstance(args[1], (str, GString)):  # (message, property, type)
        exc = described_missing_property(_class_value(args[2]), to_string(args[1]))
        if args[0] is not None:  # a null message: getMessage() writes Groovy's own
            exc.message = _message_text(args[0])
        return exc
    cls = _class_value(args[1])
    name = _name_text(args[0])
    exc = described_missing_property(cls, name)
    cause = args[2] if len(args) == 3 else None
    if cause is not None:
        if not isinstance(cause, GroovyThrowable):
            raise NoSignature
        owner = cls.qualified if isinstance(cls, ClassRef) else str(cls.name)  # type: ignore[attr-defined]
        exc.message = f"No such property: {name} for class: {owner}. Reason: {_cause_text(cause)}"
        exc.cause = cause
    return exc


def _t(self: object) -> GroovyThrowable:
    if isinstance(self, GroovyThrowable):
        return self
    raise NoSignature


def throwable_get_message(self: object, *args: object) -> object:
    arity(args, 0)
    return _t(self).message


def throwable_get_cause(self: object, *args: object) -> object:
    arity(args, 0)
    return _t(self).cause


def throwable_to_string(self: object, *args: object) -> str:
    arity(args, 0)
    return _t(self).to_java_string()


def throwable_init_cause(self: object, *args: object) -> GroovyThrowable:
    arity(args, 1)
    e = _t(self)
    if args[0] is not None and not isinstance(args[0], GroovyThrowable):
        raise NoSignature
    if e.cause is not None:
        raise GroovyThrowable(
            "IllegalStateException", f"Can't overwrite cause with {to_string(args[0])}"
        )
    if args[0] is e:
        raise GroovyThrowable("IllegalArgumentException", "Self-causation not permitted")
    e.cause = args[0]
    return e


THROWABLE_METHODS = {
    "getMessage": throwable_get_message,
    "getLocalizedMessage": throwable_get_message,
    "getCause": throwable_get_cause,
    "toString": throwable_to_string,
    "initCause": throwable_init_cause,
}


def _carried(java_class: str, prop: str):
    """`e.getMethod()`, `e.getType()`, ...: the getter of what Groovy's exception carries, the
    same value as the property (`e.method`, runtime.door.allowlist.EXCEPTION_PROPERTIES)."""
    read = EXCEPTION_PROPERTIES[java_class][prop]

    def getter(self: object, *args: object) -> object:
        arity(args, 0)
        if not isinstance(self, GroovyThrowable):
            raise NoSignature
        return read(self)

    return getter


METHODS = {
    "Throwable": THROWABLE_METHODS,
    "MissingMethodException": {
        "isStatic": missing_method_is_static,
        "getMethod": _carried("MissingMethodException", "method"),
        "getType": _carried("MissingMethodException", "type"),
        "getArguments": _carried("MissingMethodException", "arguments"),
    },
    "MissingPropertyException": {
        "getProperty": _carried("MissingPropertyException", "property"),
        "getType": _carried("MissingPropertyException", "type"),
    },
}
PROPERTIES = {
    "Throwable": {
        "message": lambda e: e.message,
        "localizedMessage": lambda e: e.message,
        "cause": lambda e: e.cause,
    },
}
CONSTRUCTORS = {
    "java.lang.AssertionError": _assertion_error,
    "java.util.concurrent.ExecutionException": _execution_exception,
    "java.io.UncheckedIOException": _unchecked_io_exception,
    "java.util.EmptyStackException": _empty_stack_exception,
    "groovy.lang.MissingMethodException": _missing_method_exception,
    "groovy.lang.MissingPropertyException": _missing_property_exception,
}
for _name in _THROWABLES_WITH_CAUSE:
    CONSTRUCTORS[qualified_name(_name)] = _throwable_constructor(_name)
for _name in _THROWABLES_MESSAGE_ONLY:
    CONSTRUCTORS[qualified_name(_name)] = _throwable_constructor(_name, with_cause=False)
CONSTRUCTORS["groovy.lang.GroovyRuntimeException"] = _groovy_runtime_exception

DEFAULT_IMPORTS = {
    name: qualified_name(name)
    for name in JAVA_PARENTS
    if qualified_name(name).rsplit(".", 1)[0]
    in ("java.lang", "java.util", "groovy.lang", "java.io", "java.net")
}
IMPORTABLE = {
    q: q
    for q in (
        "groovy.json.JsonException",
        "java.util.concurrent.TimeoutException",
        "java.util.concurrent.ExecutionException",
        "java.util.concurrent.CancellationException",
    )
}
