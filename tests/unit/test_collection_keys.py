"""Lists, Maps and Sets as map keys and set elements (runtime/core/keys.py), against Groovy.

Each row is (snippet, outcome); the outcome is what real Groovy 2.4.21 (JDK 17) printed for the
snippet inside the `gdk_snippets` wrapper: "<toString> | <class name>" or
"<ExceptionSimpleName>: <message>". The rows cover every place a key enters or is looked up:
map literals, subscripts, properties of a Map key, Map methods, groupBy/countBy/collectEntries,
Sets and their constructors, `in`, and keys read back (class, instanceof, equality, JSON).
"""

from __future__ import annotations

import pytest

from gdk_snippets import outcome

CASES = [
    ("[([1, 2]): 'l', ([a: 1]): 'm'][[1, 2]]", "l | java.lang.String"),
    ("[([1, 2]): 'l', ([a: 1]): 'm'][[a: 1]]", "m | java.lang.String"),
    (
        "def m = [:]; m[[1, 2]] = 'l'; m[[a: 1]] = 'm'; [m[[1, 2]], m[[a: 1]], m]",
        "[l, m, [[1, 2]:l, [a:1]:m]] | java.util.ArrayList",
    ),
    (
        "def m = [:]; [m.put([1], 'a'), m.put([1], 'b'), m.get([1]), m.containsKey([1]), m.remove([1]), m]",
        "[null, a, b, true, b, [:]] | java.util.ArrayList",
    ),
    (
        "def m = [:]; m.putIfAbsent([1], 'a'); m.computeIfAbsent([2]) { 'b' }; m.merge([1], 'c') { a, b -> a + b }; [m, m.getOrDefault([3], 'd'), m.get([9], 'e'), m]",
        "[[[1]:ac, [2]:b, [9]:e], d, e, [[1]:ac, [2]:b, [9]:e]] | java.util.ArrayList",
    ),
    (
        "def m = [:]; m.compute([1]) { k, v -> 'x' }; m.computeIfPresent([1]) { k, v -> v + 'y' }; m",
        "[[1]:xy] | java.util.LinkedHashMap",
    ),
    (
        "def m = [([1]): 1]; [m.remove([1], 2), m.remove([1], 1), m]",
        "[false, true, [:]] | java.util.ArrayList",
    ),
    (
        "[1, 2, 3].groupBy { [it % 2, 'x'] }",
        "[[1, x]:[1, 3], [0, x]:[2]] | java.util.LinkedHashMap",
    ),
    (
        "[[a: 1], [b: 2], [a: 1]].groupBy { it }",
        "[[a:1]:[[a:1], [a:1]], [b:2]:[[b:2]]] | java.util.LinkedHashMap",
    ),
    ("[[a: 1], [b: 2], [a: 1]].countBy { it }", "[[a:1]:2, [b:2]:1] | java.util.LinkedHashMap"),
    ("[x: 1, y: 2, z: 1].countBy { k, v -> [v] }", "[[1]:2, [2]:1] | java.util.LinkedHashMap"),
    (
        "[x: 1, y: 2, z: 1].groupBy { k, v -> [v] }",
        "[[1]:[x:1, z:1], [2]:[y:2]] | java.util.LinkedHashMap",
    ),
    (
        "[1, 2, 3, 4].groupBy({ [it % 2] }, { [it > 2] })",
        "[[1]:[[false]:[1], [true]:[3]], [0]:[[false]:[2], [true]:[4]]] | java.util.LinkedHashMap",
    ),
    (
        "[[r: 'e', t: 1], [r: 'w', t: 2]].collectEntries { [[it.r, it.t], it.t] }",
        "[[e, 1]:1, [w, 2]:2] | java.util.LinkedHashMap",
    ),
    (
        "[x: 1, y: 2].collectEntries { k, v -> [[k, v], v] }",
        "[[x, 1]:1, [y, 2]:2] | java.util.LinkedHashMap",
    ),
    ("[[1, 2], [1, 2]].collectMany { [it] } as Set", "[[1, 2]] | java.util.LinkedHashSet"),
    ("[[a: 1], [a: 1]].toSet()", "[[a:1]] | java.util.HashSet"),
    ("[[1, 2], [1, 2]] as Set", "[[1, 2]] | java.util.LinkedHashSet"),
    ("([[1, 2], [1, 2]] as Set).size()", "1 | java.lang.Integer"),
    ("[[1, 2], [1, 2], [2, 1]].unique()", "[[1, 2], [2, 1]] | java.util.ArrayList"),
    ("[[a: 1], [a: 1], [b: 1]].unique()", "[[a:1], [b:1]] | java.util.ArrayList"),
    ("[[1, 2], [3]].intersect([[3], [4]])", "[[3]] | java.util.ArrayList"),
    ("[[1, 2], [3]].disjoint([[3], [4]])", "false | java.lang.Boolean"),
    ("[[1, 2], [3]] - [[3]]", "[[1, 2]] | java.util.ArrayList"),
    (
        "def s = [] as Set; s << [1] << [1] << [a: 1]; [s, s.contains([a: 1]), s.remove([1]), s]",
        "[[[a:1]], true, true, [[a:1]]] | java.util.ArrayList",
    ),
    (
        "def s = [] as Set; [s.add([1]), s.add([1]), s.addAll([[1], [2]]), s]",
        "[true, false, true, [[1], [2]]] | java.util.ArrayList",
    ),
    (
        "def s = new HashSet([[1], [1]]); [s.size(), s.contains([1])]",
        "[1, true] | java.util.ArrayList",
    ),
    ("def s = new HashSet(); s.add([x: 1]); s.contains([x: 1])", "true | java.lang.Boolean"),
    ("new LinkedHashSet([[1], [1], [2]])", "[[1], [2]] | java.util.LinkedHashSet"),
    ("new HashMap([([1]): 2]).get([1])", "2 | java.lang.Integer"),
    ("new LinkedHashMap([([1]): 2])[[1]]", "2 | java.lang.Integer"),
    (
        "def t = new TreeMap(); t.put([1], 1)",
        "ClassCastException: class java.util.ArrayList cannot be cast to class java.lang.Comparable (java.util.ArrayList and java.lang.Comparable are in module java.base of loader 'bootstrap')",
    ),
    (
        "new TreeSet([[1]])",
        "ClassCastException: class java.util.ArrayList cannot be cast to class java.lang.Comparable (java.util.ArrayList and java.lang.Comparable are in module java.base of loader 'bootstrap')",
    ),
    ("[1, 2] in ([[1, 2], [3, 4]] as Set)", "true | java.lang.Boolean"),
    ("[1, 2] in [([1, 2]): true]", "true | java.lang.Boolean"),
    ("[[1] as Set, [1] as Set] as Set", "[[1]] | java.util.LinkedHashSet"),
    ("def m = [:]; m[[1, 2] as Set] = 'x'; m[[2, 1] as Set]", "x | java.lang.String"),
    (
        "def k = [([1, 2]): 'x'].keySet().first(); [k.getClass().name, k instanceof List, k.size(), k[0], k.hashCode(), k.equals([1, 2]), [1, 2].equals(k), k == [1, 2]]",
        "[java.util.ArrayList, true, 2, 1, 994, true, true, true] | java.util.ArrayList",
    ),
    (
        "def k = [([a: 1]): 'x'].keySet().first(); [k.getClass().name, k instanceof Map, k.a, k['a'], k.get('a'), k.hashCode(), k == [a: 1]]",
        "[java.util.LinkedHashMap, true, 1, 1, 1, 96, true] | java.util.ArrayList",
    ),
    (
        "def k = [([a: 1]): 'x'].keySet().first(); k.b = 2; k",
        "[a:1, b:2] | java.util.LinkedHashMap",
    ),
    (
        "def k = [([1] as Set): 'x'].keySet().first(); [k.getClass().name, k instanceof Set, k.contains(1), k == ([1] as Set)]",
        "[java.util.LinkedHashSet, true, true, true] | java.util.ArrayList",
    ),
    ("[([]): 1].keySet().first() ? 'y' : 'n'", "n | java.lang.String"),
    ("[([a: 1]): 1, ([a: 2]): 2].keySet()*.a", "[1, 2] | java.util.ArrayList"),
    ("[([1, 2]): 1].keySet().first().collect { it * 2 }", "[2, 4] | java.util.ArrayList"),
    ("[([1, 2]): 1].keySet().first() + [3]", "[1, 2, 3] | java.util.ArrayList"),
    (
        "groovy.json.JsonOutput.toJson([([1, 2]): 3, ([a: 1]): 4])",
        '{"[1, 2]":3,"{a=1}":4} | java.lang.String',
    ),
    (
        "def m = [([1, 2]): 'a', x: 1]; [m.keySet().contains([1, 2]), m.keySet().remove([1, 2]), m]",
        "[true, true, [x:1]] | java.util.ArrayList",
    ),
    (
        "def m = [:].withDefault { 0 }; m[[1, 2]] += 1; m[[1, 2]] += 1; m",
        "[[1, 2]:2] | groovy.lang.MapWithDefault",
    ),
    ("[([1]): 1, ([2]): 2].subMap([[2]])", "[[2]:2] | java.util.LinkedHashMap"),
    ("[([1]): 1, ([2]): 2] - [([1]): 1]", "[[2]:2] | java.util.LinkedHashMap"),
    (
        "def m = [:]; m[[[1], [2]]] = 'n'; [m[[[1], [2]]], m.keySet().first()[1].getClass().name]",
        "[n, java.util.ArrayList] | java.util.ArrayList",
    ),
    (
        'def x = 1; def m = [:]; m[["a${x}"]] = \'g\'; [m[["a1"]], m[["a${x}"]]]',
        "[null, g] | java.util.ArrayList",
    ),
    ("def m = [:]; m[[a: 1, b: 2]] = 1; m[[b: 2, a: 1]]", "1 | java.lang.Integer"),
    ("def l = []; l << l; def m = [:]; m[l] = 1", "StackOverflowError: null"),
    (
        "def tally = [:]; [['e', 'x'], ['e', 'y'], ['e', 'x']].each { tally[it] = (tally[it] ?: 0) + 1 }; tally",
        "[[e, x]:2, [e, y]:1] | java.util.LinkedHashMap",
    ),
    ("[([1]): 1].each { k, v -> k << 2 }", "[[1, 2]:1] | java.util.LinkedHashMap"),
    ("def k = [([0, 2]): 1].keySet().first(); 'abc'[k]", "ac | java.lang.String"),
    ("def k = [([0, 2]): 1].keySet().first(); [10, 20, 30][k]", "[10, 30] | java.util.ArrayList"),
]


@pytest.mark.parametrize(("snippet", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_like_groovy(snippet: str, expected: str) -> None:
    assert outcome(snippet) == expected
