def list = ["a", "b", "c"]
println list[10]
println list[-1]
println list.getAt(10)
try {
    println list[-4]
} catch (IndexOutOfBoundsException e) {
    println "negative index: ${e.class.simpleName}"
}
try {
    list.get(-1)
} catch (IndexOutOfBoundsException e) {
    println "negative get: ${e.class.simpleName}"
}
println "abc"[1]
try {
    println "abc"[5]
} catch (Exception e) {
    println "string index: ${e.class.simpleName}"
}
println list.get(10)
