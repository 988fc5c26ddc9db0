def empty = []
println empty[0]
println empty.find { true }
println empty ? empty.first() : "none"
try {
    empty.first()
} catch (NoSuchElementException e) {
    println "first(): ${e.class.simpleName}"
}
try {
    empty.last()
} catch (NoSuchElementException e) {
    println "last(): ${e.class.simpleName}"
}
empty.head()
println "not reached"
