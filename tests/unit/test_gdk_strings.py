"""GDK String, CharSequence, Character, StringBuilder and regex methods against Groovy.

Every row was run in real Groovy 2.4.21 (JDK 17): the first column is the Groovy snippet, the
second the same operation through `dispatch.invoke` (the real door), the rest what Groovy
produced: ("OK", its toString as println shows it, its class's simple name) or
("EXC", the exception's simple class name, the first line of its message). A None is not
compared (the reason is noted on the row).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from convoscript.runtime import allowlist  # noqa: F401  (loads the tables)
from convoscript.runtime.closures import Closure
from convoscript.runtime.dispatch import construct, getat, getprop, putat, setprop
from convoscript.runtime.dispatch import invoke as inv
from convoscript.runtime.exceptions import GroovyThrowable
from convoscript.runtime.gdk.strings import make_matcher, matches_whole
from convoscript.runtime.text import to_string
from convoscript.runtime.types import ClassRef, GSet, MapEntry, java_class_name, simple_class_name
from convoscript.runtime.types import StringBuilder as SB
from convoscript.runtime.values import BigInteger as BI
from convoscript.runtime.values import Char as C
from convoscript.runtime.values import Float as F
from convoscript.runtime.values import GString
from convoscript.runtime.values import IntRange as R
from convoscript.runtime.values import Long as L


def G(*parts):
    """A GString from alternating literal strings and values: G("a", 1, "b") is "a${1}b"."""
    return GString(tuple(parts[0::2]), tuple(parts[1::2]))


def it(fn):
    """A closure with the implicit parameter `it`."""
    return Closure(lambda *a: fn(a[0] if a else None), 0, 1, True)


def cl(fn, n):
    """A closure with n declared parameters."""
    return Closure(fn, n, n, False)


def seq(*values):
    return values[-1]


def static(cls, name, *args):
    return inv(ClassRef(cls), name, *args)


def field(cls, name):
    return getprop(ClassRef(cls), name)


def new(cls, *args):
    return construct(cls, *args)


def fmt(*args):
    return static("java.lang.String", "format", *args)


_NAMESPACE = {k: v for k, v in globals().items() if not k.startswith("__")}
_UNUSED = (D, BI, C, F, L, R, SB, GSet, MapEntry, java_class_name, make_matcher, matches_whole,
           putat, setprop, getat)


def outcome(python_expr: str) -> list:
    try:
        value = eval(python_expr, dict(_NAMESPACE))
    except GroovyThrowable as exc:
        lines = (exc.message or "").splitlines()
        return ["EXC", exc.java_class, lines[0] if lines else ""]
    return ["OK", to_string(value), simple_class_name(value)]



# (Groovy snippet run in Groovy 2.4.21, Python through dispatch, expected outcome)
CASES = [
    ('"  Hello, World  ".trim()', 'inv("  Hello, World  ", "trim")', 'OK', 'Hello, World', 'String'),
    ('"Hello".size()', 'inv("Hello", "size")', 'OK', '5', 'Integer'),
    ('"Hello".length()', 'inv("Hello", "length")', 'OK', '5', 'Integer'),
    ('"a${1}b".length()', 'inv(G("a", 1, "b"), "length")', 'OK', '3', 'Integer'),
    ('"Hello".toUpperCase()', 'inv("Hello", "toUpperCase")', 'OK', 'HELLO', 'String'),
    ('"Hello".toLowerCase()', 'inv("Hello", "toLowerCase")', 'OK', 'hello', 'String'),
    ('"Hello".contains("ell")', 'inv("Hello", "contains", "ell")', 'OK', 'true', 'Boolean'),
    ('"Hello".contains("x")', 'inv("Hello", "contains", "x")', 'OK', 'false', 'Boolean'),
    ('"Hello".startsWith("He")', 'inv("Hello", "startsWith", "He")', 'OK', 'true', 'Boolean'),
    ('"Hello".startsWith("l", 2)', 'inv("Hello", "startsWith", "l", 2)', 'OK', 'true', 'Boolean'),
    ('"Hello".endsWith("lo")', 'inv("Hello", "endsWith", "lo")', 'OK', 'true', 'Boolean'),
    ('"Hello, World".substring(7)', 'inv("Hello, World", "substring", 7)', 'OK', 'World', 'String'),
    ('"Hello, World".substring(0, 5)', 'inv("Hello, World", "substring", 0, 5)', 'OK', 'Hello', 'String'),
    ('"abc".substring(5)', 'inv("abc", "substring", 5)', 'EXC', 'StringIndexOutOfBoundsException', 'begin 5, end 3, length 3'),
    ('"abc".substring(2, 1)', 'inv("abc", "substring", 2, 1)', 'EXC', 'StringIndexOutOfBoundsException', 'begin 2, end 1, length 3'),
    ('"abc".substring(-1)', 'inv("abc", "substring", -1)', 'EXC', 'StringIndexOutOfBoundsException', 'begin -1, end 3, length 3'),
    ('"Hello".indexOf("l")', 'inv("Hello", "indexOf", "l")', 'OK', '2', 'Integer'),
    ('"Hello".indexOf("l", 3)', 'inv("Hello", "indexOf", "l", 3)', 'OK', '3', 'Integer'),
    ('"abc".indexOf("a", -5)', 'inv("abc", "indexOf", "a", -5)', 'OK', '0', 'Integer'),
    ('"abca".indexOf(97, 1)', 'inv("abca", "indexOf", 97, 1)', 'OK', '3', 'Integer'),
    ('"Hello".lastIndexOf("l")', 'inv("Hello", "lastIndexOf", "l")', 'OK', '3', 'Integer'),
    ('"abcabc".lastIndexOf("b", 3)', 'inv("abcabc", "lastIndexOf", "b", 3)', 'OK', '1', 'Integer'),
    ('"abc".lastIndexOf("")', 'inv("abc", "lastIndexOf", "")', 'OK', '3', 'Integer'),
    ('"abc".charAt(1)', 'inv("abc", "charAt", 1)', 'OK', 'b', 'Character'),
    ('"abc".charAt(5)', 'inv("abc", "charAt", 5)', 'EXC', 'StringIndexOutOfBoundsException', 'String index out of range: 5'),
    ('"".isEmpty()', 'inv("", "isEmpty")', 'OK', 'true', 'Boolean'),
    ('"ABC".equalsIgnoreCase("abc")', 'inv("ABC", "equalsIgnoreCase", "abc")', 'OK', 'true', 'Boolean'),
    ('"a1".equals("a${1}")', 'inv("a1", "equals", G("a", 1, ""))', 'OK', 'false', 'Boolean'),
    ('"apple".compareTo("banana")', 'inv("apple", "compareTo", "banana")', 'OK', '-1', 'Integer'),
    ('"a".compareTo("abc")', 'inv("a", "compareTo", "abc")', 'OK', '-2', 'Integer'),
    ('"red,green,,blue".split(",")', 'inv("red,green,,blue", "split", ",")', 'OK', '[red, green, , blue]', 'String[]'),
    ('"a,b,,c,,".split(",").length', 'getprop(inv("a,b,,c,,", "split", ","), "length")', 'OK', '4', 'Integer'),
    ('",a,".split(",").toList()', 'inv(inv(",a,", "split", ","), "toList")', 'OK', '[, a]', 'ArrayList'),
    ('"".split(",").length', 'getprop(inv("", "split", ","), "length")', 'OK', '1', 'Integer'),
    ('"a.b".split(".").length', 'getprop(inv("a.b", "split", "."), "length")', 'OK', '0', 'Integer'),
    ('"a,b,c".split(",", 2).toList()', 'inv(inv("a,b,c", "split", ",", 2), "toList")', 'OK', '[a, b,c]', 'ArrayList'),
    ('"abc".split("(?=b)").toList()', 'inv(inv("abc", "split", "(?=b)"), "toList")', 'OK', '[a, bc]', 'ArrayList'),
    ('"  a b\\tc\\n d ".split().toList()', 'inv(inv("  a b\\tc\\n d ", "split"), "toList")', 'OK', '[a, b, c, d]', 'ArrayList'),
    ('"a1b22c333".split(/\\d+/).toList()', 'inv(inv("a1b22c333", "split", r"\\d+"), "toList")', 'OK', '[a, b, c]', 'ArrayList'),
    ('"red,green,,blue".tokenize(",")', 'inv("red,green,,blue", "tokenize", ",")', 'OK', '[red, green, blue]', 'ArrayList'),
    ('"a b  c".tokenize()', 'inv("a b  c", "tokenize")', 'OK', '[a, b, c]', 'ArrayList'),
    ('"a,,b, c".tokenize(", ")', 'inv("a,,b, c", "tokenize", ", ")', 'OK', '[a, b, c]', 'ArrayList'),
    ('"a,,b".tokenize(\',\' as char)', 'inv("a,,b", "tokenize", C(","))', 'OK', '[a, b]', 'ArrayList'),
    ('"banana".replace("an", "AN")', 'inv("banana", "replace", "an", "AN")', 'OK', 'bANANa', 'String'),
    ('"abc".replace("", "-")', 'inv("abc", "replace", "", "-")', 'OK', '-a-b-c-', 'String'),
    ('"a.b".replace(\'.\' as char, \'/\' as char)', 'inv("a.b", "replace", C("."), C("/"))', 'OK', 'a/b', 'String'),
    ('"Call 555-1234 or 555-9876".replaceAll(/(\\d{3})-(\\d{4})/, \'$2-$1\')', 'inv("Call 555-1234 or 555-9876", "replaceAll", r"(\\d{3})-(\\d{4})", "$2-$1")', 'OK', 'Call 1234-555 or 9876-555', 'String'),
    ('"x.y.z".replaceAll(".", "/")', 'inv("x.y.z", "replaceAll", ".", "/")', 'OK', '/////', 'String'),
    ('"price: \\$5".replaceAll(/\\$/, "USD ")', 'inv("price: $5", "replaceAll", r"\\$", "USD ")', 'OK', 'price: USD 5', 'String'),
    ('"abc".replaceAll("b", \'[$0]\')', 'inv("abc", "replaceAll", "b", "[$0]")', 'OK', 'a[b]c', 'String'),
    ('"abc".replaceAll("b", \'\\\\$\')', 'inv("abc", "replaceAll", "b", "\\\\$")', 'OK', 'a$c', 'String'),
    ('"abc".replaceAll("b", \'$2\')', 'inv("abc", "replaceAll", "b", "$2")', 'EXC', 'IndexOutOfBoundsException', 'No group 2'),
    ('"abc".replaceAll("(?<x>b)", \'${x}${x}\')', 'inv("abc", "replaceAll", "(?<x>b)", "${x}${x}")', 'OK', 'abbc', 'String'),
    ('"ab".replaceAll(/a(x)?/, \'Q$1Q\')', 'inv("ab", "replaceAll", r"a(x)?", "Q$1Q")', 'OK', 'QQb', 'String'),
    ('"a1b22".replaceAll(/\\d+/) { it.size().toString() }', 'inv("a1b22", "replaceAll", r"\\d+", it(lambda x: str(len(x))))', 'OK', 'a1b2', 'String'),
    ('"a1b22".replaceAll(/([a-z])(\\d+)/) { all, l, d -> d + l }', 'inv("a1b22", "replaceAll", r"([a-z])(\\d+)", cl(lambda a, l, d: d + l, 3))', 'OK', '1a22b', 'String'),
    ('"a1".replaceAll(/\\d/) { null }', 'inv("a1", "replaceAll", r"\\d", it(lambda x: None))', 'OK', 'anull', 'String'),
    ('"Call 555-1234".replaceFirst(/\\d{3}/, "XXX")', 'inv("Call 555-1234", "replaceFirst", r"\\d{3}", "XXX")', 'OK', 'Call XXX-1234', 'String'),
    ('"abc".replaceAll("(", "x")', 'inv("abc", "replaceAll", "(", "x")', 'EXC', 'PatternSyntaxException', 'Unclosed group near index 1'),
    ('"3.14".matches(/\\d+\\.\\d+/)', 'inv("3.14", "matches", r"\\d+\\.\\d+")', 'OK', 'true', 'Boolean'),
    ('"abc".matches("b")', 'inv("abc", "matches", "b")', 'OK', 'false', 'Boolean'),
    ('"a1b22c333".findAll(/\\d+/)', 'inv("a1b22c333", "findAll", r"\\d+")', 'OK', '[1, 22, 333]', 'ArrayList'),
    ('"a1b22".findAll(/([a-z])(\\d+)/) { it }', 'inv("a1b22", "findAll", r"([a-z])(\\d+)", it(lambda x: x))', 'OK', '[[a1, a, 1], [b22, b, 22]]', 'ArrayList'),
    ('"a1b22".find(/\\d+/)', 'inv("a1b22", "find", r"\\d+")', 'OK', '1', 'String'),
    ('"abc".find(/\\d+/)', 'inv("abc", "find", r"\\d+")', 'OK', 'null', 'null'),
    ('"a1b22".find(/([a-z])(\\d+)/) { all, l, d -> d }', 'inv("a1b22", "find", r"([a-z])(\\d+)", cl(lambda a, l, d: d, 3))', 'OK', '1', 'String'),
    ('"abc".padLeft(6)', 'inv("abc", "padLeft", 6)', 'OK', '   abc', 'String'),
    ('"abc".padLeft(6, "*")', 'inv("abc", "padLeft", 6, "*")', 'OK', '***abc', 'String'),
    ('"abc".padLeft(7, "xy")', 'inv("abc", "padLeft", 7, "xy")', 'OK', 'xyxyabc', 'String'),
    ('"abc".padRight(8, "xy")', 'inv("abc", "padRight", 8, "xy")', 'OK', 'abcxyxyx', 'String'),
    ('"abcdef".padLeft(3)', 'inv("abcdef", "padLeft", 3)', 'OK', 'abcdef', 'String'),
    ('"a".padLeft(3, "")', 'inv("a", "padLeft", 3, "")', 'EXC', 'ArithmeticException', '/ by zero'),
    ('"x".center(5, "-")', 'inv("x", "center", 5, "-")', 'OK', '--x--', 'String'),
    ('"abc".center(8, "xy")', 'inv("abc", "center", 8, "xy")', 'OK', 'xyabcxyx', 'String'),
    ('"ab".center(5, "*")', 'inv("ab", "center", 5, "*")', 'OK', '*ab**', 'String'),
    ('"hello world".capitalize()', 'inv("hello world", "capitalize")', 'OK', 'Hello world', 'String'),
    ('"ABC".uncapitalize()', 'inv("ABC", "uncapitalize")', 'OK', 'aBC', 'String'),
    ('"Hello".reverse()', 'inv("Hello", "reverse")', 'OK', 'olleH', 'String'),
    ('"aaaa".count("aa")', 'inv("aaaa", "count", "aa")', 'OK', '3', 'Integer'),
    ('"ab" * 3', 'inv("ab", "multiply", 3)', 'OK', 'ababab', 'String'),
    ('"ab" * -1', 'inv("ab", "multiply", -1)', 'EXC', 'IllegalArgumentException', 'multiply() should be called with a number of 0 or greater not: -1'),
    ('"a" * 2.9', 'inv("a", "multiply", D("2.9"))', 'OK', 'aa', 'String'),
    ('"flow" + 1 + 2', 'inv(inv("flow", "plus", 1), "plus", 2)', 'OK', 'flow12', 'String'),
    ('"a" + null', 'inv("a", "plus", None)', 'OK', 'anull', 'String'),
    ('"a" + [1, [b: 2]]', 'inv("a", "plus", [1, {"b": 2}])', 'OK', 'a[1, [b:2]]', 'String'),
    ('"a${1}" + "b"', 'inv(G("a", 1, ""), "plus", "b")', 'OK', 'a1b', 'GStringImpl'),
    ('"hello world" - "o"', 'inv("hello world", "minus", "o")', 'OK', 'hell world', 'String'),
    ('"hello" - "xyz"', 'inv("hello", "minus", "xyz")', 'OK', 'hello', 'String'),
    ('"flow"[0]', 'getat("flow", 0)', 'OK', 'f', 'String'),
    ('"flow"[-1]', 'getat("flow", -1)', 'OK', 'w', 'String'),
    ('"flow"[1..2]', 'getat("flow", R(1, 2))', 'OK', 'lo', 'String'),
    ('"flow"[3..0]', 'getat("flow", R(3, 0))', 'OK', 'wolf', 'String'),
    ('"flow"[-2..-1]', 'getat("flow", R(-2, -1))', 'OK', 'ow', 'String'),
    ('"abcdef"[[0, 2, 4]]', 'getat("abcdef", [0, 2, 4])', 'OK', 'ace', 'String'),
    ('"abc"[5]', 'getat("abc", 5)', 'EXC', 'StringIndexOutOfBoundsException', 'begin 5, end 6, length 3'),
    ('"abc"[-4]', 'getat("abc", -4)', 'EXC', 'ArrayIndexOutOfBoundsException', 'Negative array index [-4] too large for array size 3'),
    ('"abc"[1..5]', 'getat("abc", R(1, 5))', 'EXC', 'StringIndexOutOfBoundsException', 'begin 1, end 6, length 3'),
    ('"abc"[1L]', 'getat("abc", L(1))', 'EXC', 'MissingMethodException', 'No signature of method: java.lang.String.getAt() is applicable for argument types: (java.lang.Long) values: [1]'),
    ('" 5".isNumber()', 'inv(" 5", "isNumber")', 'OK', 'true', 'Boolean'),
    ('"1e3".isInteger()', 'inv("1e3", "isInteger")', 'OK', 'false', 'Boolean'),
    ('"3000000000".isLong()', 'inv("3000000000", "isLong")', 'OK', 'true', 'Boolean'),
    ('"NaN".isDouble()', 'inv("NaN", "isDouble")', 'OK', 'true', 'Boolean'),
    ('"42".toInteger()', 'inv("42", "toInteger")', 'OK', '42', 'Integer'),
    ('"x".toInteger()', 'inv("x", "toInteger")', 'EXC', 'NumberFormatException', 'For input string: "x"'),
    ('"10".toLong()', 'inv("10", "toLong")', 'OK', '10', 'Long'),
    ('"1e3".toBigDecimal()', 'inv("1e3", "toBigDecimal")', 'OK', '1E+3', 'BigDecimal'),
    ('"2.5".toDouble()', 'inv("2.5", "toDouble")', 'OK', '2.5', 'Double'),
    ('" Y ".toBoolean()', 'inv(" Y ", "toBoolean")', 'OK', 'true', 'Boolean'),
    ('"Hello".toList()', 'inv("Hello", "toList")', 'OK', '[H, e, l, l, o]', 'ArrayList'),
    ('"a\\r\\nb\\rc\\n".readLines()', 'inv("a\\r\\nb\\rc\\n", "readLines")', 'OK', '[a, b, c]', 'ArrayList'),
    ('"  a\\n    b\\n  c".stripIndent()', 'inv("  a\\n    b\\n  c", "stripIndent")', 'OK', 'a\n  b\nc', 'String'),
    ('"x\\n  |y".stripMargin()', 'inv("x\\n  |y", "stripMargin")', 'OK', 'x\ny', 'String'),
    ('"az".next()', 'inv("az", "next")', 'OK', 'a{', 'String'),
    ('"ab".previous()', 'inv("ab", "previous")', 'OK', 'aa', 'String'),
    ('"hello".hashCode()', 'inv("hello", "hashCode")', 'OK', '99162322', 'Integer'),
    ('"hello world this is long".hashCode()', 'inv("hello world this is long", "hashCode")', 'OK', '-693482484', 'Integer'),
    ('"a${1}".hashCode()', 'inv(G("a", 1, ""), "hashCode")', 'OK', '3093', 'Integer'),
    ('("a" << "b").getClass().name', 'java_class_name(inv("a", "leftShift", "b"))', 'OK', 'java.lang.StringBuffer', 'String'),
    ('"abc".collect { it.toUpperCase() }', 'inv("abc", "collect", it(lambda c: c.upper()))', 'OK', '[A, B, C]', 'ArrayList'),
    ('"abc".findAll { it > "a" }', 'inv("abc", "findAll", it(lambda c: c > "a"))', 'OK', '[b, c]', 'ArrayList'),
    ('"abc".inject("") { a, c -> c + a }', 'inv("abc", "inject", "", cl(lambda a, c: c + a, 2))', 'OK', 'cba', 'String'),
    ('"abc".take(2)', 'inv("abc", "take", 2)', 'OK', 'ab', 'String'),
    ('"abc".drop(5)', 'inv("abc", "drop", 5)', 'OK', '', 'String'),
    ('"a".isCase("a${\'\'}")', 'inv("a", "isCase", G("a", "", ""))', 'OK', 'true', 'Boolean'),
    ('"abc".shout()', 'inv("abc", "shout")', 'EXC', 'MissingMethodException', 'No signature of method: java.lang.String.shout() is applicable for argument types: () values: []'),
    ('"abc".indexOf(\'c\' as char)', 'inv("abc", "indexOf", C("c"))', 'EXC', 'MissingMethodException', 'No signature of method: java.lang.String.indexOf() is applicable for argument types: (java.lang.Character) values: [c]'),
    ("('a' as char).isLetter()", 'inv(C("a"), "isLetter")', 'OK', 'true', 'Boolean'),
    ("('a' as char).toUpperCase()", 'inv(C("a"), "toUpperCase")', 'OK', 'A', 'Character'),
    ("('a' as char) + 1", 'inv(C("a"), "plus", 1)', 'OK', '98', 'Integer'),
    ("('a' as char).next()", 'inv(C("a"), "next")', 'OK', 'b', 'Character'),
    ('new StringBuilder().append("a").append(1).append(2.50).append(null).append([a: 1]).toString()', 'inv(inv(inv(inv(inv(inv(SB(), "append", "a"), "append", 1), "append", D("2.50")), "append", None), "append", {"a": 1}), "toString")', 'OK', 'a12.50null{a=1}', 'String'),
    ('new StringBuilder("abc").insert(1, "X").toString()', 'inv(inv(SB("abc"), "insert", 1, "X"), "toString")', 'OK', 'aXbc', 'String'),
    ('new StringBuilder("abc").insert(5, "X")', 'inv(SB("abc"), "insert", 5, "X")', 'EXC', 'StringIndexOutOfBoundsException', 'offset 5, length 3'),
    ('new StringBuilder("abc").reverse().toString()', 'inv(inv(SB("abc"), "reverse"), "toString")', 'OK', 'cba', 'String'),
    ('new StringBuilder("abc").deleteCharAt(1).toString()', 'inv(inv(SB("abc"), "deleteCharAt", 1), "toString")', 'OK', 'ac', 'String'),
    ('new StringBuilder("abc").deleteCharAt(5)', 'inv(SB("abc"), "deleteCharAt", 5)', 'EXC', 'StringIndexOutOfBoundsException', 'index 5, length 3'),
    ('new StringBuilder("ab").length()', 'inv(SB("ab"), "length")', 'OK', '2', 'Integer'),
    ('new StringBuilder("ab").size()', 'inv(SB("ab"), "size")', 'OK', '2', 'Integer'),
    ('new StringBuilder("").isEmpty()', 'inv(SB(""), "isEmpty")', 'OK', 'true', 'Boolean'),
    ('new StringBuilder("ab").setLength(1)', 'inv(SB("ab"), "setLength", 1)', 'EXC', 'MissingMethodException', 'No signature of method: java.lang.StringBuilder.setLength() is applicable for argument types: (java.lang.Integer) values: [1]'),
    ('new StringBuilder("ab").trim()', 'inv(SB("ab"), "trim")', 'EXC', 'MissingMethodException', 'No signature of method: java.lang.StringBuilder.trim() is applicable for argument types: () values: []'),
    ('new StringBuilder("ab").padLeft(4)', 'inv(SB("ab"), "padLeft", 4)', 'OK', '  ab', 'String'),
    ('("a1b22" =~ /\\d+/)[1]', 'getat(make_matcher("a1b22", r"\\d+"), 1)', 'OK', '22', 'String'),
    ('("a1b22" =~ /([a-z])(\\d+)/)[1]', 'getat(make_matcher("a1b22", r"([a-z])(\\d+)"), 1)', 'OK', '[b22, b, 22]', 'ArrayList'),
    ('("a1b22" =~ /\\d+/)[5]', 'getat(make_matcher("a1b22", r"\\d+"), 5)', 'EXC', 'IndexOutOfBoundsException', 'index is out of range -2..1 (index = 5)'),
    ('("a1b22" =~ /\\d+/).size()', 'inv(make_matcher("a1b22", r"\\d+"), "size")', 'OK', '2', 'Long'),
    ('"a1" ==~ /a\\d/', 'matches_whole("a1", r"a\\d")', 'OK', 'true', 'Boolean'),
    ('"hello" - ~/l+/', 'inv("hello", "minus", inv("l+", "bitwiseNegate"))', 'OK', 'heo', 'String'),
    ('(~/a+/).isCase("baa")', 'inv(inv("a+", "bitwiseNegate"), "isCase", "baa")', 'OK', 'false', 'Boolean'),
    ('"a\\r\\nb".replaceAll(/.+/, "x")', 'inv("a\\r\\nb", "replaceAll", ".+", "x")', 'OK', 'x\r\nx', 'String'),
    ('"ab12cd".replaceAll(/\\p{Alpha}+/, "#")', 'inv("ab12cd", "replaceAll", r"\\p{Alpha}+", "#")', 'OK', '#12#', 'String'),
    ('"a.b*c".replaceAll(/\\Q.b*\\E/, "-")', 'inv("a.b*c", "replaceAll", r"\\Q.b*\\E", "-")', 'OK', 'a-c', 'String'),
    ('"aa".replaceAll(/(?<n>a)\\k<n>/, "x")', 'inv("aa", "replaceAll", r"(?<n>a)\\k<n>", "x")', 'OK', 'x', 'String'),
    ('"\\u2003 a \\t".strip()', 'inv("\\u2003 a \\t", "strip")', 'OK', 'a', 'String'),
    ('" a ".stripLeading() + "|"', 'inv(inv(" a ", "stripLeading"), "plus", "|")', 'OK', 'a |', 'String'),
    ('"  ".isBlank()', 'inv("  ", "isBlank")', 'OK', 'true', 'Boolean'),
    ('"ab".repeat(3)', 'inv("ab", "repeat", 3)', 'OK', 'ababab', 'String'),
    ('"ab".repeat(-1)', 'inv("ab", "repeat", -1)', 'EXC', 'IllegalArgumentException', 'count is negative: -1'),
    ('"abc".codePointAt(1)', 'inv("abc", "codePointAt", 1)', 'OK', '98', 'Integer'),
    ('"hi".toCharArray()', 'inv("hi", "toCharArray")', 'OK', 'hi', 'char[]'),
    ('"hi".toCharArray().length', 'getprop(inv("hi", "toCharArray"), "length")', 'OK', '2', 'Integer'),
    ('"hi".toCharArray().toList()', 'inv(inv("hi", "toCharArray"), "toList")', 'OK', '[h, i]', 'ArrayList'),
    ('"hello".chars().count()', 'inv(inv("hello", "chars"), "count")', 'OK', '5', 'Long'),
    ('"a-b".collectReplacements { it == \'-\' as char ? \'+\' : null }', 'inv("a-b", "collectReplacements", it(lambda c: "+" if c == "-" else None))', 'OK', 'a+b', 'String'),
    ('"abc".collectReplacements { it == \'b\' as char ? 5 : null }', 'inv("abc", "collectReplacements", it(lambda c: 5 if c == "b" else None))', 'EXC', 'ClassCastException', "class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')"),
    ('def sw = new StringWriter(); sw << "a" << 1 << [a: 1]; sw.write("b"); sw.write(99); sw.toString()', 'seq(sw := new("java.io.StringWriter"), inv(inv(inv(sw, "leftShift", "a"), "leftShift", 1), "leftShift", {"a": 1}), inv(sw, "write", "b"), inv(sw, "write", 99), inv(sw, "toString"))', 'OK', 'a1[a:1]bc', 'String'),
    ('sprintf("%s-%s", [1, 2])', 'inv(None, "sprintf", "%s-%s", [1, 2]) if False else inv("", "sprintf", "%s-%s", [1, 2])', 'OK', '1-2', 'String'),
    ('sprintf("%s", [a: 1])', 'inv("", "sprintf", "%s", {"a": 1})', 'OK', '{a=1}', 'String'),
    ('["bob", "Alice", "alice", "Dave"].sort(false, String.CASE_INSENSITIVE_ORDER)', 'inv(["bob", "Alice", "alice", "Dave"], "sort", False, field("java.lang.String", "CASE_INSENSITIVE_ORDER"))', 'OK', '[Alice, alice, bob, Dave]', 'ArrayList'),
    ('def l = ["b", "a"]; [l.sort(String.CASE_INSENSITIVE_ORDER), l]', '[inv(x := ["b", "a"], "sort", field("java.lang.String", "CASE_INSENSITIVE_ORDER")), x]', 'OK', '[null, [a, b]]', 'ArrayList'),
    ('("a1b2" =~ /\\d/).collect { it }', 'inv(make_matcher("a1b2", r"\\d"), "collect", it(lambda v: v))', 'OK', '[1, 2]', 'ArrayList'),
    ('def m = "a1b2" =~ /\\d/; m.collect { it }; m.find()', 'seq(m := make_matcher("a1b2", r"\\d"), inv(m, "collect", it(lambda v: v)), inv(m, "find"))', 'OK', 'false', 'Boolean'),
    ('def m = "ZIP 02139-4307" =~ /(\\d{5})-(\\d{4})/; [m.matches(), m.find(0), m.group(2)]', 'seq(m := make_matcher("ZIP 02139-4307", r"(\\d{5})-(\\d{4})"), [inv(m, "matches"), inv(m, "find", 0), inv(m, "group", 2)])', 'OK', '[false, true, 4307]', 'ArrayList'),
]

@pytest.mark.parametrize("groovy, python, kind, first, second", CASES,
                         ids=[c[0][:60] for c in CASES])
def test_matches_groovy(groovy: str, python: str, kind: str, first: str, second: str) -> None:
    got = outcome(python)
    expected = [kind, first, second]
    for i, want in enumerate(expected):
        if want is None:
            got[i] = None
    assert got == expected, groovy
