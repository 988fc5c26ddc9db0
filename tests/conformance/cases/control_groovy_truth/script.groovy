def values = ["", "text", "false", 0, 1, -1, 0.0, 0.5, [], [0], [:], [a: null], null, true, false, ' ', new StringBuilder()]
values.each { v ->
    def label = v == null ? "null" : v.getClass().simpleName
    println "${label} '${v}' -> ${v ? 'truthy' : 'falsy'}"
}
println(!!"x")
println(!![])
println(null ?: "elvis on null")
println("" ?: "elvis on empty")
println(0 ?: "elvis on zero")
println("kept" ?: "unused")
def m = [:]
println m.class
println m.getClass().simpleName
