"""GDK Map and Map.Entry methods, inspect(), Java equals and hashCode against Groovy.

Every row was run in real Groovy 2.4.21 (JDK 17): the first column is the Groovy snippet, the
second the same operation through `dispatch.invoke` (the real door), the rest what Groovy
produced: ("OK", its toString as println shows it, its class's simple name) or
("EXC", the exception's simple class name, the first line of its message). A None is not
compared (the reason is noted on the row).
"""

from __future__ import annotations

import pytest
from gdk_dispatch_rows import check, cl, cmp, it

from convoscript.runtime.model import budget
from convoscript.runtime.door.dispatch import construct
from convoscript.runtime.door.dispatch import invoke as inv
from convoscript.runtime.model.exceptions import BudgetExceeded

# (Groovy snippet run in Groovy 2.4.21, Python through dispatch, expected outcome)
CASES = [
    ('[name: "Sam"].get("name")', 'inv({"name": "Sam"}, "get", "name")', "OK", "Sam", "String"),
    (
        'def m = [a: 1]; [m.get("b", 5), m]',
        '[inv(x := {"a": 1}, "get", "b", 5), x]',
        "OK",
        "[5, [a:1, b:5]]",
        "ArrayList",
    ),
    ('[a1: 1].get("a${1}")', 'inv({"a1": 1}, "get", G("a", 1, ""))', "OK", "null", "null"),
    (
        '[a1: 1].containsKey("a${1}")',
        'inv({"a1": 1}, "containsKey", G("a", 1, ""))',
        "OK",
        "false",
        "Boolean",
    ),
    ('[a1: 1]["a${1}"]', 'getat({"a1": 1}, G("a", 1, ""))', "OK", "1", "Integer"),
    ('[a1: 1].getAt("a${1}")', 'inv({"a1": 1}, "getAt", G("a", 1, ""))', "OK", "1", "Integer"),
    (
        'def m = [a: 1]; [m.put("a", 2), m.put("b", 3), m]',
        '[inv(x := {"a": 1}, "put", "a", 2), inv(x, "put", "b", 3), x]',
        "OK",
        "[1, null, [a:2, b:3]]",
        "ArrayList",
    ),
    ("[a: 1].putAll([b: 2])", 'inv({"a": 1}, "putAll", {"b": 2})', "OK", "null", "null"),
    (
        'def m = [a: 1, b: 2]; [m.remove("a"), m.remove("z"), m]',
        '[inv(x := {"a": 1, "b": 2}, "remove", "a"), inv(x, "remove", "z"), x]',
        "OK",
        "[1, null, [b:2]]",
        "ArrayList",
    ),
    ("[a: 1].containsValue(1L)", 'inv({"a": 1}, "containsValue", L(1))', "OK", "false", "Boolean"),
    (
        "[a: 1, b: 2].keySet()",
        'inv({"a": 1, "b": 2}, "keySet")',
        "OK",
        "[a, b]",
        None,
    ),  # Groovy returns a live LinkedKeySet view; ours is a LinkedHashSet copy
    (
        "[a: 1, b: 2].values()",
        'inv({"a": 1, "b": 2}, "values")',
        "OK",
        "[1, 2]",
        None,
    ),  # Groovy returns a live LinkedValues view; ours is an ArrayList copy
    (
        "[a: 1, b: 2].entrySet()",
        'inv({"a": 1, "b": 2}, "entrySet")',
        "OK",
        "[a=1, b=2]",
        None,
    ),  # Groovy returns a live LinkedEntrySet view; ours is a LinkedHashSet
    (
        "def m = [a: 1]; m.entrySet().each { it.value = 5 }; m",
        'seq(inv(inv(x := {"a": 1}, "entrySet"), "each", it(lambda e: setprop(e, "value", 5))), x)',
        "OK",
        "[a:5]",
        "LinkedHashMap",
    ),
    (
        "def m = [a: 1]; m.each { it.setValue(6) }; m",
        'seq(inv(x := {"a": 1}, "each", it(lambda e: inv(e, "setValue", 6))), x)',
        "OK",
        "[a:6]",
        "LinkedHashMap",
    ),
    (
        '[a: null].getOrDefault("a", 5)',
        'inv({"a": None}, "getOrDefault", "a", 5)',
        "OK",
        "null",
        "null",
    ),
    (
        '[apples: 3, pears: 0].collect { k, v -> "${k}:${v * 2}" }',
        'inv({"apples": 3, "pears": 0}, "collect", cl(lambda k, v: f"{k}:{v * 2}", 2))',
        "OK",
        "[apples:6, pears:0]",
        "ArrayList",
    ),
    ("[a: 1].collect()", 'inv({"a": 1}, "collect")', "OK", "[a=1]", "ArrayList"),
    (
        "[a: 1, b: 2].find { it.value > 1 }",
        'inv({"a": 1, "b": 2}, "find", it(lambda e: e.value > 1))',
        "OK",
        "b=2",
        "Entry",
    ),
    (
        "[a: 1, b: 2].findAll { k, v -> v > 1 }",
        'inv({"a": 1, "b": 2}, "findAll", cl(lambda k, v: v > 1, 2))',
        "OK",
        "[b:2]",
        "LinkedHashMap",
    ),
    (
        "[a: 1, b: 2].any { k, v -> v == 2 }",
        'inv({"a": 1, "b": 2}, "any", cl(lambda k, v: v == 2, 2))',
        "OK",
        "true",
        "Boolean",
    ),
    (
        "[a: 1, b: 2].every { it.value > 1 }",
        'inv({"a": 1, "b": 2}, "every", it(lambda e: e.value > 1))',
        "OK",
        "false",
        "Boolean",
    ),
    (
        "[a: 1, b: 2].count { k, v -> v > 1 }",
        'inv({"a": 1, "b": 2}, "count", cl(lambda k, v: v > 1, 2))',
        "OK",
        "1",
        "Integer",
    ),
    (
        "[a: 1, b: 2, c: 1].groupBy { it.value }",
        'inv({"a": 1, "b": 2, "c": 1}, "groupBy", it(lambda e: e.value))',
        "OK",
        "[1:[a:1, c:1], 2:[b:2]]",
        "LinkedHashMap",
    ),
    (
        "[a: 1, b: 2].countBy { it.value % 2 }",
        'inv({"a": 1, "b": 2}, "countBy", it(lambda e: e.value % 2))',
        "OK",
        "[1:1, 0:1]",
        "LinkedHashMap",
    ),
    ("[b: 1, a: 2].sort()", 'inv({"b": 1, "a": 2}, "sort")', "OK", "[a:2, b:1]", "TreeMap"),
    (
        "[apples: 3, pears: 0, plums: 12].sort { a, b -> b.value <=> a.value }",
        'inv({"apples": 3, "pears": 0, "plums": 12}, "sort", cl(lambda a, b: b.value - a.value, 2))',
        "OK",
        "[plums:12, apples:3, pears:0]",
        "LinkedHashMap",
    ),
    (
        "[b: 1, a: 2].sort { it.value }",
        'inv({"b": 1, "a": 2}, "sort", it(lambda e: e.value))',
        "OK",
        "[b:1, a:2]",
        "LinkedHashMap",
    ),
    (
        "[a: 3, b: 1].min { it.value }",
        'inv({"a": 3, "b": 1}, "min", it(lambda e: e.value))',
        "OK",
        "b=1",
        "Entry",
    ),
    (
        "[a: 3, b: 1].max { a, b -> a.value <=> b.value }",
        'inv({"a": 3, "b": 1}, "max", cl(lambda a, b: a.value - b.value, 2))',
        "OK",
        "a=3",
        "Entry",
    ),
    (
        "[a: 3, b: 4].inject(0) { acc, k, v -> acc + v }",
        'inv({"a": 3, "b": 4}, "inject", 0, cl(lambda acc, k, v: acc + v, 3))',
        "OK",
        "7",
        "Integer",
    ),
    (
        "[a: 3, b: 4].inject(0) { acc, e -> acc + e.value }",
        'inv({"a": 3, "b": 4}, "inject", 0, cl(lambda acc, e: acc + e.value, 2))',
        "OK",
        "7",
        "Integer",
    ),
    ("[a: 1] + [b: 2]", 'inv({"a": 1}, "plus", {"b": 2})', "OK", "[a:1, b:2]", "LinkedHashMap"),
    (
        "[a: 1] + [b: 2].entrySet().first()",
        'inv({"a": 1}, "plus", MapEntry("b", 2))',
        "EXC",
        "MissingMethodException",
        "No signature of method: java.util.LinkedHashMap.plus() is applicable for argument types: (java.util.LinkedHashMap$Entry) values: [b=2]",
    ),
    (
        "[a: 1, b: 2] - [b: 2]",
        'inv({"a": 1, "b": 2}, "minus", {"b": 2})',
        "OK",
        "[a:1]",
        "LinkedHashMap",
    ),
    (
        "[a: 1, b: 2] - [b: 3]",
        'inv({"a": 1, "b": 2}, "minus", {"b": 3})',
        "OK",
        "[a:1, b:2]",
        "LinkedHashMap",
    ),
    (
        '[a: 1, b: 2, c: 3].subMap(["a", "c", "z"])',
        'inv({"a": 1, "b": 2, "c": 3}, "subMap", ["a", "c", "z"])',
        "OK",
        "[a:1, c:3]",
        "LinkedHashMap",
    ),
    ("[a: 1, b: 2].take(1)", 'inv({"a": 1, "b": 2}, "take", 1)', "OK", "[a:1]", "LinkedHashMap"),
    ("[a: 1].equals([a: 1L])", 'inv({"a": 1}, "equals", {"a": L(1)})', "OK", "true", "Boolean"),
    (
        "[a: 1].sum { it.value }",
        'inv({"a": 1}, "sum", it(lambda e: e.value))',
        "EXC",
        "MissingMethodException",
        None,
    ),  # the message prints the closure object
    (
        '[a: 1].collectEntries { [(it.key + "x"): it.value] }',
        'inv({"a": 1}, "collectEntries", it(lambda e: {e.key + "x": e.value}))',
        "OK",
        "[ax:1]",
        "LinkedHashMap",
    ),
    (
        "[stock: 3].collectEntries { k, v -> [(k.toUpperCase()): v + 1] }",
        'inv({"stock": 3}, "collectEntries", cl(lambda k, v: {k.upper(): v + 1}, 2))',
        "OK",
        "[STOCK:4]",
        "LinkedHashMap",
    ),
    (
        'def r = []; [a: 1].eachWithIndex { k, v, i -> r << "$k$v$i" }; r',
        'seq(r := [], inv({"a": 1}, "eachWithIndex", cl(lambda k, v, i: r.append(f"{k}{v}{i}"), 3)), r)',
        "OK",
        "[a10]",
        "ArrayList",
    ),
    (
        "def r = []; [a: 1, b: 2].reverseEach { r << it.key }; r",
        'seq(r := [], inv({"a": 1, "b": 2}, "reverseEach", it(lambda e: r.append(e.key))), r)',
        "OK",
        "[b, a]",
        "ArrayList",
    ),
    (
        '[a: 1].asImmutable().put("b", 1)',
        'inv(inv({"a": 1}, "asImmutable"), "put", "b", 1)',
        "EXC",
        "UnsupportedOperationException",
        "",
    ),
    (
        "def m = [a: 1]; m.each { m.b = 2 }",
        'inv(x := {"a": 1}, "each", it(lambda e: x.__setitem__("b", 2)))',
        "OK",
        "[a:1, b:2]",
        "LinkedHashMap",
    ),
    (
        "[a: 1].entrySet().first().getKey()",
        'inv(inv(inv({"a": 1}, "entrySet"), "first"), "getKey")',
        "OK",
        "a",
        "String",
    ),
    (
        "[a: 1].entrySet().first().key",
        'getprop(inv(inv({"a": 1}, "entrySet"), "first"), "key")',
        "OK",
        "a",
        "String",
    ),
    (
        '[a: 1, "b c": "d", 1: [2], (null): null].inspect()',
        'inv({"a": 1, "b c": "d", 1: [2], None: None}, "inspect")',
        "OK",
        "['a':1, 'b c':'d', 1:[2], null:null]",
        "String",
    ),
    (
        '["a", 1, null, [b: "c"]].inspect()',
        'inv(["a", 1, None, {"b": "c"}], "inspect")',
        "OK",
        "['a', 1, null, ['b':'c']]",
        "String",
    ),
    (
        '"a\'b\\\\c\\nd".inspect()',
        'inv("a\'b\\\\c\\nd", "inspect")',
        "OK",
        "'a\\'b\\\\c\\nd'",
        "String",
    ),
    ("1.equals(1L)", 'inv(1, "equals", L(1))', "OK", "false", "Boolean"),
    ("1.0.equals(1.00)", 'inv(D("1.0"), "equals", D("1.00"))', "OK", "false", "Boolean"),
    ('[1, "a", null].hashCode()', 'inv([1, "a", None], "hashCode")', "OK", "33759", "Integer"),
    ("[a: 1, b: [2]].hashCode()", 'inv({"a": 1, "b": [2]}, "hashCode")', "OK", "163", "Integer"),
    ("(1..3).hashCode()", 'inv(R(1, 3), "hashCode")', "OK", "13", "Integer"),
    ("3000000000L.hashCode()", 'inv(L(3000000000), "hashCode")', "OK", "-1294967296", "Integer"),
    ("1.5d.hashCode()", 'inv(1.5, "hashCode")', "OK", "1073217536", "Integer"),
    ("1.50.hashCode()", 'inv(D("1.50"), "hashCode")', "OK", "4652", "Integer"),
    ("(2G**70).hashCode()", 'inv(BI(2**70), "hashCode")', "OK", "61504", "Integer"),
    ("true.hashCode()", 'inv(True, "hashCode")', "OK", "1231", "Integer"),
    (
        'def m = [:]; [m.computeIfAbsent("a") { k -> k * 2 }, m]',
        '[inv(x := {}, "computeIfAbsent", "a", it(lambda k: k * 2)), x]',
        "OK",
        "[aa, [a:aa]]",
        "ArrayList",
    ),
    (
        'def m = [a: 1]; [m.computeIfAbsent("a") { 5 }, m]',
        '[inv(x := {"a": 1}, "computeIfAbsent", "a", it(lambda k: 5)), x]',
        "OK",
        "[1, [a:1]]",
        "ArrayList",
    ),
    (
        'def m = [a: 1]; [m.putIfAbsent("a", 2), m.putIfAbsent("b", 3), m]',
        '[inv(x := {"a": 1}, "putIfAbsent", "a", 2), inv(x, "putIfAbsent", "b", 3), x]',
        "OK",
        "[1, null, [a:1, b:3]]",
        "ArrayList",
    ),
    (
        'def m = [a: 1]; [m.merge("a", 5) { x, y -> x + y }, m.merge("b", 5) { x, y -> x + y }, m]',
        '[inv(x := {"a": 1}, "merge", "a", 5, cl(lambda p, q: p + q, 2)), inv(x, "merge", "b", 5, cl(lambda p, q: p + q, 2)), x]',
        "OK",
        "[6, 5, [a:6, b:5]]",
        "ArrayList",
    ),
    (
        'def m = [a: 1]; [m.computeIfPresent("a") { k, v -> v + 1 }, m]',
        '[inv(x := {"a": 1}, "computeIfPresent", "a", cl(lambda k, v: v + 1, 2)), x]',
        "OK",
        "[2, [a:2]]",
        "ArrayList",
    ),
    (
        'def m = [:].withDefault { it * 2 }; [m.get("x"), m.containsKey("y"), m]',
        'seq(m := inv({}, "withDefault", it(lambda k: k * 2)), [inv(m, "get", "x"), inv(m, "containsKey", "y"), m])',
        "OK",
        "[xx, false, [x:xx]]",
        "ArrayList",
    ),
    (
        'def m = [:].withDefault { 0 }; m["a"] += 1; m',
        'seq(m := inv({}, "withDefault", it(lambda k: 0)), putat(m, "a", getat(m, "a") + 1), m)',
        "OK",
        "[a:1]",
        "MapWithDefault",
    ),
    (
        "[:].withDefault { 0 }.getClass().simpleName",
        'simple_class_name(inv({}, "withDefault", it(lambda k: 0)))',
        "OK",
        "MapWithDefault",
        "String",
    ),
    (
        "[x: 1].keySet().class.simpleName",
        'simple_class_name(inv({"x": 1}, "keySet"))',
        "OK",
        "LinkedKeySet",
        "String",
    ),
    (
        'def m = [a: 1, b: 2]; m.keySet().remove("a"); m',
        'seq(m := {"a": 1, "b": 2}, inv(inv(m, "keySet"), "remove", "a"), m)',
        "OK",
        "[b:2]",
        "LinkedHashMap",
    ),
    (
        "def m = [a: 1]; def c = m.clone(); c.b = 2; [m, c]",
        'seq(m := {"a": 1}, c := inv(m, "clone"), setprop(c, "b", 2), [m, c])',
        "OK",
        "[[a:1], [a:1, b:2]]",
        "ArrayList",
    ),
    (
        "[b: 2, a: 1].toSorted { it.key }",
        'inv({"b": 2, "a": 1}, "toSorted", it(lambda e: e.key))',
        "OK",
        "[a:1, b:2]",
        "LinkedHashMap",
    ),
    (
        'def m = [a: 1]; m.asImmutable().put("b", 1)',
        'inv(inv({"a": 1}, "asImmutable"), "put", "b", 1)',
        "EXC",
        "UnsupportedOperationException",
        "",
    ),
    (
        "def m = [a: 1]; def f = m.asImmutable(); m.b = 2; f",
        'seq(m := {"a": 1}, f := inv(m, "asImmutable"), setprop(m, "b", 2), f)',
        "OK",
        "[a:1, b:2]",
        "UnmodifiableMap",
    ),
    (
        "new TreeMap([c: 3, a: 1, b: 2])",
        'new("java.util.TreeMap", {"c": 3, "a": 1, "b": 2})',
        "OK",
        "[a:1, b:2, c:3]",
        "TreeMap",
    ),
    (
        "[b: 2, c: 1, a: 3].toSorted()",
        'inv({"b": 2, "c": 1, "a": 3}, "toSorted")',
        "OK",
        "[c:1, b:2, a:3]",
        "LinkedHashMap",
    ),
    (
        '[a: "x", b: 2, c: 1, d: "a"].toSorted()',
        'inv({"a": "x", "b": 2, "c": 1, "d": "a"}, "toSorted")',
        "OK",
        "[c:1, b:2, d:a, a:x]",
        "LinkedHashMap",
    ),
    (
        "[a: 2, b: 1L, c: 1.5].toSorted()",
        'inv({"a": 2, "b": L(1), "c": D("1.5")}, "toSorted")',
        "OK",
        "[b:1, c:1.5, a:2]",
        "LinkedHashMap",
    ),
    (
        "[b: 1, a: 1].toSorted()",
        'inv({"b": 1, "a": 1}, "toSorted")',
        "OK",
        "[b:1, a:1]",
        "LinkedHashMap",
    ),
    (
        "[b: 1, (1): 2].sort()",
        'inv({"b": 1, 1: 2}, "sort")',
        "EXC",
        "ClassCastException",
        "class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')",
    ),
    (
        "[(1): 1, b: 2, c: 3].sort()",
        'inv({1: 1, "b": 2, "c": 3}, "sort")',
        "EXC",
        "ClassCastException",
        "class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')",
    ),
    (
        '[(1.0): "a", (1.00): "b", (0.5): "c"].sort()',
        'inv({D("1.0"): "a", D("1.00"): "b", D("0.5"): "c"}, "sort")',
        "OK",
        "[0.5:c, 1.0:b]",
        "TreeMap",
    ),
    (
        "new TreeMap([c: 3, a: 1]).firstKey()",
        'inv(new("java.util.TreeMap", {"c": 3, "a": 1}), "firstKey")',
        "OK",
        "a",
        "String",
    ),
    (
        'def tm = new TreeMap(); tm[1] = "one"; tm["two"] = 2',
        'seq(tm := new("java.util.TreeMap"), putat(tm, 1, "one"), putat(tm, "two", 2))',
        "EXC",
        "ClassCastException",
        "class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')",
    ),
    # sort(Comparator) compares keys into a TreeMap (keys it calls equal: first key, last
    # value); toSorted(Comparator) compares entries into a LinkedHashMap
    (
        "[b: 2, c: 1, a: 3].sort({ a, b -> b <=> a } as Comparator)",
        'inv({"b": 2, "c": 1, "a": 3}, "sort", cmp(lambda a, b: (b > a) - (b < a)))',
        "OK",
        "[c:1, b:2, a:3]",
        "TreeMap",
    ),
    (
        "def m = [b: 2, c: 1, a: 3]; m.sort({ a, b -> b <=> a } as Comparator); m",
        'seq(inv(m := {"b": 2, "c": 1, "a": 3}, "sort", cmp(lambda a, b: (b > a) - (b < a))), m)',
        "OK",
        "[b:2, c:1, a:3]",
        "LinkedHashMap",
    ),
    (
        "[a: 1, b: 2, c: 3].sort({ x, y -> 0 } as Comparator)",
        'inv({"a": 1, "b": 2, "c": 3}, "sort", cmp(lambda x, y: 0))',
        "OK",
        "[a:3]",
        "TreeMap",
    ),
    (
        "[aa: 1, b: 2, cc: 3, d: 4].sort({ x, y -> x.size() <=> y.size() } as Comparator)",
        'inv({"aa": 1, "b": 2, "cc": 3, "d": 4}, "sort", cmp(lambda x, y: len(x) - len(y)))',
        "OK",
        "[b:4, aa:3]",
        "TreeMap",
    ),
    (
        'def r = [b: 2, c: 1, a: 3].sort({ a, b -> b <=> a } as Comparator); r.put("bb", 9); r.zz = 1; r',
        'seq(r := inv({"b": 2, "c": 1, "a": 3}, "sort", cmp(lambda a, b: (b > a) - (b < a))), inv(r, "put", "bb", 9), setprop(r, "zz", 1), r)',
        "OK",
        "[zz:1, c:1, bb:9, b:2, a:3]",
        "TreeMap",
    ),
    (
        'def r = [b: 2, c: 1].sort({ a, b -> b <=> a } as Comparator); [r.put("c", 5), r]',
        '[inv(r := inv({"b": 2, "c": 1}, "sort", cmp(lambda a, b: (b > a) - (b < a))), "put", "c", 5), r]',
        "OK",
        "[1, [c:5, b:2]]",
        "ArrayList",
    ),
    (
        "[b: 1, A: 2, a: 3].sort(String.CASE_INSENSITIVE_ORDER)",
        'inv({"b": 1, "A": 2, "a": 3}, "sort", field("java.lang.String", "CASE_INSENSITIVE_ORDER"))',
        "OK",
        "[A:3, b:1]",
        "TreeMap",
    ),
    (
        "[b: 2, c: 1, a: 3].sort(null)",
        'inv({"b": 2, "c": 1, "a": 3}, "sort", None)',
        "OK",
        "[a:3, b:2, c:1]",
        "TreeMap",
    ),
    (
        "[(null): 1, a: 2].sort({ a, b -> 0 } as Comparator)",
        'inv({None: 1, "a": 2}, "sort", cmp(lambda a, b: 0))',
        "OK",
        "[null:2]",
        "TreeMap",
    ),
    (
        "[b: 2, a: 1].sort({ a, b -> a.value <=> b.value } as Comparator)",
        'inv({"b": 2, "a": 1}, "sort", cmp(lambda a, b: getprop(a, "value")))',
        "EXC",
        "MissingPropertyException",
        "No such property: value for class: java.lang.String",
    ),
    (
        "[b: 2, c: 1, a: 3].toSorted({ a, b -> a.value <=> b.value } as Comparator)",
        'inv({"b": 2, "c": 1, "a": 3}, "toSorted", cmp(lambda a, b: a.value - b.value))',
        "OK",
        "[c:1, b:2, a:3]",
        "LinkedHashMap",
    ),
    (
        "[a: 1, b: 2, c: 3].toSorted({ x, y -> 0 } as Comparator)",
        'inv({"a": 1, "b": 2, "c": 3}, "toSorted", cmp(lambda x, y: 0))',
        "OK",
        "[a:1, b:2, c:3]",
        "LinkedHashMap",
    ),
    (
        "def m = [b: 2, a: 1]; m.toSorted({ x, y -> x.key <=> y.key } as Comparator); m",
        'seq(inv(m := {"b": 2, "a": 1}, "toSorted", cmp(lambda x, y: (x.key > y.key) - (x.key < y.key))), m)',
        "OK",
        "[b:2, a:1]",
        "LinkedHashMap",
    ),
    (
        "[b: 2, c: 1, a: 3].toSorted(null)",
        'inv({"b": 2, "c": 1, "a": 3}, "toSorted", None)',
        "EXC",
        "ClassCastException",
        "class java.util.LinkedHashMap$Entry cannot be cast to class java.lang.Comparable (java.util.LinkedHashMap$Entry and java.lang.Comparable are in module java.base of loader 'bootstrap')",
    ),
    ("[a: 1].toSorted(null)", 'inv({"a": 1}, "toSorted", None)', "OK", "[a:1]", "LinkedHashMap"),
]


@pytest.mark.parametrize(
    "groovy, python, kind, first, second", CASES, ids=[c[0][:60] for c in CASES]
)
def test_matches_groovy(groovy: str, python: str, kind: str, first: str, second: str) -> None:
    check(groovy, python, kind, first, second)


# ---- the step charge of sorting a map ------------------------------------------------------------
# A 1,000-entry Map.sort() used to re-sort the whole TreeMap after every key (n² log n: about
# 4.6 M steps, over the default 1 M budget); every map sort now charges n log n, as List.sort.
SORTS = {
    "sort": lambda m: inv(m, "sort"),
    "toSorted": lambda m: inv(m, "toSorted"),
    "sort-key-closure": lambda m: inv(m, "sort", it(lambda e: e.key)),
    "sort-comparator-closure": lambda m: inv(
        m, "sort", cl(lambda a, b: (a.key > b.key) - (a.key < b.key), 2)
    ),
    "toSorted-key-closure": lambda m: inv(m, "toSorted", it(lambda e: e.key)),
    "sort-Comparator": lambda m: inv(m, "sort", cmp(lambda a, b: (a > b) - (a < b))),
    "toSorted-Comparator": lambda m: inv(
        m, "toSorted", cmp(lambda a, b: (a.key > b.key) - (a.key < b.key))
    ),
    "new-TreeMap": lambda m: construct("java.util.TreeMap", m),
}


def _reversed_map(n: int) -> dict:
    return {f"k{i:06d}": n - i for i in range(n, 0, -1)}


def _sort_steps(sort, n: int, limits: budget.Limits | None = None) -> tuple[object, int]:
    run = budget.Budget(limits or budget.Limits())
    token = budget.activate(run)
    try:
        return sort(_reversed_map(n)), run.steps
    finally:
        budget.deactivate(token)


@pytest.mark.parametrize("name", SORTS)
def test_sorting_a_1000_entry_map_fits_the_default_budget(name: str) -> None:
    result, steps = _sort_steps(SORTS[name], 1000)
    assert steps < 30_000  # n log2 n is about 10,000
    by_key = list(_reversed_map(1000))[::-1]
    assert list(result) == (by_key[::-1] if name == "toSorted" else by_key)


@pytest.mark.parametrize("name", SORTS)
def test_map_sort_charge_still_grows_with_size(name: str) -> None:
    _, small = _sort_steps(SORTS[name], 1000)
    _, large = _sort_steps(SORTS[name], 8000)
    assert large >= 8 * small
    with pytest.raises(BudgetExceeded) as info:  # 100,000 entries: n log2 n is about 1.7 M
        _sort_steps(SORTS[name], 100_000)
    assert info.value.kind == "steps"


def _tree_map_puts(keys: list) -> tuple[list, int]:
    run = budget.Budget(budget.Limits())
    token = budget.activate(run)
    try:
        tree = construct("java.util.TreeMap")
        for i, k in enumerate(keys):
            inv(tree, "put", k, i)
        return list(tree), run.steps
    finally:
        budget.deactivate(token)


@pytest.mark.parametrize("order", ["ascending", "descending", "shuffled"])
def test_tree_map_puts_in_a_loop_fit_the_default_budget(order: str) -> None:
    import random

    keys = [f"k{i:05d}" for i in range(2000)]
    if order == "descending":
        keys.reverse()
    elif order == "shuffled":
        random.Random(7).shuffle(keys)
    result, steps = _tree_map_puts(keys)
    assert result == sorted(keys)
    assert steps < 100_000  # a re-sort per put charged about 4.6 M for 1,000 keys


def test_tree_map_put_of_an_existing_key_keeps_its_place() -> None:
    result, _ = _tree_map_puts(["b", "a", "c", "a"])
    assert result == ["a", "b", "c"]
