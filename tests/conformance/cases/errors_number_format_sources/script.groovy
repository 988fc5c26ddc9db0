def tryParse = { String label, Closure c ->
    try {
        println "${label} = ${c()}"
    } catch (NumberFormatException e) {
        println "${label}: ${e.message}"
    }
}
tryParse("toInteger") { "4x".toInteger() }
tryParse("toLong") { "".toLong() }
tryParse("parseInt") { Integer.parseInt("1.5") }
tryParse("valueOf") { Integer.valueOf("seven") }
tryParse("toDouble") { "abc".toDouble() }
tryParse("as int") { "9a" as int }
tryParse("ok") { "12".toInteger() }
def qty = execution.getVariable("qty")
println qty.toInteger() * 2
