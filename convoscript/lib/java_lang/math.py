"""java.lang.Math: its static methods and constants, with Java's overloads (int/long/double),
NaN and infinity results and exact-arithmetic overflow errors.

`Math.random()` draws from the run's random source (`runcontext.rng()`), so a run with a fixed
seed is reproducible.
"""

from __future__ import annotations

import math
from decimal import Decimal

from convoscript.lib.java_lang.boxes import double_arg
from convoscript.runtime import numbers
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model import runcontext
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import INT_MAX, INT_MIN, LONG_MAX, LONG_MIN, Float, Long


def _integral_kind(*values: object) -> str | None:
    """'int' or 'long' when Java would pick the integer overload, else None (double)."""
    kinds = {type(v) for v in values}
    if kinds <= {int}:
        return "int"
    if kinds <= {int, Long}:
        return "long"
    return None


def math_max(*args: object) -> object:
    arity(args, 2)
    return _math_extreme(args, 1)


def math_min(*args: object) -> object:
    arity(args, 2)
    return _math_extreme(args, -1)


def _math_extreme(args: tuple, want: int) -> object:
    a, b = args
    kinds = {type(a), type(b)}
    if Decimal in kinds and kinds & {int, Long}:
        name = "max" if want > 0 else "min"
        classes = ", ".join(f"class {java_class_name(x)}" for x in args)
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"Ambiguous method overloading for method java.lang.Math#{name}.\nCannot resolve "
            f"which method to invoke for [{classes}] due to overlapping prototypes between:\n"
            f"\t[double, double]\n\t[float, float]",
        )
    kind = _integral_kind(a, b)
    if kind is not None:
        result = a if (a - b) * want >= 0 else b  # type: ignore[operator]
        return int(result) if kind == "int" else Long(result)  # type: ignore[arg-type]
    x, y = double_arg(a), double_arg(b)
    if math.isnan(x) or math.isnan(y):
        return math.nan
    return x if (x - y) * want >= 0 else y


def math_abs(*args: object) -> object:
    arity(args, 1)
    value = args[0]
    if type(value) in (int, Long):
        return numbers.number_abs(value)
    return abs(double_arg(value))


def math_round(*args: object) -> object:
    arity(args, 1)
    value = args[0]
    if type(value) in (int, Float):
        return numbers.number_round(numbers.to_float(value))
    if type(value) is Long:
        return value
    return numbers.number_round(double_arg(value))


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
    try:
        return math.pow(x, y)
    except OverflowError:
        return math.inf if x > 0 or y % 2 == 0 else -math.inf
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


def _cbrt(x: float) -> float:
    """Math.cbrt: exact for perfect cubes (Python's cbrt can be 1 ulp off)."""
    if not math.isfinite(x) or x == 0:
        return x
    r = math.cbrt(x)
    nearest = round(r)
    return float(nearest) if nearest**3 == x else r


def _signum(x: float) -> float:
    if math.isnan(x) or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


def _floor_op(op: str):
    def method(*args: object) -> object:
        arity(args, 2)
        kind = _integral_kind(*args)
        if kind is None:
            raise NoSignature
        a, b = args
        if b == 0:
            raise GroovyThrowable("ArithmeticException", "/ by zero")
        result = a // b if op == "div" else a % b  # type: ignore[operator]
        return int(result) if kind == "int" else Long(result)

    return method


def _exact(op: str):
    def method(*args: object) -> object:
        arity(args, 2)
        kind = _integral_kind(*args)
        if kind is None:
            raise NoSignature
        a, b = args
        result = {"add": a + b, "subtract": a - b, "multiply": a * b}[op]  # type: ignore
        low, high = (INT_MIN, INT_MAX) if kind == "int" else (LONG_MIN, LONG_MAX)
        if not low <= result <= high:
            raise GroovyThrowable(
                "ArithmeticException", f"{kind}eger overflow" if kind == "int" else "long overflow"
            )
        return int(result) if kind == "int" else Long(result)

    return method


def math_random(*args: object) -> float:
    arity(args, 0)
    return runcontext.rng().random()


MATH_METHODS = {
    "max": math_max,
    "min": math_min,
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
    "cbrt": _double_function(lambda x: _cbrt(x)),
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
    "signum": _double_function(_signum),
    "toRadians": _double_function(math.radians),
    "toDegrees": _double_function(math.degrees),
    "floorDiv": _floor_op("div"),
    "floorMod": _floor_op("mod"),
    "addExact": _exact("add"),
    "subtractExact": _exact("subtract"),
    "multiplyExact": _exact("multiply"),
    "random": math_random,
}

STATIC_METHODS = {"java.lang.Math": MATH_METHODS}
STATIC_FIELDS = {"java.lang.Math": {"PI": math.pi, "E": math.e}}
DEFAULT_IMPORTS = {"Math": "java.lang.Math"}
