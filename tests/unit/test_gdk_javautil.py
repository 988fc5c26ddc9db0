"""java.util.Arrays, java.util.Collections, java.math.MathContext and groovy.json.JsonBuilder against Groovy.

Rows: (Groovy snippet, what real Groovy 2.4.21 on JDK 17 printed for it); see gdk_snippets.
"""

from __future__ import annotations

import pytest
from gdk_snippets import outcome

CASES = [
    ("Arrays.asList(3, 1, 2)", "[3, 1, 2] | java.util.Arrays$ArrayList"),
    ("Arrays.asList([1, 2])", "[[1, 2]] | java.util.Arrays$ArrayList"),
    ("def l = Arrays.asList(1, 2); l[0] = 9; l", "[9, 2] | java.util.Arrays$ArrayList"),
    ("Arrays.asList(1, 2).set(0, 9)", "1 | java.lang.Integer"),
    ("Arrays.asList(1, 2).add(3)", "UnsupportedOperationException: null"),
    ("Arrays.asList(1, 2) << 3", "UnsupportedOperationException: null"),
    ("def l = Arrays.asList(3, 1, 2); l.sort(); l", "[1, 2, 3] | java.util.Arrays$ArrayList"),
    ("Arrays.asList(1, 2) + [3]", "[1, 2, 3] | java.util.ArrayList"),
    ("Arrays.asList(1, 2).collect { it * 2 }", "[2, 4] | java.util.ArrayList"),
    ("Arrays.asList(1, 2) instanceof List", "true | java.lang.Boolean"),
    ("JsonOutput.toJson(Arrays.asList(1, 2))", "[1,2] | java.lang.String"),
    ("Arrays.asList(1, 2).size()", "2 | java.lang.Integer"),
    ("Arrays.toString([1, 2] as int[])", "[1, 2] | java.lang.String"),
    ('Arrays.toString(["a", null] as String[])', "[a, null] | java.lang.String"),
    ("Arrays.toString([1, [2, 3], [a: 1]])", "[[1, [2, 3], {a=1}]] | java.lang.String"),
    ("def a = [3, 1, 2] as int[]; Arrays.sort(a); a.toList()", "[1, 2, 3] | java.util.ArrayList"),
    (
        'def a = ["bb", "a", "ccc"] as String[]; Arrays.sort(a, { x, y -> y.size() <=> x.size() } as Comparator); a.toList()',
        "[ccc, bb, a] | java.util.ArrayList",
    ),
    ("def l = [3, 1]; Arrays.sort(l); l", "[3, 1] | java.util.ArrayList"),
    (
        'def a = ["a", "b"] as String[]; Arrays.fill(a, "x"); a.toList()',
        "[x, x] | java.util.ArrayList",
    ),
    ("Arrays.copyOf([1, 2, 3] as int[], 5).toList()", "[1, 2, 3, 0, 0] | java.util.ArrayList"),
    ("Arrays.equals([1, 2] as int[], [1, 2] as int[])", "true | java.lang.Boolean"),
    ("def l = [3, 1, 2]; Collections.sort(l); l", "[1, 2, 3] | java.util.ArrayList"),
    ("Collections.sort([3, 1, 2])", "null"),
    (
        "def l = [3, 1, 2]; Collections.sort(l, Collections.reverseOrder()); l",
        "[3, 2, 1] | java.util.ArrayList",
    ),
    (
        'def l = ["bb", "a", "ccc"]; Collections.sort(l, { a, b -> a.size() <=> b.size() } as Comparator); l',
        "[a, bb, ccc] | java.util.ArrayList",
    ),
    (
        'def l = [3, "a"]; Collections.sort(l); l',
        "ClassCastException: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')",
    ),
    ("Collections.max([3, 1, 2])", "3 | java.lang.Integer"),
    ('Collections.min(["b", "a", "c"])', "a | java.lang.String"),
    (
        'Collections.max(["aaa", "b"], { a, b -> a.size() <=> b.size() } as Comparator)',
        "aaa | java.lang.String",
    ),
    ("Collections.max([])", "NoSuchElementException: null"),
    (
        "Collections.max([1, 2.5, 2L])",
        "ClassCastException: class java.lang.Integer cannot be cast to class java.math.BigDecimal (java.lang.Integer and java.math.BigDecimal are in module java.base of loader 'bootstrap')",
    ),
    (
        "Collections.max(null)",
        'NullPointerException: Cannot invoke "java.util.Collection.iterator()" because "coll" is null',
    ),
    ("def l = [1, 2, 3]; Collections.reverse(l); l", "[3, 2, 1] | java.util.ArrayList"),
    (
        "Collections.unmodifiableList([1, 2])",
        "[1, 2] | java.util.Collections$UnmodifiableRandomAccessList",
    ),
    ("Collections.unmodifiableList([1, 2]).add(3)", "UnsupportedOperationException: null"),
    (
        "Collections.unmodifiableList([1, 2]).getClass().name",
        "java.util.Collections$UnmodifiableRandomAccessList | java.lang.String",
    ),
    (
        "def b = [1]; def u = Collections.unmodifiableList(b); b << 2; u",
        "[1, 2] | java.util.Collections$UnmodifiableRandomAccessList",
    ),
    ('Collections.unmodifiableMap([a: 1]).put("b", 2)', "UnsupportedOperationException: null"),
    ("Collections.unmodifiableList([3, 1]).sort()", "UnsupportedOperationException: null"),
    ("Collections.unmodifiableList([3, 1]).sort(false)", "[1, 3] | java.util.ArrayList"),
    ("Collections.emptyList()", "[] | java.util.Collections$EmptyList"),
    ("Collections.emptyList().add(1)", "UnsupportedOperationException: null"),
    (
        "Collections.emptyList().getClass().name",
        "java.util.Collections$EmptyList | java.lang.String",
    ),
    ("Collections.emptyMap()", "[:] | java.util.Collections$EmptyMap"),
    ("Collections.EMPTY_LIST.size()", "0 | java.lang.Integer"),
    ("Collections.singletonList(1)", "[1] | java.util.Collections$SingletonList"),
    ('Collections.singletonMap("a", 1)', "[a:1] | java.util.Collections$SingletonMap"),
    ('Collections.nCopies(3, "x")', "[x, x, x] | java.util.Collections$CopiesList"),
    ("Collections.frequency([1, 2, 1, 1L], 1)", "2 | java.lang.Integer"),
    ("def l = [1, 2, 3]; Collections.swap(l, 0, 2); l", "[3, 2, 1] | java.util.ArrayList"),
    ("[1, 3, 2].sort(Collections.reverseOrder())", "null"),
    ("def l = [1, 3, 2]; l.sort(Collections.reverseOrder()); l", "[3, 2, 1] | java.util.ArrayList"),
    ("def l = [1]; Collections.addAll(l, 2, 3); l", "[1, 2, 3] | java.util.ArrayList"),
    ("Collections.disjoint([1], [2])", "true | java.lang.Boolean"),
    ("def l = [1, 2, 3, 4]; Collections.rotate(l, 1); l", "[4, 1, 2, 3] | java.util.ArrayList"),
    ("def l = [1, 2]; Collections.fill(l, 0); l", "[0, 0] | java.util.ArrayList"),
    ("new MathContext(2)", "precision=2 roundingMode=HALF_UP | java.math.MathContext"),
    (
        "new MathContext(3, RoundingMode.DOWN)",
        "precision=3 roundingMode=DOWN | java.math.MathContext",
    ),
    (
        'new MathContext("precision=5 roundingMode=HALF_UP")',
        "precision=5 roundingMode=HALF_UP | java.math.MathContext",
    ),
    ("new MathContext(-1)", "IllegalArgumentException: Digits < 0"),
    (
        "[MathContext.DECIMAL32, MathContext.DECIMAL64, MathContext.DECIMAL128, MathContext.UNLIMITED]",
        "[precision=7 roundingMode=HALF_EVEN, precision=16 roundingMode=HALF_EVEN, precision=34 roundingMode=HALF_EVEN, precision=0 roundingMode=HALF_UP] | java.util.ArrayList",
    ),
    (
        "[new MathContext(4).precision, new MathContext(4).roundingMode]",
        "[4, HALF_UP] | java.util.ArrayList",
    ),
    ("1.25.round(new MathContext(2))", "1.3 | java.math.BigDecimal"),
    ("123.456.round(new MathContext(2))", "1.2E+2 | java.math.BigDecimal"),
    ("123.456.round(new MathContext(4, RoundingMode.DOWN))", "123.4 | java.math.BigDecimal"),
    ("123.456.round(new MathContext(0))", "123.456 | java.math.BigDecimal"),
    ("99.99.round(new MathContext(2))", "1.0E+2 | java.math.BigDecimal"),
    ("0.000123456.round(new MathContext(2))", "0.00012 | java.math.BigDecimal"),
    ("(-2.5).round(new MathContext(1))", "-3 | java.math.BigDecimal"),
    ("150.0.round(new MathContext(1))", "2E+2 | java.math.BigDecimal"),
    (
        "12345.round(new MathContext(2))",
        "MissingMethodException: No signature of method: java.lang.Integer.round() is applicable for argument types: (java.math.MathContext) values: [precision=2 roundingMode=HALF_UP]",
    ),
    ("1.0.divide(3, new MathContext(5))", "0.33333 | java.math.BigDecimal"),
    (
        'new BigDecimal("2").divide(new BigDecimal("3"), MathContext.DECIMAL32)',
        "0.6666667 | java.math.BigDecimal",
    ),
    (
        'new BigDecimal("1").divide(new BigDecimal("8"), new MathContext(10))',
        "0.125 | java.math.BigDecimal",
    ),
    ("1.0.divide(0, new MathContext(5))", "ArithmeticException: Division by zero"),
    (
        "1.0.divide(3, MathContext.UNLIMITED)",
        "ArithmeticException: Non-terminating decimal expansion; no exact representable decimal result.",
    ),
    ('new BigDecimal("123.456", new MathContext(4))', "123.5 | java.math.BigDecimal"),
    ("1.2345.multiply(2.0, new MathContext(3))", "2.47 | java.math.BigDecimal"),
    ("1.2345.add(2.0, new MathContext(3))", "3.23 | java.math.BigDecimal"),
    ("1.2345.subtract(2.0, new MathContext(3))", "-0.766 | java.math.BigDecimal"),
    ("2.0.sqrt(new MathContext(10))", "1.414213562 | java.math.BigDecimal"),
    ("1.1.pow(10, new MathContext(5))", "2.5937 | java.math.BigDecimal"),
    ("new MathContext(2) == new MathContext(2)", "true | java.lang.Boolean"),
    (
        'new JsonBuilder([a: 1, b: [1, 2], c: null, d: "x\\"y"]).toString()',
        '{"a":1,"b":[1,2],"c":null,"d":"x\\"y"} | java.lang.String',
    ),
    ('new JsonBuilder([1, "a", [b: 2]]).toString()', '[1,"a",{"b":2}] | java.lang.String'),
    ("new JsonBuilder().toString()", "null | java.lang.String"),
    ('new JsonBuilder("abc").toString()', '"abc" | java.lang.String'),
    ("new JsonBuilder([a: 1, b: [1, 2], c: [:], d: []]).toPrettyString()", "{"),
    ("def b = new JsonBuilder(); b.call([x: 1]); b.toString()", '{"x":1} | java.lang.String'),
    ("def b = new JsonBuilder(); b.call([x: 1])", "[x:1] | java.util.LinkedHashMap"),
    ("def b = new JsonBuilder(); b.call(1, 2, 3); b.toString()", "[1,2,3] | java.lang.String"),
    ("def b = new JsonBuilder(); b([x: 1]); b.toString()", '{"x":1} | java.lang.String'),
    ("def b = new JsonBuilder([a: 1]); b.content", "[a:1] | java.util.LinkedHashMap"),
    (
        'def b = new JsonBuilder(); b.person([name: "x"]); b.toString()',
        '{"person":{"name":"x"}} | java.lang.String',
    ),
    ("def b = new JsonBuilder(); b.person(); b.toString()", '{"person":{}} | java.lang.String'),
    (
        "def b = new JsonBuilder(); b.person(1, 2); b.toString()",
        "JsonException: Expected no arguments, a single map, a single closure, or a map and closure as arguments.",
    ),
    (
        'def b = new JsonBuilder(); b.person([name: "x"]) { age 3 }; b.toString()',
        '{"person":{"name":"x","age":3}} | java.lang.String',
    ),
    (
        'def b = new JsonBuilder(); b.person(name: "x", age: 3); b.toString()',
        '{"person":{"name":"x","age":3}} | java.lang.String',
    ),
    (
        "def b = new JsonBuilder(); b.people([1, 2]) { n -> id n }; b.toString()",
        '{"people":[{"id":1},{"id":2}]} | java.lang.String',
    ),
    (
        'def b = new JsonBuilder(); b { name "ticket"; items 1, 2, 3; none() }; b.toString()',
        '{"name":"ticket","items":[1,2,3],"none":[]} | java.lang.String',
    ),
    (
        "def b = new JsonBuilder(); b { m([a: 1]) { c 2 } }; b.toString()",
        '{"m":[{"a":1},{"c":2}]} | java.lang.String',
    ),
    ("def b = new JsonBuilder(); b { x 1 }", "[x:1] | java.util.LinkedHashMap"),
    ("def b = new JsonBuilder(); def r; b { r = x(5) }; r", "5 | java.lang.Integer"),
    (
        "def b = new JsonBuilder(); b([1, 2]) { n -> v n }; b.toString()",
        '[{"v":1},{"v":2}] | java.lang.String',
    ),
    ('"${new JsonBuilder([a: 1])}"', '{"a":1} | org.codehaus.groovy.runtime.GStringImpl'),
    (
        "def w = new StringWriter(); new JsonBuilder([a: 1]).writeTo(w); w.toString()",
        '{"a":1} | java.lang.String',
    ),
    (
        "new JsonBuilder([d: new Date(0)]).toString()",
        '{"d":"1970-01-01T00:00:00+0000"} | java.lang.String',
    ),
    (
        "new JsonBuilder([inner: new JsonBuilder([a: 1])]).toString()",
        '{"inner":{"content":{"a":1}}} | java.lang.String',
    ),
    ('def n = 1; new JsonBuilder(["k$n": "v$n"]).toString()', '{"k1":"v1"} | java.lang.String'),
    (
        "new JsonBuilder([k: 1.50, f: 1.5f, dd: 1.5d, l: 10L]).toString()",
        '{"k":1.50,"f":1.5,"dd":1.5,"l":10} | java.lang.String',
    ),
    (
        "new JsonBuilder([a: 1]).a",
        "MissingPropertyException: No such property: a for class: groovy.json.JsonBuilder",
    ),
    (
        "def b = new JsonBuilder([a: 1]); b.content = [z: 1]; b.toString()",
        '{"z":1} | java.lang.String',
    ),
    ('JsonOutput.toJson({ a 1; b "x" })', '{"a":1,"b":"x"} | java.lang.String'),
    (
        "JsonOutput.toJson([c: { a 1 }, l: [{ x 2 }, 3]])",
        '{"c":{"a":1},"l":[{"x":2},3]} | java.lang.String',
    ),
]


@pytest.mark.parametrize(
    ("snippet", "expected"),
    CASES,
    ids=[(c.values if hasattr(c, "values") else c)[0][:60] for c in CASES],
)
def test_matches_groovy(snippet: str, expected: str) -> None:
    assert outcome(snippet) == expected
