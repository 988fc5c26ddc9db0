def kind(v) {
    switch (v) {
        case String: return "String(${v.size()})"
        case Integer: return "Integer"
        case Long: return "Long"
        case BigDecimal: return "BigDecimal"
        case Number: return "other Number"
        case List: return "List of ${v.size()}"
        case Map: return "Map with ${v.keySet()}"
        case Boolean: return "Boolean"
        default: return "unknown"
    }
}
["abc", 7, 7L, 7.5, 7.5d, [1, 2], [k: 1], true, null].each { println kind(it) }
