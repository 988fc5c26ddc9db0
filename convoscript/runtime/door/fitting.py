"""The one argument fitter: whether arguments fit a method's declared parameter types, and the
arguments converted for them (GString to String, int to long, ...), as Groovy selects overloads.

It serves script methods and constructors (runtime/run/frame.py), service handles
(services/base.py) and typed closure/vararg parameters (`h_param`); whether a value fits a JDK
value type (`int`, `long`, `BigDecimal`, `String` ...) is decided by the same rules as the
library's signature lines and the embedder's extensions (`javatypes.fitter`). A misfit raises
Groovy's MissingMethodException; `fit` turns that into None so the caller can try the next overload.
"""

from __future__ import annotations

from convoscript.runtime.core.arrayparams import component_of, fits_array
from convoscript.runtime.core.casts import cast
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.door.allowlist import resolve_type_name
from convoscript.runtime.door.javatypes import PRIMITIVES, fitter
from convoscript.runtime.model.exceptions import GroovyThrowable, no_signature
from convoscript.runtime.model.values import GString

# The value types a declaration may name simply (`int`, `String`, `BigDecimal`): their Java
# type, whose argument rules are the surface's (`javatypes.fitter`).
_SIMPLE_TYPES = {
    **{p: p for p in PRIMITIVES},
    **{
        simple: f"java.lang.{simple}"
        for simple in ("Integer", "Long", "Short", "Byte", "Double", "Float", "Number")
    },
    **{simple: f"java.lang.{simple}" for simple in ("Boolean", "Character", "String")},
    "java.lang.String": "java.lang.String",
    "BigDecimal": "java.math.BigDecimal",
    "BigInteger": "java.math.BigInteger",
}
# The simple types whose argument is converted on the way in (an Integer passed for a long
# becomes a Long, for a BigDecimal a BigDecimal ...); the others are passed as they are.
_CONVERTED = frozenset(
    {"long", "Long", "double", "Double", "float", "Float", "BigDecimal", "BigInteger"}
)


class HandleType(str):
    """A parameter typed as a service handle or data object (`Execution`, `Dto`, `BpnUser`): only
    a value whose class declares that `handle_type` fits, never a script's own class that
    happens to have the same name."""

    __slots__ = ()


def check_param(value: object, type_name: str, owner: str) -> object:
    """A typed method parameter: Groovy selects methods by type, so a misfit is a
    MissingMethodException; a fit is converted (GString to String, int to long, ...)."""
    if type(type_name) is HandleType:
        if getattr(type(value), "handle_type", None) == type_name:
            return value
        raise _param_misfit(value, owner)
    qualified = _SIMPLE_TYPES.get(type_name)
    if qualified is not None:  # the JDK's value types: Groovy's selection rules, then converted
        accepts = fitter(qualified)
        if accepts is None or accepts(value):
            return _convert(value, type_name)
        raise _param_misfit(value, owner)
    if value is None:
        return None
    if type_name in ("def", "Object"):
        return value
    component = component_of(type_name)
    if component is not None:
        if fits_array(value, component):
            return value
        raise _param_misfit(value, owner)
    qualified = resolve_type_name(type_name) or type_name
    if is_instance(value, qualified):
        return value
    raise _param_misfit(value, owner)


def _convert(value: object, type_name: str) -> object:
    """A fitting argument as the parameter holds it (GString to String, int to long ...)."""
    if value is None:
        return None
    if type(value) is GString:
        return to_string(value)
    if type_name in _CONVERTED:
        return cast(value, type_name)
    return value


def _param_misfit(value: object, owner: str) -> GroovyThrowable:
    return no_signature("Script1", owner, java_class_name(value), to_string(value))


def fit(types: tuple, args: tuple, owner: str, required: int | None = None) -> tuple | None:
    """The arguments converted for parameters of these types, or None when they do not fit.

    A type None is an untyped parameter. `required` is how many leading parameters must be
    given (the rest have defaults); by default all of them but a varargs one. A last array
    parameter (`T[]` or `T...`) is varargs: a lone fitting array (or null) is taken as it is,
    else each remaining argument must fit T and they stay separate (the callee collects
    them)."""
    fitted = list(args)
    component = component_of(types[-1]) if types else None
    if required is None:
        required = len(types) - 1 if component is not None else len(types)
    if len(args) < required or (component is None and len(args) > len(types)):
        return None
    if component is not None:
        rest = args[len(types) - 1 :]
        if not (len(rest) == 1 and (rest[0] is None or fits_array(rest[0], component))):
            for i in range(len(types) - 1, len(args)):
                try:
                    fitted[i] = check_param(args[i], component, owner)
                except GroovyThrowable:
                    return None
        types = types[:-1]
    for i, (t, a) in enumerate(zip(types, args)):
        if t is None:
            continue
        try:
            fitted[i] = check_param(a, t, owner)
        except GroovyThrowable:
            return None
    return tuple(fitted)
