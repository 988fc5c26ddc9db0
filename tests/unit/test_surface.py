"""The signature registry (runtime/door/surface.py): lines parse, bind to implementations both
ways, and the guards fit arguments by Groovy's rules."""

from __future__ import annotations

import pytest

from convoscript.lib import signature_files
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.door import allowlist, surface
from convoscript.runtime.door.signatures import NoSignature
from convoscript.runtime.model.values import GString, Long

KINDS = {
    "Collection": ("java.util.Collection", "java.lang.Iterable", "java.lang.Object"),
    "List": ("java.util.List", "java.util.Collection", "java.lang.Iterable", "java.lang.Object"),
    "Object": ("java.lang.Object",),
}


def _tables(**overrides):
    tables = {
        "METHODS": {},
        "PROPERTIES": {},
        "STATIC_METHODS": {},
        "STATIC_FIELDS": {},
        "CONSTRUCTORS": {},
    }
    tables.update(overrides)
    return tables


def _lines(*texts):
    return [("t.txt", i, text) for i, text in enumerate(texts, 1)]


def _echo(*args):
    return args


def test_parse_forms():
    gdk = surface.parse(
        "staticMethod org.codehaus.groovy.runtime.DefaultGroovyMethods collect "
        "java.util.Collection groovy.lang.Closure",
        "f:1",
    )
    assert gdk.is_gdk and gdk.receiver == "java.util.Collection"
    assert gdk.call_params == ("groovy.lang.Closure",)
    ctor = surface.parse("new java.math.BigDecimal java.lang.String", "f:2")
    assert (ctor.form, ctor.owner, ctor.params) == (
        "new",
        "java.math.BigDecimal",
        ("java.lang.String",),
    )
    ext = surface.parse(
        "staticMethod org.codehaus.groovy.runtime.DefaultGroovyStaticMethods parse "
        "java.util.Date java.lang.String java.lang.String",
        "f:3",
    )
    assert not ext.is_instance and ext.static_owner == "java.util.Date"
    assert ext.call_params == ("java.lang.String", "java.lang.String")


@pytest.mark.parametrize(
    "text", ["methd java.lang.String trim", "staticField java.lang.Math", "method java.lang.String"]
)
def test_malformed_line_names_its_place(text):
    with pytest.raises(surface.SurfaceError, match="^sig.txt:7: "):
        surface.parse(text, "sig.txt:7")


def test_implementation_without_a_line_is_refused():
    tables = _tables(METHODS={"List": {"shuffle": _echo}})
    problems = surface.bind(tables, [], KINDS)
    assert problems == ["METHODS['List']['shuffle'] has no signature line"]


def test_line_without_an_implementation_is_refused():
    problems = surface.bind(_tables(), _lines("method java.util.List size"), KINDS)
    assert problems == ["t.txt:1: no implementation for `method java.util.List size`"]


def test_static_members_and_constructors_need_lines_too():
    tables = _tables(
        STATIC_METHODS={"java.lang.Math": {"abs": _echo}},
        STATIC_FIELDS={"java.lang.Math": {"PI": 3.14}},
        CONSTRUCTORS={"java.util.Random": _echo},
    )
    problems = surface.bind(tables, [], KINDS)
    assert len(problems) == 3


def test_guard_fits_declared_overloads():
    tables = _tables(METHODS={"List": {"get": _echo}})
    assert surface.bind(tables, _lines("method java.util.List get int"), KINDS) == []
    get = tables["METHODS"]["List"]["get"]
    assert get([1], 0) == ([1], 0)
    for wrong in (Long(0), "0", None):  # an int parameter takes an Integer only
        with pytest.raises(NoSignature):
            get([1], wrong)
    with pytest.raises(NoSignature):
        get([1])


def test_string_parameter_takes_a_gstring_and_reference_takes_null():
    tables = _tables(METHODS={"Object": {"m": _echo}})
    lines = _lines("method java.lang.Object m java.lang.String")
    assert surface.bind(tables, lines, KINDS) == []
    m = tables["METHODS"]["Object"]["m"]
    gs = GString(("a",), ())
    assert m(1, gs) == (1, gs)
    assert m(1, None) == (1, None)
    assert m(1) == (1, None)  # Groovy calls a one-parameter method without arguments with null


def test_overload_of_a_subtype_holds_for_its_instances_only():
    # Collection's add serves Lists too; add(int, Object) is declared on List
    tables = _tables(METHODS={"Collection": {"add": _echo}})
    lines = _lines(
        "method java.util.Collection add java.lang.Object",
        "method java.util.List add int java.lang.Object",
    )
    assert surface.bind(tables, lines, KINDS) == []
    add = tables["METHODS"]["Collection"]["add"]
    assert add([], 0, "x") == ([], 0, "x")
    with pytest.raises(NoSignature):
        add(GSet(), 0, "x")


def test_trailing_array_parameter_takes_spread_arguments():
    tables = _tables(STATIC_METHODS={"java.lang.String": {"format": _echo}})
    lines = _lines("staticMethod java.lang.String format java.lang.String java.lang.Object[]")
    assert surface.bind(tables, lines, KINDS) == []
    fmt = tables["STATIC_METHODS"]["java.lang.String"]["format"]
    assert fmt("%s-%s", "a", 1) == ("%s-%s", "a", 1)
    assert fmt("%s") == ("%s",)
    with pytest.raises(NoSignature):
        fmt(1, "a")


def test_the_library_declares_every_member_it_implements():
    allowlist.ensure_library_loaded()  # raises SurfaceError when lines and tables disagree
    lines = signature_files.load()
    assert len(lines) > 2000
    kinds = signature_files.load_kinds()
    assert set(allowlist.METHODS) <= set(kinds)
    fn = allowlist.METHODS["String"]["substring"]
    assert fn.implementation is not fn  # every table entry is behind its guard
