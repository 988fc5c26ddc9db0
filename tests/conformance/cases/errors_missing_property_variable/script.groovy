def known = 1
println known
try {
    println unknownVar
} catch (MissingPropertyException e) {
    println "${e.class.simpleName}: ${e.property}"
}
def m = [a: 1]
println m.b
println "abc".length()
try {
    println "abc".lenght
} catch (MissingPropertyException e) {
    println "string prop: ${e.property}"
}
println customerName
