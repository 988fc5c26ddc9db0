"""java.lang.Math: its static methods and constants, with Java's overloads (int/long/double),
NaN and infinity results and exact-arithmetic overflow errors.

`Math.random()` draws from the run's random source (`runcontext.rng()`), so a run with a fixed
seed is reproducible.
"""

from __future__ import annotations

import math

from convoscript.lib.java_lang import fdlibm
from convoscript.lib.java_lang.boxes import double_arg
from convoscript.lib.java_lang.math_bits import MATH_BITS
from convoscript.lib.java_lang.primitive_overloads import pick
from convoscript.runtime import numbers
from convoscript.runtime.door.signatures import arity
from convoscript.runtime.model import runcontext
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import INT_MAX, INT_MIN, LONG_MAX, LONG_MIN, Long

_OWNER = "java.lang.Math"
_I, _L, _F, _D = ("int",), ("long",), ("float",), ("double",)


def _typed(kind: str, value: object) -> object:
    """A result of a `kind` overload as its Java box."""
    if kind == "int":
        return int(value)  # type: ignore[call-overload]
    if kind == "long":
        return Long(value)  # type: ignore[call-overload]
    if kind == "float":
        return numbers.to_float(float(value))  # type: ignore[arg-type]
    return float(value)  # type: ignore[arg-type]


def _extreme(name: str, want: int):
    """Math.max / Math.min: NaN wins, and max(-0.0, 0.0) is 0.0, min(-0.0, 0.0) is -0.0."""

    def method(*args: object) -> object:
        arity(args, 2)
        params, (a, b) = pick(_OWNER, name, (_I * 2, _L * 2, _F * 2, _D * 2), args)
        kind = params[0]
        if kind in ("int", "long"):
            return _typed(kind, a if (a - b) * want >= 0 else b)  # type: ignore[operator]
        x, y = float(a), float(b)  # type: ignore[arg-type]
        if math.isnan(x) or math.isnan(y):
            return _typed(kind, math.nan)
        if x == y:  # 0.0 and -0.0: max takes the positive one, min the negative one
            return _typed(kind, x if math.copysign(1.0, x) * want > 0 else y)
        return _typed(kind, x if (x - y) * want > 0 else y)

    return method


def math_abs(*args: object) -> object:
    arity(args, 1)
    params, (value,) = pick(_OWNER, "abs", (_I, _L, _F, _D), args)
    if params[0] in ("int", "long"):
        return numbers.number_abs(value)
    return _typed(params[0], math.fabs(value))  # type: ignore[arg-type]


def math_signum(*args: object) -> object:
    arity(args, 1)
    params, (value,) = pick(_OWNER, "signum", (_F, _D), args)
    x = float(value)  # type: ignore[arg-type]
    return _typed(params[0], x if math.isnan(x) or x == 0 else math.copysign(1.0, x))


def math_round(*args: object) -> object:
    arity(args, 1)
    _params, (value,) = pick(_OWNER, "round", (_F, _D), args)
    return numbers.number_round(value)


def _double_function(fn):
    def method(*args: object) -> float:
        values = [double_arg(a) for a in args]
        try:
            return float(fn(*values))
        except (ValueError, ZeroDivisionError):
            return math.nan
        except OverflowError:
            return math.inf

    return method


def _java_pow(x: float, y: float) -> float:
    """Math.pow's special cases where C's pow (Python's) differs: a NaN exponent is NaN even
    for x = 1, (-1)^±inf is NaN, 0 to a negative power is an infinity, never an error."""
    if math.isnan(y):
        return math.nan if y != 0 else 1.0
    if math.isinf(y) and abs(x) == 1:
        return math.nan
    odd = math.isfinite(y) and y == math.floor(y) and math.fmod(y, 2) != 0
    if x == 0 and y < 0:
        return -math.inf if odd and math.copysign(1.0, x) < 0 else math.inf
    try:
        return math.pow(x, y)
    except OverflowError:
        return -math.inf if x < 0 and odd else math.inf
    except ValueError:
        return math.nan


def _java_log(x: float) -> float:
    if x == 0:
        return -math.inf
    return math.log(x) if x > 0 else math.nan


def _java_log10(x: float) -> float:
    if x == 0:
        return -math.inf
    return math.log10(x) if x > 0 else math.nan


def _floor_op(op: str):
    """Math.floorDiv / floorMod: (int, int), (long, int) and (long, long); floorMod(long, int)
    is an int (Java 9+), floorDiv(long, int) a long."""
    name = "floorDiv" if op == "div" else "floorMod"

    def method(*args: object) -> object:
        arity(args, 2)
        params, (a, b) = pick(_OWNER, name, (_I * 2, _L + _I, _L * 2), args)
        if b == 0:
            raise GroovyThrowable("ArithmeticException", "/ by zero")
        result = a // b if op == "div" else a % b  # type: ignore[operator]
        kind = params[1] if op == "mod" else params[0]
        return numbers.to_int(result) if kind == "int" else numbers.to_long(result)

    return method


def _exact(op: str):
    name = op + "Exact"
    overloads = (_I * 2, _L + _I, _L * 2) if op == "multiply" else (_I * 2, _L * 2)

    def method(*args: object) -> object:
        arity(args, 2)
        params, (a, b) = pick(_OWNER, name, overloads, args)
        kind = params[0]
        result = {"add": a + b, "subtract": a - b, "multiply": a * b}[op]  # type: ignore
        low, high = (INT_MIN, INT_MAX) if kind == "int" else (LONG_MIN, LONG_MAX)
        if not low <= result <= high:
            raise GroovyThrowable(
                "ArithmeticException", "integer overflow" if kind == "int" else "long overflow"
            )
        return int(result) if kind == "int" else Long(result)

    return method


def math_random(*args: object) -> float:
    arity(args, 0)
    return runcontext.rng().random()


MATH_METHODS = {
    "max": _extreme("max", 1),
    "min": _extreme("min", -1),
    "abs": math_abs,
    "round": math_round,
    # the sign stays: Math.ceil(-0.5) and Math.floor(-0.0) are -0.0 in Java
    "floor": _double_function(
        lambda x: x if not math.isfinite(x) else math.copysign(math.floor(x), x)
    ),
    "ceil": _double_function(
        lambda x: x if not math.isfinite(x) else math.copysign(math.ceil(x), x)
    ),
    "rint": _double_function(lambda x: x if not math.isfinite(x) else float(round(x))),
    "pow": _double_function(_java_pow),
    "sqrt": _double_function(lambda x: math.sqrt(x) if x >= 0 else math.nan),
    "cbrt": _double_function(fdlibm.cbrt),
    "exp": _double_function(math.exp),
    "log": _double_function(_java_log),
    "log10": _double_function(_java_log10),
    "sin": _double_function(math.sin),
    "cos": _double_function(math.cos),
    "tan": _double_function(math.tan),
    "asin": _double_function(math.asin),
    "acos": _double_function(math.acos),
    "atan": _double_function(math.atan),
    "atan2": _double_function(math.atan2),
    "hypot": _double_function(math.hypot),
    "signum": math_signum,
    "toRadians": _double_function(math.radians),
    "toDegrees": _double_function(math.degrees),
    "floorDiv": _floor_op("div"),
    "floorMod": _floor_op("mod"),
    "addExact": _exact("add"),
    "subtractExact": _exact("subtract"),
    "multiplyExact": _exact("multiply"),
    "random": math_random,
    "IEEEremainder": _double_function(math.remainder),
    # tanh agrees with StrictMath.tanh bit for bit (2,000 sampled doubles); sinh, cosh, expm1
    # and log1p of the C library do not (1-3% differ in the last bit): not offered until ported
    "tanh": _double_function(math.tanh),
    **MATH_BITS,
}

STATIC_METHODS = {"java.lang.Math": MATH_METHODS}
STATIC_FIELDS = {"java.lang.Math": {"PI": math.pi, "E": math.e}}
DEFAULT_IMPORTS = {"Math": "java.lang.Math"}
