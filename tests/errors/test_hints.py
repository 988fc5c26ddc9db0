"""The hint of a name that is no variable: a "did you mean" for a misspelling of a declared or
assigned name or of a handle, and every service handle of the registry (not a fixed few).
Groovy 2.4 itself prints only `No such property: countr for class: Script1` (tools/oracle.py):
the message stays Groovy's, the help is in the hint."""

from convoscript import Runtime
from convoscript.authoring import diagnose
from convoscript.authoring.names import handle_names, script_names
from convoscript.services.registry import HANDLE_CLASSES


def _diagnose(source: str) -> dict:
    runtime = Runtime()
    error = runtime.conversation("c").run(runtime.compile(source, "d.groovy")).error
    return diagnose(error, source)


def test_misspelled_local_gets_did_you_mean() -> None:
    d = _diagnose("def counter = 1\nprintln(countr)\n")
    assert d["message"] == "No such property: countr for class: Script1"  # Groovy's, unchanged
    assert d["hint"].startswith("did you mean 'counter'? 'countr' is neither a local variable")


def test_case_slip_and_binding_variable_and_closure_parameter() -> None:
    assert _diagnose("def myVar = 1\nprintln(myvar)\n")["hint"].startswith("did you mean 'myVar'?")
    # `log` (a handle) is close enough too (Groovy's property score: 30 or less), ranked after
    hint = _diagnose("total = 2\nprintln(totl)\n")["hint"]
    assert hint.startswith("did you mean 'total' or 'log'?")
    source = "[1].each { item -> println(iten) }\n"
    assert _diagnose(source)["hint"].startswith("did you mean 'item'?")


def test_misspelled_handle_gets_did_you_mean() -> None:
    hint = _diagnose('println(executon.getVariable("x"))\n')["hint"]
    assert hint.startswith("did you mean 'execution'?")


def test_several_close_names_best_first_ties_in_source_order() -> None:
    hint = _diagnose("def count = 1\ndef counter = 2\nprintln(countr)\n")["hint"]
    assert hint.startswith("did you mean 'count' or 'counter'?")  # both one edit away
    hint = _diagnose("def count = 1\ndef counter = 2\nprintln(conuter)\n")["hint"]
    assert hint.startswith("did you mean 'counter' or 'count'?")  # a transposition is cheaper


def test_nothing_close_no_guess_and_every_handle_named() -> None:
    hint = _diagnose("println(zzzzqqq)\n")["hint"]
    assert not hint.startswith("did you mean")
    for cls in HANDLE_CLASSES:
        assert cls.binding_name in hint
    assert len(HANDLE_CLASSES) > 4


def test_handle_names_come_from_the_registry() -> None:
    assert handle_names() == [cls.binding_name for cls in HANDLE_CLASSES]
    assert "tabularDataService" in handle_names()


def test_script_names_collects_declarations_and_assignments() -> None:
    source = (
        "def counter = 1\ntotal = 2\n"
        "def f(String a, b) { for (x in [1]) { try {} catch (Exception e) {} } }\n"
        "[1].each { it2 -> def inner = 1 }\n"
    )
    assert script_names(source) == ["counter", "total", "a", "b", "x", "e", "it2", "inner"]
    assert script_names("def (") == []  # a script that does not parse has none
