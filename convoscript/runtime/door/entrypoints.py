"""The runtime entry points (`h_*`): the only names generated code may call.

`STATIC_ENTRY_POINTS` are shared by every run (plain functions over their arguments);
`frame._RUN_ENTRY_POINTS` adds the ones bound to one run (binding, output, script methods),
each made only for a script whose code uses it.
"""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime import numbers
from convoscript.runtime.core import utf16
from convoscript.runtime.core.arrayparams import fits_array
from convoscript.runtime.core.arrays import JavaArray, make_array
from convoscript.runtime.core.casts import IDENTITY_CASTS, cast, cast_error
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.compare import truth
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.javaregex import make_matcher, matches_whole
from convoscript.runtime.core.keys import LIST_TYPES, MAP_TYPES, GSet, as_key
from convoscript.runtime.core.powerassert import Recorder, render
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import MapEntry, java_class_name
from convoscript.runtime.door import operators
from convoscript.runtime.door.allowlist import resolve_class_name
from convoscript.runtime.door.closureowners import creating_owner
from convoscript.runtime.door.dispatch import (
    call_value,
    class_ref,
    construct,
    getat,
    getprop,
    invoke,
    method_pointer,
    putat,
    setprop,
)
from convoscript.runtime.door.fitting import check_param
from convoscript.runtime.door.overloads import typed
from convoscript.runtime.door.scriptclasses import (
    ObjectBehaviour,
    get_attribute,
    getfield,
    incdec_field,
    set_attribute,
    setfield,
    super_getprop,
    super_setprop,
)
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable, java_is_a
from convoscript.runtime.model.values import Closure, EmptyRange, GString, IntRange, ObjectRange


class Missing:
    """Sentinel for a parameter the caller left out (its default is computed in the callee)."""

    __slots__ = ()


MISSING = Missing()
SPREAD_MAP = Missing()


class Box:
    """A local variable that a closure assigns (Python closures cannot rebind it directly)."""

    __slots__ = ("value",)

    def __init__(self, value: object):
        self.value = value


def box(value: object) -> Box:
    return Box(value)


def unbox(b: Box) -> object:
    return b.value


def rebox(b: Box, value: object) -> object:
    b.value = value
    return value


def incdec_box(b: Box, fn, prefix: bool) -> object:
    old = b.value
    b.value = fn(old)
    return b.value if prefix else old


_BOXED_NUMBERS = {
    "int": "Integer",
    "Integer": "Integer",
    "long": "Long",
    "Long": "Long",
    "double": "Double",
    "Double": "Double",
    "short": "Short",
    "byte": "Byte",
    "float": "Float",
}


_OBJECT_TYPES = {"Object", "java.lang.Object", "def"}


def varargs(values: tuple, component: str = "Object", owner: str = "closure") -> object:
    """The array a varargs parameter (`int... xs`, or a last `int[] xs`) receives: a lone array
    that fits (or null) as it is, else the arguments, each fitted as a `component` parameter
    (a misfit is a MissingMethodException), in a new array."""
    if len(values) == 1 and (values[0] is None or fits_array(values[0], component)):
        return values[0]
    if len(values) == 1 and isinstance(values[0], JavaArray) and component in _OBJECT_TYPES:
        # Groovy boxes a primitive array for an Object... parameter: int[] becomes Integer[]
        held = values[0].java_class[:-2]
        return make_array(_BOXED_NUMBERS.get(held, held), list(values[0]))
    if len(values) == 1 and type(values[0]) in LIST_TYPES and component in _BOXED_NUMBERS:
        # Groovy tries the lone List as the one element: a GroovyCastException
        cast(values[0], _BOXED_NUMBERS[component])
    return make_array(component, [check_param(v, component, owner) for v in values])


# The value each element of a new array starts with (Java's zero of the element type).
_ZEROS = {
    "int": 0,
    "long": 0,
    "short": 0,
    "byte": 0,
    "double": 0.0,
    "float": 0.0,
    "boolean": False,
    "char": 0,
}


def new_array(component: str, open_dims: int, *sizes: object) -> JavaArray:
    """`new int[3]`, `new String[2][3]`, `new int[2][]`: an array of `component` (with
    `open_dims` more `[]` left unsized), every element Java's zero of its type. The whole
    size (every dimension multiplied) is charged before anything is built."""
    dims: list[int] = []
    for size in sizes:
        count = cast(size, "int")
        assert isinstance(count, int)
        if count < 0:
            raise GroovyThrowable("NegativeArraySizeException", str(count))
        dims.append(count)
    total = 1
    for count in dims:
        total *= count
    b = budget.current()
    b.check_collection(total)
    b.tick(total)
    leaf = component + "[]" * open_dims
    zero = cast(_ZEROS[component], component) if component in _ZEROS and not open_dims else None
    return _filled(leaf, dims, zero)


def _filled(leaf: str, dims: list[int], zero: object) -> JavaArray:
    if len(dims) == 1:
        return make_array(leaf, [zero] * dims[0])
    inner = leaf + "[]" * (len(dims) - 1)
    return make_array(inner, [_filled(leaf, dims[1:], zero) for _ in range(dims[0])])


def first(value: object, *_rest: object) -> object:
    return value


def last(*values: object) -> object:
    return values[-1]


# ---- values -------------------------------------------------------------------------------
def gstring(strings: tuple, values: tuple) -> GString:
    return GString(strings, values)


def make_map(*items: object) -> dict:
    result: dict = {}
    for i in range(0, len(items), 2):
        key, value = items[i], items[i + 1]
        if key is SPREAD_MAP:
            if type(value) not in MAP_TYPES:
                raise GroovyThrowable(
                    "GroovyRuntimeException",
                    f"Spread map entry needs a Map, not {to_string(value)}",
                )
            result.update(value)  # type: ignore[arg-type]
        else:
            try:
                result[key] = value
            except TypeError:  # a List/Map/Set key (keys.py)
                result[as_key(key)] = value
    return result


class Spread:
    __slots__ = ("value",)

    def __init__(self, value: object):
        self.value = value


def spread(value: object) -> Spread:
    return Spread(value)


def spread_list(*items: object) -> list:
    out: list = []
    for item in items:
        if isinstance(item, Spread):
            value = item.value
            if isinstance(value, (list, IntRange, GSet, dict)):
                budget.current().check_collection(len(out) + len(value))  # before building
            out.extend(iterate(value))
        else:
            out.append(item)
    budget.current().check_collection(len(out))
    return out


def make_range(low: object, high: object, exclusive: bool) -> IntRange | list:

    if isinstance(low, str) and isinstance(high, str) and len(low) == 1 and len(high) == 1:
        return _char_range(low, high, exclusive)
    if type(low) is not int or type(high) is not int:
        if _same_enum(low, high):
            return _enum_range(low, high, exclusive)  # type: ignore[arg-type]
        if low is None or high is None:
            raise GroovyThrowable(
                "IllegalArgumentException", "Must specify a non-null value for the 'to' index"
            )
        if not all(
            isinstance(v, (int, float, Decimal)) and type(v) is not bool for v in (low, high)
        ):
            raise GroovyThrowable(
                "GroovyRuntimeException",
                f"Ranges of {java_class_name(low)} are not supported; use "
                "a range of integers or characters",
            )
        if (
            not (isinstance(low, int) and isinstance(high, int))
            or type(low) is not type(high)
            or type(low) is not int
        ):
            return _number_range(low, high, exclusive)
        low, high = numbers.to_int(low), numbers.to_int(high)  # type: ignore[arg-type]
    if exclusive:
        if low == high:
            return EmptyRange(low)  # type: ignore[arg-type]
        stop = high - 1 if high > low else high + 1  # type: ignore[operator]
        return IntRange(low, stop, written_stop=high)  # type: ignore[arg-type]
    return IntRange(low, high)  # type: ignore[arg-type]


def _char_range(low: str, high: str, exclusive: bool) -> list:
    """`'a'..'e'`: Groovy's ObjectRange of one-character Strings."""
    a, b = ord(low), ord(high)
    step = 1 if b >= a else -1
    stop = b if exclusive else b + step
    budget.current().check_collection(abs(stop - a))
    items = [chr(c) for c in range(a, stop, step)]
    return ObjectRange(items, low, items[-1] if exclusive and items else high)


def _same_enum(low: object, high: object) -> bool:
    """Both bounds are constants of one script enum."""
    return (
        isinstance(low, ObjectBehaviour)
        and isinstance(high, ObjectBehaviour)
        and low.enum is not None
        and high.enum is not None
        and low.cls is high.cls
    )


def _enum_range(low: ObjectBehaviour, high: ObjectBehaviour, exclusive: bool) -> list:
    """`Level.LOW..Level.HIGH`: Groovy's ObjectRange of the constants between the two, by
    ordinal, in the written direction; `a..<b` stops one constant before b."""
    values = low.cls.enum_values
    a, b = low.enum[1], high.enum[1]  # type: ignore[index]
    step = 1 if b >= a else -1
    if exclusive:
        if a == b:
            return ObjectRange([], low, high, descending=False)
        b -= step
    items = values[a : b + 1] if step == 1 else values[b : a + 1][::-1]
    return ObjectRange(items, low, values[b], descending=step == -1)


def _number_range(low: object, high: object, exclusive: bool) -> list:
    """`1L..3L`, `1.5..3.5`: Groovy's ObjectRange. `a..<b` first moves b one step towards a;
    an ascending range steps up (next()) from its lower bound, a descending one steps down
    (previous()) from its upper bound, so `3.2..1.5` is [3.2, 2.2]."""

    if exclusive:
        if numbers.compare(low, high) == 0:
            return ObjectRange([], low, high)
        high = numbers.minus(high, 1) if numbers.compare(low, high) < 0 else numbers.plus(high, 1)
    ascending = numbers.compare(low, high) <= 0
    first, last = (low, high) if ascending else (high, low)
    span = numbers.to_int(numbers.minus(last, first))
    budget.current().check_collection(abs(span) + 1)
    items = []
    if ascending:
        value = low
        while numbers.compare(value, high) <= 0:
            budget.current().tick()
            items.append(value)
            value = numbers.plus(value, 1)
    else:
        value = low
        while numbers.compare(value, high) >= 0:
            budget.current().tick()
            items.append(value)
            value = numbers.minus(value, 1)
    return ObjectRange(items, low, high)


def make_closure(fn, min_params: int, max_params: int, implicit: bool, name: str) -> Closure:
    closure = Closure(fn, min_params, max_params, implicit, name)
    closure.owner = creating_owner(1)
    return closure


def name_of(value: object) -> str:
    return to_string(value)


# ---- access helpers ---------------------------------------------------------------------
def getprop_safe(obj: object, name: str) -> object:
    return None if obj is None else getprop(obj, name)


def invoke_safe(obj: object, name: str, *args: object) -> object:
    return None if obj is None else invoke(obj, name, *args)


def invoke_args(obj: object, name: str, argv: list) -> object:
    """`obj.name(*list)`."""
    return invoke(obj, name, *argv)


def _spread_items(obj: object):
    """What a spread operator walks, its result's size charged first: the result has one
    element per item, so a 50-million-element range is refused before anything is built."""
    if isinstance(obj, (list, IntRange, GSet, dict)):
        b = budget.current()
        b.check_collection(len(obj))
        b.tick(len(obj) // 8)
    return iterate(obj)


def spread_prop(obj: object, name: str) -> object:
    if obj is None:
        return None
    return [None if x is None else getprop(x, name) for x in _spread_items(obj)]


def spread_invoke(obj: object, name: str, *args: object) -> object:
    if obj is None:
        return None
    return [None if x is None else invoke(x, name, *args) for x in _spread_items(obj)]


def attr_safe(obj: object, name: str) -> object:
    """`obj?.@name`."""
    return None if obj is None else get_attribute(obj, name)


def spread_attr(obj: object, name: str) -> object:
    """`list*.@name`."""
    if obj is None:
        return None
    return [None if x is None else get_attribute(x, name) for x in _spread_items(obj)]


def update_attr(obj: object, name: str, op, value: object) -> object:
    """`obj.@name += value`."""
    return set_attribute(obj, name, op(get_attribute(obj, name), value))


def incdec_attr(obj: object, name: str, fn, prefix: bool) -> object:
    old = get_attribute(obj, name)
    new = set_attribute(obj, name, fn(old))
    return new if prefix else old


def update_prop(obj: object, name: str, op, value: object) -> object:
    result = op(getprop(obj, name), value)
    setprop(obj, name, result)
    return result


def update_at(obj: object, index: object, op, value: object) -> object:
    result = op(getat(obj, index), value)
    putat(obj, index, result)
    return result


def incdec_prop(obj: object, name: str, fn, prefix: bool) -> object:
    old = getprop(obj, name)
    new = fn(old)
    setprop(obj, name, new)
    return new if prefix else old


def incdec_at(obj: object, index: object, fn, prefix: bool) -> object:
    old = getat(obj, index)
    new = fn(old)
    putat(obj, index, new)
    return new if prefix else old


# ---- iteration ----------------------------------------------------------------------------
def _list_iterator(items: list):
    """Java's ArrayList iterator: a list whose size changed during the loop fails at the next
    element with ConcurrentModificationException (removing inside `for (x in list)`), except
    when the change ends the loop first (hasNext is `cursor != size`), exactly as in Java."""
    size = len(items)
    cursor = 0
    while cursor != len(items):
        if len(items) != size:
            raise GroovyThrowable("ConcurrentModificationException", None)
        yield items[cursor]
        cursor += 1


def iterate(value: object):
    """What `for (x in value)` walks: elements, map entries, characters, or the value itself."""
    t = type(value)
    if isinstance(value, list) and t is list:
        return _list_iterator(value)
    if value is None:
        return ()
    if isinstance(value, dict):
        return [MapEntry(k, v, value) for k, v in value.items()]
    if isinstance(value, IntRange):
        return value.to_range()
    if t is str or t is GString:
        return list(utf16.units(to_string(value)))  # the chars: an emoji is two
    if isinstance(value, (list, GSet)) or hasattr(t, "__iter__") and not isinstance(value, str):
        return list(value)  # type: ignore[call-overload]
    return (value,)


# ---- exceptions ---------------------------------------------------------------------------
Throwable = GroovyThrowable


def throwable(value: object) -> GroovyThrowable:
    if isinstance(value, GroovyThrowable):
        return value
    if value is None:
        return GroovyThrowable("NullPointerException", "Cannot throw exception: null")

    return cast_error(value, "java.lang.Throwable")


def catches(exc: GroovyThrowable, types: tuple) -> bool:
    is_a = getattr(exc, "is_a", None)  # a script class extending a Java exception
    if is_a is not None:
        return any(is_a(t) for t in types)
    java_class = exc.java_class
    return any(java_is_a(java_class, t.rsplit(".", 1)[-1]) for t in types)


def caught(exc: GroovyThrowable) -> GroovyThrowable:
    return exc


def assertion_error(
    text: str,
    message: object,
    value: object,
    recorder: Recorder | None = None,
    shown: tuple = (),
) -> GroovyThrowable:
    """A failed `assert`: with a message, Java's AssertionError (the condition's text, then the
    `shown` (name, value) pairs); else Groovy's power assertion (the text as written, from
    `assert`, with the values `recorder` holds under it)."""
    if recorder is not None:
        return GroovyThrowable("PowerAssertionError", render(text, recorder))
    if message is None:
        return GroovyThrowable(
            "PowerAssertionError", f"assert {text}\n       |\n       {to_string(value)}"
        )
    if shown:
        text += ". Values: " + ", ".join(f"{name} = {to_string(v)}" for name, v in shown)
    return GroovyThrowable("AssertionError", f"{to_string(message)}. Expression: {text}")


def as_type(value: object, type_name: str) -> object:
    if isinstance(value, ObjectBehaviour):  # a script object may declare its own asType
        return value.as_type(type_name)
    return cast(value, type_name, explicit=True)


def implicit_cast(value: object, type_name: str) -> object:
    if (type(value), type_name) in IDENTITY_CASTS:  # the common typed-local case, one call
        return value
    return cast(value, type_name, explicit=False)


def regex_find(text: object, pattern: object) -> object:
    """`text =~ pattern`: a java.util.regex.Matcher."""

    return make_matcher(text, pattern)


def regex_matches(text: object, pattern: object) -> bool:
    """`text ==~ pattern`: whole-string match."""

    return matches_whole(text, pattern)


def tick() -> None:
    budget.current().tick()


def enter() -> None:
    budget.current().enter()


def leave() -> None:
    budget.current().depth -= 1


def guard() -> None:
    budget.current().guard()


def instanceof(value: object, type_name: str) -> bool:
    qualified = resolve_class_name(type_name) or type_name
    return is_instance(value, qualified)


STATIC_ENTRY_POINTS: dict[str, object] = {
    "h_MISSING": MISSING,
    "h_SPREAD_MAP": SPREAD_MAP,
    "h_Throwable": GroovyThrowable,
    "h_tick": tick,
    "h_enter": enter,
    "h_leave": leave,
    "h_guard": guard,
    "h_cast": implicit_cast,
    "h_as": as_type,
    "h_param": check_param,
    "h_box": box,
    "h_unbox": unbox,
    "h_rebox": rebox,
    "h_incdec_box": incdec_box,
    "h_first": first,
    "h_varargs": varargs,
    "h_recorder": Recorder,
    "h_typed": typed,
    "h_rec": Recorder.record,
    "h_last": last,
    "h_truth": truth,
    "h_next": operators.next_value,
    "h_previous": operators.previous_value,
    "h_plus": operators.plus,
    "h_minus": operators.minus,
    "h_multiply": operators.multiply,
    "h_div": operators.div,
    "h_mod": operators.mod,
    "h_power": operators.power,
    "h_left_shift": operators.left_shift,
    "h_right_shift": operators.right_shift,
    "h_unsigned_right_shift": operators.unsigned_right_shift,
    "h_bit_and": operators.bit_and,
    "h_bit_or": operators.bit_or,
    "h_bit_xor": operators.bit_xor,
    "h_eq": operators.eq,
    "h_ne": operators.ne,
    "h_lt": operators.lt,
    "h_le": operators.le,
    "h_gt": operators.gt,
    "h_ge": operators.ge,
    "h_spaceship": operators.spaceship,
    "h_find": regex_find,
    "h_matches": regex_matches,
    "h_negate": operators.negate,
    "h_positive": operators.positive,
    "h_bitwise_negate": operators.bitwise_negate,
    "h_in": operators.is_in,
    "h_is_case": operators.is_case,
    "h_instanceof": instanceof,
    "h_gstring": gstring,
    "h_sized_number": numbers.sized_number,
    "h_map": make_map,
    "h_range": make_range,
    "h_spread": spread,
    "h_spread_list": spread_list,
    "h_closure": make_closure,
    "h_name_of": name_of,
    "h_getprop": getprop,
    "h_getprop_safe": getprop_safe,
    "h_spread_prop": spread_prop,
    "h_setprop": setprop,
    "h_update_prop": update_prop,
    "h_getfield": getfield,
    "h_setfield": setfield,
    "h_incdec_field": incdec_field,
    "h_super_getprop": super_getprop,
    "h_super_setprop": super_setprop,
    "h_attr": get_attribute,
    "h_attr_safe": attr_safe,
    "h_spread_attr": spread_attr,
    "h_set_attr": set_attribute,
    "h_update_attr": update_attr,
    "h_incdec_attr": incdec_attr,
    "h_update_at": update_at,
    "h_incdec_prop": incdec_prop,
    "h_incdec_at": incdec_at,
    "h_getat": getat,
    "h_putat": putat,
    "h_invoke": invoke,
    "h_invoke_safe": invoke_safe,
    "h_invoke_args": invoke_args,
    "h_spread_invoke": spread_invoke,
    "h_call_value": call_value,
    "h_new": construct,
    "h_new_array": new_array,
    "h_class": class_ref,
    "h_method_pointer": method_pointer,
    "h_iter": iterate,
    "h_throwable": throwable,
    "h_catches": catches,
    "h_caught": caught,
    "h_assertion_error": assertion_error,
    # RestrictedPython wraps `for` iterables in _getiter_: our h_iter already made them safe.
    "_getiter_": iter,
}

__all__ = ["MISSING", "STATIC_ENTRY_POINTS", "call_closure"]
