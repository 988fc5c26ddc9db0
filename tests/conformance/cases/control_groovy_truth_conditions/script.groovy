def values = [0, 1, -1, 0.0, 0.5, "", " ", "0", "false", [], [0], [:], [a: null], null, true, false, new StringBuilder(), new StringBuilder("x"), 'a' as char]
values.each { v ->
    def label = v == null ? "null" : "${v.getClass().simpleName}(${v})"
    println "${label} -> ${v ? 'truthy' : 'falsy'}"
}
