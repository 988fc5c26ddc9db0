def order = null
println order?.id
try {
    order.id
} catch (NullPointerException e) {
    println "property: ${e.class.simpleName}"
}
try {
    order.size()
} catch (NullPointerException e) {
    println "method: ${e.class.simpleName}"
}
def items = [null, "a"]
println items*.toUpperCase()
try {
    items.collect { it.toUpperCase() }
} catch (NullPointerException e) {
    println "in closure: ${e.class.simpleName}"
}
println null + "x"
def total = null
total.plus(1)
