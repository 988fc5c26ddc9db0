"""Fields inside their own class: `.@` parses, and assigning a final field outside its
constructor is Groovy 2.4's compile error (messages as Groovy prints them)."""

from __future__ import annotations

import pytest

from convoscript.compiler import compile_source
from convoscript.errors import FlowSyntaxError
from convoscript.grammar import nodes as n
from convoscript.grammar.parser import parse


def expr(source: str) -> n.Node:
    stmt = parse(source, "t.groovy").body[0]
    assert isinstance(stmt, n.ExprStmt)
    return stmt.expr


@pytest.mark.parametrize(
    ("source", "safe", "spread"),
    [("a.@x", False, False), ("a?.@x", True, False), ("a*.@x", False, True)],
)
def test_direct_field_access_parses(source: str, safe: bool, spread: bool) -> None:
    node = expr(source)
    assert isinstance(node, n.FieldAccess)
    assert (node.name, node.safe, node.spread) == ("x", safe, spread)


def test_direct_field_access_continues_over_a_newline_and_is_assignable() -> None:
    node = expr("a\n  .@x = 1")
    assert isinstance(node, n.Assign) and isinstance(node.target, n.FieldAccess)
    node = expr("a.@in++")  # a keyword is a member name after `.@`
    assert isinstance(node, n.IncDec) and node.target.name == "in"  # type: ignore[attr-defined]


FINAL = "cannot modify final field 'id' outside of constructor."
STATIC_FINAL = "cannot modify static final field 'K' outside of static initialization block."


@pytest.mark.parametrize(
    ("member", "message"),
    [
        ('def m() { id = "n" }', FINAL),
        ('def m() { this.id = "n" }', FINAL),
        ('def m() { this.@id = "n" }', FINAL),
        ('def m() { id += "n" }', FINAL),
        ('C(int q) { [1].each { id = "c" } }', FINAL),
        ('static final String K = "k"; def m() { K = "z" }', STATIC_FINAL),
        ('static final String K = "k"; C() { K = "z" }', STATIC_FINAL),
    ],
)
def test_final_field_assigned_outside_its_constructor(member: str, message: str) -> None:
    source = f'class C {{\n  final String id = "i"\n  {member}\n}}\nprintln "ok"\n'
    with pytest.raises(FlowSyntaxError) as info:
        compile_source(source, "final.groovy")
    assert info.value.line == 3
    assert info.value.message == message


@pytest.mark.parametrize(
    "member",
    [
        "C(String v) { id = v }",
        "C(String v) { this.id = v }",
        "C(String v) { this.@id = v }",
        "def m(String id) { id = 'local' }",  # a parameter, not the field
    ],
)
def test_final_field_assigned_by_its_constructor_compiles(member: str) -> None:
    compile_source(f"class C {{\n  final String id\n  {member}\n}}\n", "final.groovy")


STATIC_SCOPE = (
    "Apparent variable 'inst' was found in a static scope but doesn't refer to a local "
    "variable, static field or class. Possible causes:\nYou attempted to reference a variable "
    "in the binding or an instance variable from a static context.\nYou misspelled a "
    "classname or statically imported field. Please check the spelling.\nYou attempted to use "
    "a method 'inst' but left out brackets in a place not allowed by the grammar."
)
PARENT = 'class P { static String sup = "s"; String inst = "i"; static String getGp() { "g" } }\n'


@pytest.mark.parametrize(
    "member", ["static def s() { inst }", "static def s() { inst = 1 }", "static x = inst"]
)
def test_instance_field_named_in_a_static_member(member: str) -> None:
    """Groovy refuses it at compile time (convoscript used to read the class's own `name`)."""
    source = PARENT + f"class A extends P {{\n  {member}\n}}\n"
    with pytest.raises(FlowSyntaxError) as info:
        compile_source(source, "static.groovy")
    assert (info.value.line, info.value.message) == (3, STATIC_SCOPE)


@pytest.mark.parametrize(
    "member",
    [
        "static def s() { sup }",  # a superclass's static field
        "static def s() { gp }",  # a static property (getter)
        "static def s() { [1].collect { inst } }",  # a closure: the class answers at run time
        "static def s(inst) { inst }",  # a parameter
    ],
)
def test_static_member_names_that_compile(member: str) -> None:
    compile_source(PARENT + f"class A extends P {{\n  {member}\n}}\n", "static.groovy")
