def items = ["tea", "milk", "bread"]
items.each { println "item: ${it}" }
items.eachWithIndex { it, i -> println "${i}=${it}" }
def r = items.each { }
println r.is(items)
items.reverseEach { print it[0] }
println()
[[1, "a"], [2, "b"]].each { n, s -> println "${n}${s}" }
