"""java.text.Normalizer: `normalize(text, form)` and `isNormalized(text, form)`, with the
`Normalizer.Form` enum (NFD, NFC, NFKD, NFKC) reached as `Normalizer.Form.NFD`.

Python's `unicodedata` does the work (its Unicode version is a little newer than Java 17's,
which only matters for characters assigned since). Text is taken and given in the one
spelling of runtime/core/utf16.py: a lone surrogate is left as it is, as in Java.
"""

from __future__ import annotations

import unicodedata

from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.core.gstring import gstring_text
from convoscript.runtime.core.types import ClassRef, StringBuilder
from convoscript.runtime.door.dispatch import route_getprop, route_invoke
from convoscript.runtime.door.signatures import NoSignature, arity, as_str, charge, check_length
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import GString

_KINDS = ("NormalizerForm", "Object")
FORM_CLASS = "java.text.Normalizer$Form"
FORM_NAMES = ("NFD", "NFC", "NFKD", "NFKC")  # Java's declaration order: ordinal() and values()


class NormalizerForm:
    """A java.text.Normalizer.Form constant."""

    __slots__ = ("form_name",)
    java_class = FORM_CLASS
    # the dotted name too: a parameter's fitter names a nested class so (door/javatypes.py)
    supertypes = frozenset(
        {
            "java.text.Normalizer.Form",
            "java.lang.Enum",
            "java.lang.Comparable",
            "java.io.Serializable",
        }
    )

    def __init__(self, name: str):
        self.form_name = name

    def script_invoke(self, name: str, args: tuple) -> object:
        return route_invoke(self, _KINDS, name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, _KINDS, name)

    def groovy_to_string(self) -> str:
        return self.form_name


FORMS = {name: NormalizerForm(name) for name in FORM_NAMES}


def _form(value: object, npe: str) -> NormalizerForm:
    if isinstance(value, NormalizerForm):
        return value
    if value is None:
        raise GroovyThrowable("NullPointerException", npe)
    raise NoSignature


def _text(value: object) -> str:
    """A CharSequence argument: String, GString or StringBuilder."""
    if type(value) is str:
        return value  # type: ignore[return-value]
    if type(value) is GString:
        return gstring_text(value)  # type: ignore[arg-type]
    if isinstance(value, StringBuilder):
        return value.text()
    if value is None:
        raise GroovyThrowable(
            "NullPointerException",
            'Cannot invoke "java.lang.CharSequence.toString()" because "src" is null',
        )
    raise NoSignature


_FORM_NPE = 'Cannot invoke "java.text.Normalizer$Form.ordinal()" because "form" is null'


def normalize(*args: object) -> str:
    arity(args, 2)
    text, form = _text(args[0]), _form(args[1], _FORM_NPE)
    charge(len(text) // 16)
    result = unicodedata.normalize(form.form_name, text)  # type: ignore[arg-type]
    check_length(len(result))  # a compatibility form can grow the text (up to 18 times)
    return result


def is_normalized(*args: object) -> bool:
    arity(args, 2)
    text, form = _text(args[0]), _form(args[1], _FORM_NPE)
    charge(len(text) // 16)
    return unicodedata.is_normalized(form.form_name, text)  # type: ignore[arg-type]


def _self(value: object) -> NormalizerForm:
    if isinstance(value, NormalizerForm):
        return value
    raise NoSignature


def _name(self: object, *args: object) -> str:
    arity(args, 0)
    return _self(self).form_name


def _ordinal(self: object, *args: object) -> int:
    arity(args, 0)
    return FORM_NAMES.index(_self(self).form_name)


def _compare_to(self: object, *args: object) -> int:
    """Enum.compareTo: the distance between the ordinals."""
    arity(args, 1)
    other = args[0]
    if other is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot invoke "Object.getClass()" because "other" is null'
        )
    if not isinstance(other, NormalizerForm):
        raise GroovyThrowable("ClassCastException", None)
    return _ordinal(self) - _ordinal(other)


def _value_of(*args: object) -> NormalizerForm:
    arity(args, 1)
    name = as_str(args[0])
    if name not in FORMS:
        raise GroovyThrowable(
            "IllegalArgumentException", f"No enum constant {FORM_CLASS.replace('$', '.')}.{name}"
        )
    return FORMS[name]


def _values(*args: object) -> object:
    arity(args, 0)
    return make_array(FORM_CLASS, [FORMS[n] for n in FORM_NAMES])


METHODS = {
    "NormalizerForm": {
        "name": _name,
        "toString": _name,
        "ordinal": _ordinal,
        "compareTo": _compare_to,
    }
}
STATIC_METHODS = {
    "java.text.Normalizer": {"normalize": normalize, "isNormalized": is_normalized},
    FORM_CLASS: {"valueOf": _value_of, "values": _values},
}
STATIC_FIELDS = {
    # the nested enum class, as Groovy resolves `Normalizer.Form`
    "java.text.Normalizer": {"Form": ClassRef(FORM_CLASS)},
    FORM_CLASS: dict(FORMS),
}
IMPORTABLE = {"java.text.Normalizer": "java.text.Normalizer"}
