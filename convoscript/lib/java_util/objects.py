"""java.util.Objects: the null-safe helpers typed Java-style code uses for equals/hashCode/
toString (`Objects.equals(a, b)`, `Objects.hash(name, age)`, `Objects.requireNonNull(x, "x")`).

They are Java's: `equals` is Java's `equals` (1 and 1L differ, as do "a" and a GString), `hash`
is `Arrays.hashCode` over the values' hashCode(), `toString` is `String.valueOf`.
"""

from __future__ import annotations

from convoscript.runtime.core.arrays import JavaArray
from convoscript.runtime.core.closures import Closure, call_closure
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.hashing import java_hash
from convoscript.runtime.core.javacompare import java_equals
from convoscript.runtime.core.javatext import java_string
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Long


def _int32(n: int) -> int:
    n &= 0xFFFFFFFF
    return n - (1 << 32) if n & 0x80000000 else n


def _equals(*args: object) -> bool:
    arity(args, 2)
    a, b = args
    return a is b or (a is not None and java_equals(a, b))


def _deep_equals(*args: object) -> bool:
    return _equals(*args)  # lists compare deeply already; arrays by their elements' equals


def _values(args: tuple) -> tuple:
    """`hash(Object...)`: the values, or a lone array's elements (Java's varargs)."""
    if len(args) == 1 and isinstance(args[0], JavaArray):
        return tuple(args[0])
    return args


def _hash(*args: object) -> int:
    if len(args) == 1 and args[0] is None:
        return 0  # hash((Object[]) null): Arrays.hashCode(null)
    values = _values(args)
    budget.current().tick(len(values))
    h = 1
    for v in values:
        h = _int32(31 * h + java_hash(v))
    return h


def _hash_code(*args: object) -> int:
    arity(args, 1)
    return java_hash(args[0])


def _to_string(*args: object) -> str:
    if len(args) == 2:
        if args[0] is None:
            return java_string(args[1]) if args[1] is not None else None  # type: ignore[return-value]
        return java_string(args[0])
    arity(args, 1)
    return "null" if args[0] is None else java_string(args[0])


def _is_null(*args: object) -> bool:
    arity(args, 1)
    return args[0] is None


def _non_null(*args: object) -> bool:
    arity(args, 1)
    return args[0] is not None


def _require_non_null(*args: object) -> object:
    """requireNonNull(obj), (obj, String message) or (obj, Supplier of the message)."""
    if len(args) != 2:
        arity(args, 1)
    elif not isinstance(args[1], Closure) and args[1] is not None:
        as_str(args[1])
    if args[0] is not None:
        return args[0]
    message = args[1] if len(args) == 2 else None
    if isinstance(message, Closure):
        message = call_closure(message)
    raise GroovyThrowable("NullPointerException", None if message is None else java_string(message))


def _require_non_null_else(*args: object) -> object:
    arity(args, 2)
    if args[0] is not None:
        return args[0]
    if args[1] is None:
        raise GroovyThrowable("NullPointerException", "defaultObj")
    return args[1]


def _compare(*args: object) -> int:
    arity(args, 3)
    a, b, cmp = args
    if a is b:
        return 0
    if isinstance(cmp, JavaComparator):
        return cmp.compare(a, b)
    if isinstance(cmp, Closure):  # Groovy coerces a closure argument to Comparator
        return as_int(call_closure(cmp, a, b))
    raise NoSignature


def _check_index(*args: object) -> int:
    arity(args, 2)
    if not all(type(a) in (int, Long) for a in args):
        raise NoSignature
    index, length = int(args[0]), int(args[1])  # type: ignore[call-overload]
    if index < 0 or index >= length:
        raise GroovyThrowable(
            "IndexOutOfBoundsException", f"Index {index} out of bounds for length {length}"
        )
    return index


STATIC_METHODS = {
    "java.util.Objects": {
        "equals": _equals,
        "deepEquals": _deep_equals,
        "hash": _hash,
        "hashCode": _hash_code,
        "toString": _to_string,
        "isNull": _is_null,
        "nonNull": _non_null,
        "requireNonNull": _require_non_null,
        "requireNonNullElse": _require_non_null_else,
        "compare": _compare,
        "checkIndex": _check_index,
    }
}

DEFAULT_IMPORTS = {"Objects": "java.util.Objects"}  # java.util.* is a default import
