def parse(String s) {
    try {
        def n = s.toInteger()
        return 100.intdiv(n)
    } catch (NumberFormatException | ArithmeticException e) {
        return "bad input (${e.class.simpleName})"
    }
}
println parse("5")
println parse("0")
println parse("five")
try {
    null.foo()
} catch (NullPointerException | IllegalStateException e) {
    println "multi: ${e.class.simpleName}"
}
