def inputs = ["12", "x", "3"]
def parsed = []
inputs.each { s ->
    try {
        parsed << s.toInteger()
    } catch (NumberFormatException e) {
        println "skip '${s}' (${e.class.simpleName})"
    }
}
println parsed
try {
    Integer.parseInt("4.5")
} catch (NumberFormatException e) {
    println "parseInt: ${e.message}"
}
def age = "forty".toInteger()
println age
