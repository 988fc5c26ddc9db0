"""The one argument fitter: whether arguments fit a method's declared parameter types, and the
arguments converted for them (GString to String, int to long, ...), as Groovy selects overloads.

It serves script methods and constructors (runtime/run/frame.py), service handles
(services/base.py) and typed closure/vararg parameters (`h_param`). A misfit raises Groovy's
MissingMethodException; `fit` turns that into None so the caller can try the next overload.
"""

from __future__ import annotations

from convoscript.runtime.core.arrayparams import component_of, fits_array
from convoscript.runtime.core.casts import cast
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.door.allowlist import resolve_type_name
from convoscript.runtime.model.exceptions import GroovyThrowable, no_signature
from convoscript.runtime.model.values import Char, GString

_PRIMITIVE = {"int", "long", "double", "float", "boolean", "short", "byte", "char"}


def _numbers(names: str) -> frozenset[str]:
    return frozenset(
        n if "." in n else ("java.math." if n.startswith("Big") else "java.lang.") + n
        for n in names.split()
    )


# The number classes a number parameter takes: Groovy's MetaClassHelper.isAssignableFrom (range
# matters, precision does not: a Double fits BigDecimal, a BigDecimal does not fit long).
_INTEGERS = "Integer Long Short Byte BigInteger"
_NUMBER_KINDS = {
    "int": "Integer Short Byte BigInteger",
    "long": "Long Integer Short Byte",
    "short": "Short Byte",
    "byte": "Byte",
    "double": f"Double Float BigDecimal {_INTEGERS}",
    "float": "Float Integer Long Short Byte",
    "BigDecimal": f"BigDecimal Double Float {_INTEGERS}",
    "BigInteger": "BigInteger Integer Long Short Byte",
    "Number": f"BigDecimal Double Float {_INTEGERS}",
}
_NUMBER_PARAMS: dict[str, frozenset[str]] = {}
for _name, _kinds in _NUMBER_KINDS.items():
    _boxed = {"int": "Integer", "long": "Long", "short": "Short", "byte": "Byte"}.get(
        _name, _name[:1].upper() + _name[1:]
    )
    _package = "java.math." if _name.startswith("Big") else "java.lang."
    for _alias in {_name, _boxed, _package + _boxed}:
        _NUMBER_PARAMS[_alias] = _numbers(_kinds)


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
    if value is None:
        if type_name in _PRIMITIVE:
            raise _param_misfit(value, owner)
        return None
    if type_name in ("String", "java.lang.String"):
        if type(value) is str:
            return value
        if type(value) is GString:
            return to_string(value)
        raise _param_misfit(value, owner)
    accepted = _NUMBER_PARAMS.get(type_name)
    if accepted is not None:
        if java_class_name(value) not in accepted:
            raise _param_misfit(value, owner)
        return cast(value, type_name) if type_name not in ("Number", "java.lang.Number") else value
    if type_name in ("boolean", "Boolean"):
        if type(value) is bool:
            return value
        raise _param_misfit(value, owner)
    if type_name in ("char", "Character"):  # a Character only: Groovy passes no String or int
        if type(value) is Char:
            return value
        raise _param_misfit(value, owner)
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
